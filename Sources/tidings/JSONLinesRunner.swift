import Foundation
import Tidings

/// Runs `tidings clean --jsonl`: streams every input through a pool of jobs in batches of lines and
/// writes the cleaned lines in input order, to standard output or back into each file.
struct JSONLinesRunner {
    /// Cleans the batches.
    let batchCleaner: JSONLinesBatchCleaner
    /// Threads cleaning at once.
    let jobs: Int
    /// Most lines in a batch.
    let batchLines: Int
    /// Rewrite each input file instead of writing to standard output.
    let inPlace: Bool
    /// Where `--report` goes, if anywhere.
    let reportPath: String?
    /// Show progress on standard error.
    let showProgress: Bool

    /// One unit of work, in input order.
    private enum Item: Sendable {
        case batch(LineBatch, file: Int)
        case endOfFile(file: Int)
        case unreadable(String, file: Int)
    }

    /// Cleans every input; returns false when something failed (errors already printed).
    func run(paths: [String]) throws -> Bool {
        let report = try reportPath.map { path -> FileDescriptorWriter in
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw TidingsError.unwritable(path: path, reason: String(cString: strerror(errno))) }
            return FileDescriptorWriter(descriptor: descriptor, path: path)
        }
        defer { if let report { close(report.descriptor) } }
        let sink = Sink(paths: paths, inPlace: inPlace, report: report, progress: showProgress ? ProgressMeter() : nil)
        let cleaner = batchCleaner
        let pool = OrderedWorkPool<(Item, CleanedBatch?)>(jobs: jobs, window: 2 * jobs + 2) { item, cleaned in
            sink.consume(item, cleaned)
        }
        for (file, path) in paths.enumerated() {
            guard !sink.isStopped else { break }
            let name = path == "-" ? "<stdin>" : path
            do {
                let reader = try LineBatchReader(path: path, maximumLines: batchLines)
                while !sink.isStopped, let batch = try reader.next() {
                    pool.submit { (.batch(batch, file: file), cleaner.clean(batch, path: name)) }
                }
                pool.submit { (.endOfFile(file: file), nil) }
            } catch {
                let message = "tidings: \(error)"
                pool.submit { (.unreadable(message, file: file), nil) }
            }
        }
        pool.finish()
        return sink.finish()
    }

    /// Writes results in order; touched only from the pool's serial consumer, then by `finish` after the pool is done.
    private final class Sink: @unchecked Sendable {
        private let paths: [String]
        private let inPlace: Bool
        private let report: FileDescriptorWriter?
        private let progress: ProgressMeter?
        private var summary = JSONLinesSummary()
        private var target: AtomicWriter?
        private var failed = false
        private let stopLock = NSLock()
        private var stopped = false

        init(paths: [String], inPlace: Bool, report: FileDescriptorWriter?, progress: ProgressMeter?) {
            self.paths = paths
            self.inPlace = inPlace
            self.report = report
            self.progress = progress
        }

        /// Whether `--strict` or a write error stopped the run (read by the submitting thread).
        var isStopped: Bool {
            stopLock.lock()
            defer { stopLock.unlock() }
            return stopped
        }

        private func stop() {
            stopLock.lock()
            stopped = true
            stopLock.unlock()
        }

        func consume(_ item: Item, _ cleaned: CleanedBatch?) {
            guard !isStopped else { return }
            do {
                switch item {
                case let .batch(_, file):
                    guard let cleaned else { return }
                    if inPlace && target == nil { target = try AtomicWriter(replacing: paths[file]) }
                    try (target.map { $0.write } ?? FileDescriptorWriter.standardOutput.write)(cleaned.output)
                    try report?.write(cleaned.report)
                    summary.add(cleaned.summary)
                    progress?.update(documents: summary.lines, bytes: summary.bytes)
                    for error in cleaned.errors { Terminal.printError(error) }
                    failed = failed || !cleaned.errors.isEmpty
                    if let stop = cleaned.stop {
                        Terminal.printError(stop)
                        if inPlace { Terminal.printError("tidings: \(paths[file]): left unchanged") }
                        target?.discard()
                        target = nil
                        failed = true
                        self.stop()
                    }
                case .endOfFile:
                    try target?.commit()
                    target = nil
                case let .unreadable(message, _):
                    Terminal.printError(message)
                    target?.discard()
                    target = nil
                    failed = true
                }
            } catch {
                Terminal.printError("tidings: \(error)")
                target?.discard()
                target = nil
                failed = true
                self.stop()
            }
        }

        /// Prints the summary; returns whether the run succeeded.
        func finish() -> Bool {
            progress?.finish(documents: summary.lines, bytes: summary.bytes)
            if let warning = summary.warning { Terminal.printError(warning) }
            return !failed
        }
    }
}

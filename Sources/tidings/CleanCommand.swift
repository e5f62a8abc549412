import ArgumentParser
import Foundation
import Tidings

/// `tidings clean`: cleans files or standard input and writes, previews or checks the result.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Clean articles: print the cleaned text, preview changes as a diff, or rewrite files.",
        discussion: """
        With no FILE, or when FILE is -, reads standard input. Exit status: 0 on success, \
        1 with --check when something would change, 2 on errors (nothing is half-written).

        With --jsonl, every input line is a JSON document: the string field(s) named by --field are \
        cleaned and every other byte of the line is kept. Lines that are not JSON or lack the field \
        pass through unchanged and are counted on standard error (--strict stops at the first one).
        """
    )

    /// What to print.
    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case text, diff, json
    }

    @Argument(help: "Files to clean (- for standard input).")
    var files: [String] = []

    @OptionGroup var rules: RuleOptions

    @Flag(help: "Write nothing; print a diff of every change with the rules behind it, then a summary.")
    var dryRun = false

    @Flag(help: "Exit 1 when anything would change (for CI); writes nothing.")
    var check = false

    @Flag(name: .customLong("in-place"), help: "Rewrite the files (atomically, keeping permissions).")
    var inPlace = false

    @Option(help: ArgumentHelp("Write cleaned files into this folder instead of standard output.", valueName: "dir"))
    var output: String?

    @Option(help: "What to print: text (the cleaned text), diff, or json.")
    var format: Format?

    @Flag(help: "Also apply suggest-level edits.")
    var suggest = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (and report it) instead of failing.")
    var lossy = false

    @Option(help: "ICU locale of the text (word breaks, case mapping).")
    var locale = "en"

    @Flag(name: .customLong("color"), inversion: .prefixedNo, help: "Color the diff (default: when standard output is a terminal and NO_COLOR is unset).")
    var color: Bool?

    @Flag(help: "Read and write JSON Lines: clean the --field string(s) of each line's JSON object.")
    var jsonl = false

    @Option(name: .customLong("field"), help: ArgumentHelp("With --jsonl: the string field to clean; a.b.c for nested objects (repeatable; default: text).", valueName: "path"))
    var fields: [String] = []

    @Flag(help: "With --jsonl: stop with an error at the first line that is not JSON or lacks a field.")
    var strict = false

    @Option(help: ArgumentHelp("With --jsonl: write one JSON line per document (file, line, id, edits per rule, suggestions) to this file.", valueName: "file"))
    var report: String?

    @Option(help: ArgumentHelp("Documents or files cleaned at once (default: all cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("batch-lines"), help: .hidden)
    var batchLines = 256

    @Flag(help: "No progress display on standard error.")
    var quiet = false

    mutating func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if batchLines < 1 { throw ValidationError("--batch-lines must be at least 1.") }
        if !jsonl && (!fields.isEmpty || strict || report != nil) {
            throw ValidationError("--field, --strict and --report work with --jsonl only.")
        }
        if jsonl && (dryRun || check || output != nil || format != nil || color != nil) {
            throw ValidationError("--jsonl writes JSON Lines to standard output or, with --in-place, back into the files; drop --dry-run/--check/--output/--format/--color.")
        }
        for field in fields where JSONFieldPath(dotted: field) == nil {
            throw ValidationError("--field '\(field)': a field path is keys joined by dots, none empty (e.g. text or meta.body).")
        }
        if inPlace && output != nil { throw ValidationError("--in-place and --output cannot be combined: pick one place to write.") }
        if inPlace && (files.isEmpty || files.contains("-")) { throw ValidationError("--in-place needs file arguments, not standard input.") }
        if output != nil && (files.isEmpty || files.contains("-")) { throw ValidationError("--output needs file arguments, not standard input.") }
        if dryRun && (inPlace || output != nil) { throw ValidationError("--dry-run writes nothing; drop --in-place/--output.") }
    }

    /// What is printed when --format is not given.
    private var effectiveFormat: Format? {
        if let format { return format }
        if dryRun { return .diff }
        if check || inPlace || output != nil { return nil }
        return .text
    }

    func run() throws {
        let cleaner = try rules.makeCleaner()
        let options = CleanOptions(applySuggestions: suggest, locale: locale)
        let paths = files.isEmpty ? ["-"] : files
        if jsonl { return try runJSONLines(paths: paths, cleaner: cleaner, options: options) }
        let job = FileCleaningJob(
            cleaner: cleaner, options: options, renderer: ReportRenderer(color: color ?? Terminal.stdoutWantsColor),
            format: effectiveFormat, lossy: lossy, check: check, writes: !dryRun && !check, inPlace: inPlace, outputFolder: output)
        final class Totals: @unchecked Sendable {  // touched only by the pool's serial consumer
            var failed = false
            var anyChange = false
        }
        let totals = Totals()
        let pool = OrderedWorkPool<FileCleaningJob.Outcome>(jobs: jobs, window: 2 * jobs) { outcome in
            if !outcome.output.isEmpty { Terminal.write(outcome.output) }
            for message in outcome.messages { Terminal.printError(message) }
            totals.failed = totals.failed || outcome.failed
            totals.anyChange = totals.anyChange || outcome.changed
        }
        for path in paths { pool.submit { job.run(path: path) } }
        pool.finish()
        if totals.failed { throw ExitCode(2) }
        if check && totals.anyChange { throw ExitCode(1) }
    }

    private func runJSONLines(paths: [String], cleaner: Cleaner, options: CleanOptions) throws {
        let fieldPaths = (fields.isEmpty ? ["text"] : fields).compactMap(JSONFieldPath.init(dotted:))
        let lineCleaner = JSONLineCleaner(cleaner: cleaner, fields: fieldPaths, options: options, lossy: lossy)
        let runner = JSONLinesRunner(
            batchCleaner: JSONLinesBatchCleaner(lineCleaner: lineCleaner, strict: strict, wantsReport: report != nil),
            jobs: jobs, batchLines: batchLines, inPlace: inPlace, reportPath: report,
            showProgress: ProgressMeter.isWanted(quiet: quiet))
        if try !runner.run(paths: paths) { throw ExitCode(2) }
    }
}

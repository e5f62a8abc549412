import Foundation
import Tidings

/// What cleaning one batch of JSON Lines produced, ready to be written in order.
struct CleanedBatch: Sendable {
    /// The output lines.
    var output: [UInt8] = []
    /// `--report` lines.
    var report: [UInt8] = []
    /// Counts.
    var summary = JSONLinesSummary()
    /// Errors to print; the run exits with status 2.
    var errors: [String] = []
    /// With `--strict`: the line that stopped the run; `output` holds only the lines before it.
    var stop: String?
}

/// Cleans the records of one batch (the work each job does).
struct JSONLinesBatchCleaner: Sendable {
    /// Cleans one record.
    let lineCleaner: JSONLineCleaner
    /// Stop at the first line that is not JSON or lacks a field.
    let strict: Bool
    /// Build `--report` lines.
    let wantsReport: Bool

    /// Cleans every line of `batch` from the input named `path`.
    func clean(_ batch: LineBatch, path: String) -> CleanedBatch {
        var result = CleanedBatch()
        result.output.reserveCapacity(batch.bytes.count + batch.bytes.count / 16)
        batch.bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            var lineNumber = batch.firstLine
            while start < bytes.count {
                let end = Self.lineEnd(in: bytes, from: start)
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                result.summary.lines += 1
                result.summary.bytes += min(end + 1, bytes.count) - start
                if !cleanLine(line, number: lineNumber, path: path, into: &result) { return }
                start = end + 1
                lineNumber += 1
            }
        }
        return result
    }

    /// The offset of the next newline at or after `start`, or the end of the bytes.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Cleans one line into `result`; false when `--strict` stops the run at it.
    private func cleanLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, path: String, into result: inout CleanedBatch) -> Bool {
        var failure: String?
        var outcome: JSONLineOutcome
        do {
            outcome = try lineCleaner.clean(line)
        } catch {
            failure = "rule failed: \(error)"
            result.errors.append("tidings: \(path):\(number): \(error)")
            result.summary.failed += 1
            outcome = JSONLineOutcome(passingThrough: Array(line))
        }
        if strict, let problem = outcome.syntaxError.map({ "not JSON (\($0))" }) ?? outcome.problems.first?.description {
            result.stop = "tidings: \(path):\(number): error: \(problem) (--strict)"
            result.summary.lines -= 1
            return false
        }
        result.summary.count(outcome)
        result.output.append(contentsOf: outcome.line)
        result.output.append(0x0A)
        if wantsReport && !outcome.isBlank {
            result.report.append(contentsOf: JSONLinesReportEntry.line(for: outcome, path: path, line: number, failure: failure))
        }
        return true
    }
}

import Tidings

/// Counts over a JSON Lines run: lines read, documents cleaned and changed, and lines passed through.
struct JSONLinesSummary: Sendable {
    /// Lines read (blank ones included).
    var lines = 0
    /// Bytes read.
    var bytes = 0
    /// Documents with at least one field cleaned.
    var documents = 0
    /// Documents whose line changed.
    var changed = 0
    /// Lines that were not JSON.
    var notJSON = 0
    /// Lines where rules failed (passed through unchanged).
    var failed = 0
    /// Field problems by description (`field 'text' is missing`), counted once per line.
    var problems: [String: Int] = [:]

    /// Adds another batch's counts.
    mutating func add(_ other: JSONLinesSummary) {
        lines += other.lines
        bytes += other.bytes
        documents += other.documents
        changed += other.changed
        notJSON += other.notJSON
        failed += other.failed
        problems.merge(other.problems, uniquingKeysWith: +)
    }

    /// Counts one line's outcome.
    mutating func count(_ outcome: JSONLineOutcome) {
        if outcome.syntaxError != nil { notJSON += 1 }
        if !outcome.cleaned.isEmpty { documents += 1 }
        if outcome.changed { changed += 1 }
        for problem in Set(outcome.problems.map { "field '\($0.field)' \($0.kind.rawValue)" }) {
            problems[problem, default: 0] += 1
        }
    }

    /// A line for standard error when some lines were not cleaned as asked, else nil.
    var warning: String? {
        guard notJSON > 0 || failed > 0 || !problems.isEmpty else { return nil }
        var parts: [String] = []
        if notJSON > 0 { parts.append("\(notJSON) not JSON") }
        if failed > 0 { parts.append("\(failed) where a rule failed") }
        for (problem, count) in problems.sorted(by: { $0.key < $1.key }) { parts.append("\(count) with \(problem)") }
        let passed = lines - documents
        return "tidings: warning: \(lines) line(s), \(documents) cleaned (\(changed) changed); not cleaned as asked: "
            + parts.joined(separator: ", ") + (passed > 0 ? "; \(passed) line(s) passed through unchanged" : "")
    }
}

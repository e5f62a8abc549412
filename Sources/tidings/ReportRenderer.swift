import Foundation
import Tidings

/// Turns a cleaning result into what the user reads: a diff with a summary, or JSON.
struct ReportRenderer {
    /// Whether to use ANSI colors.
    var color: Bool

    /// A unified diff naming the rules behind each hunk, then a summary of edits per rule and the suggestions.
    func diff(of result: CleanResult, original: String, path: String) -> String {
        let attributions = result.applied.map { edit in
            DiffAttribution(ruleID: edit.ruleID, originalLines: edit.start.line...max(edit.start.line, edit.end.line))
        }
        var text = UnifiedDiffRenderer(color: color).render(path: path, original: original, cleaned: result.text, attributions: attributions)
        text += summary(of: result, path: path)
        return text
    }

    /// The per-rule summary: applied edits, suggestions (with where and what), and conflicts.
    func summary(of result: CleanResult, path: String) -> String {
        var lines: [String] = []
        let counts = Dictionary(grouping: result.applied, by: \.ruleID).mapValues(\.count)
        // Suggestions applied with `--suggest` are counted as applied, and said to be suggestions.
        let appliedSuggestions = Dictionary(grouping: result.applied.filter { $0.level == .suggest }, by: \.ruleID).mapValues(\.count)
        let suggestionCounts = Dictionary(grouping: result.suggestions, by: \.ruleID).mapValues(\.count)
        let appliedSuggestionCount = appliedSuggestions.values.reduce(0, +)
        lines.append("\(path): \(result.applied.count) edit(s) applied"
            + (appliedSuggestionCount == 0 ? "" : " (\(appliedSuggestionCount) of them suggestions)")
            + ", \(result.suggestions.count) suggestion(s)"
            + (result.conflicts.isEmpty ? "" : ", \(result.conflicts.count) conflict(s)"))
        let ids = Set(counts.keys).union(suggestionCounts.keys).sorted()
        let width = ids.map(\.count).max() ?? 0
        for id in ids {
            var line = "  " + id.padding(toLength: width, withPad: " ", startingAt: 0)
            if let count = counts[id] { line += "  \(count) applied" + (appliedSuggestions[id].map { " (\($0) suggested)" } ?? "") }
            if let count = suggestionCounts[id] { line += "  \(count) suggested" }
            lines.append(line)
        }
        for suggestion in result.suggestions {
            lines.append("  suggestion \(path):\(suggestion.start.line):\(suggestion.start.column) [\(suggestion.ruleID)] "
                + "\(suggestion.before.debugDescription) → \(suggestion.after.debugDescription): \(suggestion.message)")
        }
        for conflict in result.conflicts {
            lines.append("  conflict \(path):\(conflict.start.line):\(conflict.start.column) [\(conflict.ruleID)] "
                + "lost to \(conflict.overriddenBy ?? "?"): \(conflict.before.debugDescription) → \(conflict.after.debugDescription)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object: the path, the cleaned text, and every edit, suggestion and conflict.
    func json(of result: CleanResult, path: String) throws -> String {
        let report = JSONReport(path: path, changed: result.changed, text: result.text,
                                edits: result.applied.map(JSONReport.Entry.init),
                                suggestions: result.suggestions.map(JSONReport.Entry.init),
                                conflicts: result.conflicts.map(JSONReport.Entry.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}

/// The JSON shape of `--format json`.
struct JSONReport: Encodable {
    var path: String
    var changed: Bool
    var text: String
    var edits: [Entry]
    var suggestions: [Entry]
    var conflicts: [Entry]

    /// One edit: rule, level, message, position in the input (1-based line/column, 0-based UTF-8 offsets), before and after.
    struct Entry: Encodable {
        var rule: String
        var level: String
        var phase: String
        var message: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var utf8Start: Int
        var utf8End: Int
        var before: String
        var after: String
        var overriddenBy: String?

        init(_ edit: ReportedEdit) {
            rule = edit.ruleID
            level = edit.level.rawValue
            phase = edit.phase.rawValue
            message = edit.message
            line = edit.start.line
            column = edit.start.column
            endLine = edit.end.line
            endColumn = edit.end.column
            utf8Start = edit.start.utf8Offset
            utf8End = edit.end.utf8Offset
            before = edit.before
            after = edit.after
            overriddenBy = edit.overriddenBy
        }

        enum CodingKeys: String, CodingKey {
            case rule, level, phase, message, line, column, before, after
            case endLine = "end_line", endColumn = "end_column", utf8Start = "utf8_start", utf8End = "utf8_end"
            case overriddenBy = "overridden_by"
        }
    }
}

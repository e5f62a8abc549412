import Tidings

/// One line of `--report`: where the document is, its id, edits per rule, suggestions and problems.
enum JSONLinesReportEntry {
    /// The JSON object (one line, with its newline) for a record's outcome.
    static func line(for outcome: JSONLineOutcome, path: String, line: Int, failure: String?) -> [UInt8] {
        var output: [UInt8] = Array("{\"file\":".utf8)
        JSONStringCodec.encode(path, into: &output)
        output.append(contentsOf: ",\"line\":\(line)".utf8)
        if let id = outcome.id {
            output.append(contentsOf: ",\"id\":".utf8)
            output.append(contentsOf: id)
        }
        var edits: [String: Int] = [:]
        var suggestions = 0
        var conflicts = 0
        for field in outcome.cleaned {
            for edit in field.result.applied { edits[edit.ruleID, default: 0] += 1 }
            suggestions += field.result.suggestions.count
            conflicts += field.result.conflicts.count
        }
        output.append(contentsOf: ",\"changed\":\(outcome.changed),\"edits\":{".utf8)
        for (index, (rule, count)) in edits.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            JSONStringCodec.encode(rule, into: &output)
            output.append(contentsOf: ":\(count)".utf8)
        }
        output.append(contentsOf: "},\"suggestions\":\(suggestions),\"conflicts\":\(conflicts)".utf8)
        var skipped: String?
        if let error = outcome.syntaxError { skipped = "not JSON: \(error)" }
        if let failure { skipped = failure }
        if let skipped {
            output.append(contentsOf: ",\"skipped\":".utf8)
            JSONStringCodec.encode(skipped, into: &output)
        }
        if !outcome.problems.isEmpty {
            output.append(contentsOf: ",\"problems\":[".utf8)
            for (index, problem) in outcome.problems.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONStringCodec.encode(problem.description, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
        output.append(contentsOf: "}\n".utf8)
        return output
    }
}

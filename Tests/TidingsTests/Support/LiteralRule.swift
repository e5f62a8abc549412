@testable import Tidings

/// A test rule that replaces every occurrence of a literal, so engine behaviour can be tested without YAML.
struct LiteralRule: Rule {
    let info: RuleInfo
    let find: String
    let replacement: String

    init(_ id: String, _ find: String, _ replacement: String, level: Level = .fix, phase: Phase = .tokens) {
        info = RuleInfo(id: id, kind: "test", level: level, message: "\(find) → \(replacement)", phase: phase)
        self.find = find
        self.replacement = replacement
    }

    func edits(in document: Document) throws -> [Edit] {
        let needle = Array(find.utf16)
        let units = Array(document.units)
        var edits: [Edit] = []
        var index = 0
        while index + needle.count <= units.count {
            if Array(units[index..<(index + needle.count)]) == needle {
                edits.append(info.edit(index..<(index + needle.count), replacement))
                index += max(needle.count, 1)
            } else {
                index += 1
            }
        }
        return edits
    }
}

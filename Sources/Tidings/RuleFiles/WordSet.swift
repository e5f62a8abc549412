import Foundation

/// A named list of words a rule file declares (inline or from a file beside it), used as `{name}` in patterns.
public struct WordSet: Sendable, Hashable {
    /// The set's name.
    public var name: String
    /// The words in file order.
    public var words: [String]
    /// Whether membership ignores case.
    public var caseInsensitive: Bool
    private var members: Set<String>

    /// Creates a word set.
    public init(name: String, words: [String], caseInsensitive: Bool = false) {
        self.name = name
        self.words = words
        self.caseInsensitive = caseInsensitive
        self.members = Set(caseInsensitive ? words.map { $0.lowercased() } : words)
    }

    /// Whether the set holds a word.
    public func contains(_ word: String) -> Bool {
        members.contains(caseInsensitive ? word.lowercased() : word)
    }

    /// Number of words.
    public var count: Int { members.count }

    /// A regex alternation matching any word of the set (longest first, each quoted literally).
    public var regexAlternation: String {
        let quoted = words.sorted { $0.utf16.count > $1.utf16.count }.map { Self.quote($0) }
        return "(?:" + quoted.joined(separator: "|") + ")"
    }

    /// Quotes a literal for an ICU regex.
    static func quote(_ literal: String) -> String {
        var result = ""
        for character in literal.unicodeScalars {
            if "\\^$.|?*+()[]{}/#- &~".unicodeScalars.contains(character) { result.append("\\") }
            result.unicodeScalars.append(character)
        }
        return result
    }

    /// Parses a word-list file: one entry per line, `#` starts a comment, blank lines skipped.
    static func parseList(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            // Most lines are one bare word: no comment sign and nothing to trim, so no Foundation work.
            if let first = line.unicodeScalars.first, let last = line.unicodeScalars.last, !line.utf8.contains(0x23),
               isSolid(first), isSolid(last) {
                return String(line)
            }
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let word = content.trimmingCharacters(in: .whitespaces)
            return word.isEmpty ? nil : String(word)
        }
    }

    /// Whether a scalar is surely kept by `trimmingCharacters(in: .whitespaces)`: visible ASCII or a letter.
    private static func isSolid(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value) || scalar.properties.isAlphabetic
    }
}

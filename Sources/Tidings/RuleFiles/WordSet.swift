import Foundation

/// A named list of words a rule file declares (inline or from a file beside it), used as `{name}` in patterns.
///
/// The membership table is built on first use: a set read only as a list (the 76,000-word lexicon,
/// which rules index as a `Lexicon`) never pays for one. So is the trie alternation for patterns.
public struct WordSet: Sendable, Hashable {
    /// The set's name.
    public var name: String
    /// The words in file order.
    public var words: [String] { didSet { cache = WordSetCache() } }
    /// Whether membership ignores case.
    public var caseInsensitive: Bool { didSet { cache = WordSetCache() } }
    /// What the set derives from `words` (membership table, trie alternation), built on first use.
    private var cache: WordSetCache

    /// Creates a word set.
    public init(name: String, words: [String], caseInsensitive: Bool = false) {
        self.name = name
        self.words = words
        self.caseInsensitive = caseInsensitive
        self.cache = WordSetCache()
    }

    /// The distinct words (lowercased when the set ignores case).
    private var members: Set<String> {
        cache.members { Set(caseInsensitive ? words.map { $0.lowercased() } : words) }
    }

    /// Whether the set holds a word.
    public func contains(_ word: String) -> Bool {
        members.contains(caseInsensitive ? word.lowercased() : word)
    }

    /// Number of distinct words.
    public var count: Int { members.count }

    /// Sets are equal when their names, words and case handling are (the cache follows from those).
    public static func == (lhs: WordSet, rhs: WordSet) -> Bool {
        lhs.name == rhs.name && lhs.words == rhs.words && lhs.caseInsensitive == rhs.caseInsensitive
    }

    /// Hashes the name, words and case handling.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(words)
        hasher.combine(caseInsensitive)
    }

    /// A regex alternation matching any word of the set (longest first, each quoted literally).
    public var regexAlternation: String {
        let quoted = words.sorted { $0.utf16.count > $1.utf16.count }.map { Self.quote($0) }
        return "(?:" + quoted.joined(separator: "|") + ")"
    }

    /// The case-sensitive regex alternation of the words factored as a trie (`RegexWordTrie`),
    /// built once per set however many patterns use it.
    var trieAlternation: String {
        cache.trieAlternation { RegexWordTrie.alternation(of: words) }
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

    /// Parses a word-list file: one entry per line, `#` starts a comment, blank lines skipped, spaces
    /// and tabs around an entry dropped. Works on Unicode scalars: Foundation's trimming and
    /// Character-wise splitting took a third of a second per run for the 75,000-word lexicon.
    static func parseList(_ text: String) -> [String] {
        var words: [String] = []
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            words.reserveCapacity(bytes.count / 8)
            var lineStart = 0
            // Whether every byte of the line so far is visible ASCII other than `#`.
            var bare = true
            for index in 0...bytes.count {
                if index < bytes.count && bytes[index] != 0x0A {
                    let byte = bytes[index]
                    if byte <= 0x20 || byte >= 0x7F || byte == 0x23 { bare = false }
                    continue
                }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
                let lineIsBare = bare
                lineStart = index + 1
                bare = true
                // Most lines are one bare ASCII word: taken as bytes, no scalar work.
                if !line.isEmpty, lineIsBare {
                    words.append(String(decoding: line, as: UTF8.self))
                    continue
                }
                for entry in String(decoding: line, as: UTF8.self).unicodeScalars.split(whereSeparator: isLineBreak) {
                    let content = entry.prefix { $0 != "#" }
                    guard let start = content.firstIndex(where: { !isSpace($0) }),
                          let end = content.lastIndex(where: { !isSpace($0) }) else { continue }
                    words.append(String(String.UnicodeScalarView(content[start...end])))
                }
            }
        }
        return words
    }

    /// Line terminators (what `Character.isNewline` accepts).
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Spaces as `CharacterSet.whitespaces` has them: tab and the space separators (Zs).
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}

import Foundation

/// An English word list (from a declared word set) for fast "is this a word?" checks.
///
/// Entries keep their case: `gang` accepts `gang` and `Gang` (a sentence start), while
/// `Beijing` accepts only `Beijing`. An entry with an apostrophe (`I'll`) is also found written
/// with the typographic one (`I’ll`). Built once per word set and shared by every rule that uses it.
public struct Lexicon: Sendable {
    /// The tables, shared by every copy of the lexicon (a copy costs one reference).
    private let tables: Tables
    /// Shared by the copies of one lexicon: tells lexicons apart for per-document memos.
    var identity: AnyObject { tables }

    /// The lexicon's lookup tables.
    private final class Tables: Sendable {
        /// The entries equal (`String ==`) to an ASCII word of 1 to 15 units, by that word's units, each
        /// with whether it is lowercase (`WordShape.isLowercase`): most entries, one slot each.
        let shortEntries: ShortASCIIWordTable
        /// The entries equal (`String ==`) to any other ASCII word, by that word's units: looked up
        /// without hashing a `String`, and straight from a document's UTF-16 buffer.
        let asciiEntries: UnitWordTable
        /// By number in `asciiEntries`: whether the entry is lowercase (`WordShape.isLowercase`).
        let asciiIsLowercase: [Bool]
        /// The other entries (no ASCII word equals them, so no ASCII word is looked up here).
        let otherEntries: Set<String>
        /// The lowercase entries of `otherEntries`.
        let otherLowercaseEntries: Set<String>

        init(shortEntries: ShortASCIIWordTable, asciiEntries: UnitWordTable, asciiIsLowercase: [Bool],
             otherEntries: Set<String>, otherLowercaseEntries: Set<String>) {
            self.shortEntries = shortEntries
            self.asciiEntries = asciiEntries
            self.asciiIsLowercase = asciiIsLowercase
            self.otherEntries = otherEntries
            self.otherLowercaseEntries = otherLowercaseEntries
        }
    }

    /// Creates a lexicon from a word set (cached by the set's name and size).
    public init(_ set: WordSet) {
        self = LexiconCache.shared.lexicon(for: set)
    }

    /// Creates a lexicon from words directly (not cached).
    public init(words: some Sequence<String>) {
        var shortEntries = ShortASCIIWordTable(capacity: words.underestimatedCount)
        var asciiEntries = UnitWordTable()
        var asciiIsLowercase: [Bool] = []
        var otherEntries: Set<String> = [], otherLowercaseEntries: Set<String> = []
        // Of entries equal to each other (`String ==`) the first one is the entry, as in a `Set`.
        for word in words {
            // An ASCII word (most of them): indexed and classified in one pass over its bytes; nil
            // when not ASCII, else whether it holds an apostrophe.
            let asciiWord = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                var sawUppercase = false, sawLowercase = false, sawApostrophe = false
                for byte in bytes {
                    if byte >= 0x80 { return nil }
                    if byte &- 0x41 < 26 { sawUppercase = true } else if byte &- 0x61 < 26 { sawLowercase = true }
                    if byte == 0x27 { sawApostrophe = true }
                }
                // `WordShape.isLowercase` for ASCII: no capital, at least one small letter.
                let isLowercase = !sawUppercase && sawLowercase
                if ShortASCIIWordTable.fits(bytes.count) {
                    shortEntries.insert(bytes, flag: isLowercase)
                } else if asciiEntries.insert(bytes).inserted {
                    asciiIsLowercase.append(isLowercase)
                }
                return sawApostrophe
            } ?? nil
            if let hasApostrophe = asciiWord {
                // `I'll` is also written `I’ll`: the typographic apostrophe spelling is an entry too.
                if hasApostrophe {
                    let typographic = word.replacingOccurrences(of: "'", with: "\u{2019}")
                    if otherEntries.insert(typographic).inserted, WordShape.isLowercase(typographic) {
                        otherLowercaseEntries.insert(typographic)
                    }
                }
                continue
            }
            if let ascii = Self.asciiEquivalent(of: word) {
                let bytes = Array(ascii.utf8)
                if ShortASCIIWordTable.fits(bytes.count) {
                    _ = bytes.withUnsafeBufferPointer { shortEntries.insert($0, flag: WordShape.isLowercase(word)) }
                } else if asciiEntries.insert(ascii).inserted {
                    asciiIsLowercase.append(WordShape.isLowercase(word))
                }
            } else if otherEntries.insert(word).inserted, WordShape.isLowercase(word) {
                otherLowercaseEntries.insert(word)
            }
        }
        tables = Tables(shortEntries: shortEntries, asciiEntries: asciiEntries, asciiIsLowercase: asciiIsLowercase,
                        otherEntries: otherEntries, otherLowercaseEntries: otherLowercaseEntries)
    }

    /// The ASCII word equal (`String ==`, canonical equivalence) to a word, if there is one: the word
    /// itself when ASCII, else with the only scalars whose normal form is ASCII replaced by it
    /// (U+037E `;`, U+1FEF `` ` ``, KELVIN SIGN `K`); any other scalar leaves a non-ASCII normal form.
    static func asciiEquivalent(of word: String) -> String? {
        if word.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } }) ?? word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word
        }
        // Most words with other scalars have one that is not one of the three: no string is built for them.
        guard word.unicodeScalars.allSatisfy({ $0.isASCII || $0.value == 0x37E || $0.value == 0x1FEF || $0.value == 0x212A })
        else { return nil }
        var ascii = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: ascii.append(scalar)
            case 0x37E: ascii.append(";")
            case 0x1FEF: ascii.append("`")
            case 0x212A: ascii.append("K")
            default: return nil
            }
        }
        return String(ascii)
    }

    /// Whether the list holds the word as written (`String ==`).
    private func isEntry(_ word: String) -> Bool {
        guard let ascii = Self.asciiEquivalent(of: word) else { return tables.otherEntries.contains(word) }
        return asciiEntry(ascii) != nil
    }

    /// Whether the list holds the word as written, as a lowercase entry.
    private func isLowercaseEntry(_ word: String) -> Bool {
        guard let ascii = Self.asciiEquivalent(of: word) else { return tables.otherLowercaseEntries.contains(word) }
        return asciiEntry(ascii) ?? false
    }

    /// For an ASCII entry equal to an ASCII word given as units: whether it is lowercase; nil when none is.
    private func asciiEntry<Unit: FixedWidthInteger>(_ word: UnsafeBufferPointer<Unit>) -> Bool? {
        if ShortASCIIWordTable.fits(word.count) { return tables.shortEntries.flag(of: word) }
        return tables.asciiEntries.number(of: word).map { tables.asciiIsLowercase[$0] }
    }

    /// `asciiEntry` of an ASCII `String`.
    private func asciiEntry(_ word: String) -> Bool? {
        if let answer = word.utf8.withContiguousStorageIfAvailable(asciiEntry) { return answer }
        return Array(word.utf8).withUnsafeBufferPointer(asciiEntry)
    }

    /// Whether the word is in the list as written, or as a lowercase entry capitalized or in capitals.
    public func contains(_ word: String) -> Bool {
        if let answer = Self.withASCII(word, contains(asciiUnits:)) { return answer }
        if isEntry(word) { return true }
        // A word its own lower case is already known absent: lowercase entries are exact entries too.
        // Of Latin-1 scalars only `A`–`Z` and `À`–`Þ` but `×` change in lower case: without them it is.
        if word.unicodeScalars.allSatisfy({ $0.value <= 0xFF && !($0.value >= 0x41 && $0.value <= 0x5A)
                                            && !($0.value >= 0xC0 && $0.value <= 0xDE && $0.value != 0xD7) }) {
            return false
        }
        let lowered = word.lowercased()
        return !lowered.isIdentical(to: word) && isLowercaseEntry(lowered)
    }

    /// `contains` for a word given as ASCII code units (every unit below 0x80), without a `String`.
    func contains<Unit: FixedWidthInteger>(asciiUnits word: UnsafeBufferPointer<Unit>) -> Bool {
        if asciiEntry(word) != nil { return true }
        // As in `contains`: only a word that lowercasing changes can be a lowercase entry capitalized.
        guard word.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return false }
        return containsLowercase(asciiUnits: word)
    }

    /// `containsLowercase` for a word given as ASCII code units: `String.lowercased` maps only `A-Z` there.
    private func containsLowercase<Unit: FixedWidthInteger>(asciiUnits word: UnsafeBufferPointer<Unit>) -> Bool {
        withUnsafeTemporaryAllocation(of: Unit.self, capacity: word.count) { lowered in
            for (offset, unit) in word.enumerated() { lowered[offset] = unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit }
            return asciiEntry(UnsafeBufferPointer(lowered)) ?? false
        }
    }

    /// An answer about a word's UTF-8 bytes when every one is ASCII, else nil.
    private static func withASCII(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        word.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } ? body(bytes) : nil } ?? nil
    }

    /// Whether the list holds exactly this form (`Stockholm`; `Mans` is not there even though `mans` is).
    public func containsExactly(_ word: String) -> Bool {
        isEntry(word)
    }

    /// Whether the list holds the word as an ordinary lowercase word (`bill`, not only `Bill`).
    public func containsLowercase(_ word: String) -> Bool {
        if let answer = Self.withASCII(word, containsLowercase(asciiUnits:)) { return answer }
        return isLowercaseEntry(word.lowercased())
    }
}

/// Loaded lexicons by word set, so a 70 000-word list is indexed once per process.
private final class LexiconCache: @unchecked Sendable {
    static let shared = LexiconCache()
    private let lock = NSLock()
    private var lexicons: [String: Lexicon] = [:]

    func lexicon(for set: WordSet) -> Lexicon {
        let key = "\(set.name)\u{0}\(set.words.count)\u{0}\(set.words.first ?? "")\u{0}\(set.words.last ?? "")"
        lock.lock()
        defer { lock.unlock() }
        if let found = lexicons[key] { return found }
        let built = Lexicon(words: set.words)
        lexicons[key] = built
        return built
    }
}

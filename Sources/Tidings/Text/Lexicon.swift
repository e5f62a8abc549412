import Foundation

/// An English word list (from a declared word set) for fast "is this a word?" checks.
///
/// Entries keep their case: `gang` accepts `gang` and `Gang` (a sentence start), while
/// `Beijing` accepts only `Beijing`. Built once per word set and shared by every rule that uses it.
public struct Lexicon: Sendable {
    private let exact: Set<String>
    private let lowercaseEntries: Set<String>
    /// The entries equal (`String ==`) to an ASCII word, by their ASCII units: lookups of ASCII
    /// word tokens without making a `String`.
    private let asciiEntries: UnitWordTable
    /// By number in `asciiEntries`: whether one of the entries equal to it is lowercase.
    private let asciiIsLowercase: [Bool]
    /// Shared by the copies of one lexicon: tells lexicons apart for per-document memos.
    let identity: Identity

    /// An object whose identity names a lexicon.
    final class Identity: Sendable {}

    /// Creates a lexicon from a word set (cached by the set's name and size).
    public init(_ set: WordSet) {
        self = LexiconCache.shared.lexicon(for: set)
    }

    /// Creates a lexicon from words directly (not cached).
    public init(words: some Sequence<String>) {
        let exact = Set(words)
        self.exact = exact
        var lowercaseEntries = Set<String>(minimumCapacity: exact.count)
        var asciiEntries = UnitWordTable(capacity: exact.count)
        var asciiIsLowercase: [Bool] = []
        asciiIsLowercase.reserveCapacity(exact.count)
        for entry in exact {
            let lowercase = WordShape.isLowercase(entry)
            if lowercase { lowercaseEntries.insert(entry) }
            guard let ascii = Self.asciiEquivalent(of: entry) else { continue }
            let (number, inserted) = asciiEntries.insert(ascii)
            if inserted { asciiIsLowercase.append(lowercase) } else if lowercase { asciiIsLowercase[number] = true }
        }
        self.lowercaseEntries = lowercaseEntries
        self.asciiEntries = asciiEntries
        self.asciiIsLowercase = asciiIsLowercase
        identity = Identity()
    }

    /// The ASCII string equal (`String ==`, canonical equivalence) to an entry, if there is one:
    /// the entry itself, or its decomposition when that is ASCII (`K` for KELVIN SIGN).
    private static func asciiEquivalent(of entry: String) -> String? {
        if entry.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } }) ?? entry.utf8.allSatisfy({ $0 < 0x80 }) {
            return entry
        }
        let decomposed = entry.decomposedStringWithCanonicalMapping
        return decomposed.utf8.allSatisfy({ $0 < 0x80 }) && decomposed == entry ? decomposed : nil
    }

    /// `contains` for a word given as ASCII UTF-16 units (every unit below 0x80), without a `String`.
    func contains(asciiUnits word: UnsafeBufferPointer<UInt16>) -> Bool {
        if asciiEntries.number(of: word) != nil { return true }
        // As in `contains`: only a word that lowercasing changes can be a lowercase entry capitalized.
        guard word.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return false }
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: word.count) { lowered in
            for (offset, unit) in word.enumerated() { lowered[offset] = unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit }
            return asciiEntries.number(of: UnsafeBufferPointer(lowered)).map { asciiIsLowercase[$0] } ?? false
        }
    }

    /// Whether the word is in the list as written, or as a lowercase entry capitalized or in capitals.
    public func contains(_ word: String) -> Bool {
        if exact.contains(word) { return true }
        // A word its own lower case is already known absent: lowercase entries are exact entries too.
        let lowered = word.lowercased()
        return !lowered.isIdentical(to: word) && lowercaseEntries.contains(lowered)
    }

    /// Whether the list holds exactly this form (`Stockholm`; `Mans` is not there even though `mans` is).
    public func containsExactly(_ word: String) -> Bool {
        exact.contains(word)
    }

    /// Whether the list holds the word as an ordinary lowercase word (`bill`, not only `Bill`).
    public func containsLowercase(_ word: String) -> Bool {
        lowercaseEntries.contains(word.lowercased())
    }
}

/// Loaded lexicons by word set, so a 70 000-word list is indexed once per process.
private final class LexiconCache: @unchecked Sendable {
    static let shared = LexiconCache()
    private let lock = NSLock()
    private var lexicons: [String: Lexicon] = [:]

    func lexicon(for set: WordSet) -> Lexicon {
        let key = "\(set.name)\u{0}\(set.count)\u{0}\(set.words.first ?? "")\u{0}\(set.words.last ?? "")"
        lock.lock()
        defer { lock.unlock() }
        if let found = lexicons[key] { return found }
        let built = Lexicon(words: set.words)
        lexicons[key] = built
        return built
    }
}

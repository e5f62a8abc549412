import Foundation

/// An English word list (from a declared word set) for fast "is this a word?" checks.
///
/// Entries keep their case: `gang` accepts `gang` and `Gang` (a sentence start), while
/// `Beijing` accepts only `Beijing`. Built once per word set and shared by every rule that uses it.
public struct Lexicon: Sendable {
    private let exact: Set<String>
    private let lowercaseEntries: Set<String>
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
        self.lowercaseEntries = Set(exact.filter { WordShape.isLowercase($0) })
        identity = Identity()
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

import Foundation

/// What a word set derives from its words, built once on first use and shared by the set's copies:
/// the membership table and the factored regex alternation.
///
/// Copies of a `WordSet` share one cache; a set whose words or case handling change gets a fresh
/// one, so everything in it always follows the words it was built from.
final class WordSetCache: @unchecked Sendable {
    private let lock = NSLock()
    private var members: Set<String>?
    private var trieAlternation: String?

    /// The membership table, building it with `make` the first time.
    func members(_ make: () -> Set<String>) -> Set<String> {
        value(\.members, make)
    }

    /// The case-sensitive regex alternation (`RegexWordTrie`), building it with `make` the first time.
    func trieAlternation(_ make: () -> String) -> String {
        value(\.trieAlternation, make)
    }

    private func value<Value>(_ slot: ReferenceWritableKeyPath<WordSetCache, Value?>, _ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let built = self[keyPath: slot] { return built }
        let made = make()
        self[keyPath: slot] = made
        return made
    }
}

import Foundation

/// A word set's membership table, built once on first use and shared by the set's copies.
///
/// Copies of a `WordSet` share one box; a set whose words or case handling change gets a fresh
/// box, so the table always follows the words it was built from.
final class LazyMembers: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Set<String>?

    /// The table, building it with `make` the first time.
    func members(_ make: () -> Set<String>) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let made = make()
        built = made
        return made
    }
}

/// A field of a JSON object named by its keys from the top: `text`, or `meta.body` for nested objects.
public struct JSONFieldPath: Sendable, Hashable, CustomStringConvertible {
    /// The keys from the outermost object inward.
    public let keys: [String]

    /// A path from a dotted name (`a.b.c`); nil when a component is empty.
    public init?(dotted: String) {
        let keys = dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !keys.contains(where: \.isEmpty) else { return nil }
        self.keys = keys
    }

    /// A path from its keys (which may contain dots).
    public init(keys: [String]) {
        precondition(!keys.isEmpty, "a field path needs at least one key")
        self.keys = keys
    }

    /// The dotted name.
    public var description: String { keys.joined(separator: ".") }
}

/// An example carried by a rule: text it must change and how, or text it must leave alone.
public struct RuleExample: Sendable, Hashable {
    /// What the example asserts.
    public enum Expectation: Sendable, Hashable {
        /// Cleaning `input` with the rule alone gives `output`.
        case changes(input: String, output: String)
        /// The rule proposes nothing for `text`.
        case keeps(String)
    }

    /// The assertion.
    public var expectation: Expectation
    /// 1-based line of the example in its rule file (0 when unknown).
    public var line: Int
    /// Whether the example depends on where it stands in the document (skips the shifted-text check).
    public var anchored: Bool

    /// Creates an example.
    public init(_ expectation: Expectation, line: Int = 0, anchored: Bool = false) {
        self.expectation = expectation
        self.line = line
        self.anchored = anchored
    }
}

/// A change a rule proposes: replace a range of the text the rule saw with new text.
///
/// Offsets are UTF-16 code units into the text of the phase that proposed the edit
/// (the engine maps them back to the user's original input when it reports them).
public struct Edit: Sendable, Hashable {
    /// UTF-16 range replaced (empty for an insertion).
    public var range: Range<Int>
    /// The new text.
    public var replacement: String
    /// Id of the rule that proposed the edit.
    public var ruleID: String
    /// Why the change is made.
    public var message: String
    /// Whether the edit is applied by default.
    public var level: Level

    /// Creates an edit.
    public init(range: Range<Int>, replacement: String, ruleID: String, message: String, level: Level) {
        self.range = range
        self.replacement = replacement
        self.ruleID = ruleID
        self.message = message
        self.level = level
    }

    /// Whether two edits touch the same text (two insertions at one point overlap; touching ends do not).
    public func overlaps(_ other: Edit) -> Bool {
        if range.isEmpty && other.range.isEmpty { return range.lowerBound == other.range.lowerBound }
        if range.isEmpty { return other.range.lowerBound < range.lowerBound && range.lowerBound < other.range.upperBound }
        if other.range.isEmpty { return range.lowerBound < other.range.lowerBound && other.range.lowerBound < range.upperBound }
        return range.overlaps(other.range)
    }
}

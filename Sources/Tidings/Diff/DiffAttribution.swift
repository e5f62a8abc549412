/// Where an edit came from, for naming rule ids on hunks: the 1-based line range in the ORIGINAL text it touched.
public struct DiffAttribution: Sendable {
    /// The id of the rule that made the edit.
    public var ruleID: String
    /// The 1-based lines of the original text the edit touched.
    public var originalLines: ClosedRange<Int>

    /// Creates an attribution of the edit on `originalLines` to the rule `ruleID`.
    public init(ruleID: String, originalLines: ClosedRange<Int>) {
        self.ruleID = ruleID
        self.originalLines = originalLines
    }
}

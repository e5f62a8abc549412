/// An edit as reported to the user: what changed, by which rule, and where in the original input.
public struct ReportedEdit: Sendable, Hashable {
    /// Id of the rule that made the edit.
    public var ruleID: String
    /// Fix or suggestion.
    public var level: Level
    /// The phase that made it.
    public var phase: Phase
    /// Why.
    public var message: String
    /// The text replaced, as the rule saw it.
    public var before: String
    /// The new text.
    public var after: String
    /// Start of the affected span in the original input.
    public var start: SourceLocation
    /// End of the affected span in the original input (exclusive).
    public var end: SourceLocation
    /// For a conflict: the id of the rule whose edit won.
    public var overriddenBy: String?
}

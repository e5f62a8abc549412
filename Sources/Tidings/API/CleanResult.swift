/// What cleaning a text produced: the text, the edits applied, and what was only suggested.
public struct CleanResult: Sendable {
    /// The cleaned text.
    public var text: String
    /// Edits applied, in the order they were made (phase, then position).
    public var applied: [ReportedEdit]
    /// Suggestions not applied (suggest-level edits when suggestions are off).
    public var suggestions: [ReportedEdit]
    /// Edits that lost to an overlapping edit, each naming the winner in `overriddenBy`.
    public var conflicts: [ReportedEdit]

    /// Whether the text changed.
    public var changed: Bool { !applied.isEmpty }
}

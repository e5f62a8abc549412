/// One line of a unified diff hunk.
public enum DiffLine: Equatable, Sendable {
    /// A line present, unchanged, in both texts.
    case context(String)
    /// A line present only in the original text.
    case removed(String)
    /// A line present only in the new text.
    case added(String)
}

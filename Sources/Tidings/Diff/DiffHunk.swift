/// A hunk of a line diff; line numbers are 1-based, counts as in unified diff format.
///
/// As in GNU diff, a side with a count of 0 has as its start the number of the line
/// *before* the hunk (0 when the hunk is at the very beginning).
public struct DiffHunk: Equatable, Sendable {
    /// First original line covered by the hunk (1-based), or the line before it when `oldCount` is 0.
    public var oldStart: Int
    /// Number of original lines (context and removed) in the hunk.
    public var oldCount: Int
    /// First new line covered by the hunk (1-based), or the line before it when `newCount` is 0.
    public var newStart: Int
    /// Number of new lines (context and added) in the hunk.
    public var newCount: Int
    /// The hunk's lines in unified diff order.
    public var lines: [DiffLine]

    /// Creates a hunk from its header numbers and lines.
    public init(oldStart: Int, oldCount: Int, newStart: Int, newCount: Int, lines: [DiffLine]) {
        self.oldStart = oldStart
        self.oldCount = oldCount
        self.newStart = newStart
        self.newCount = newCount
        self.lines = lines
    }
}

/// A place in the user's original input.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars from the start of the line.
/// `utf8Offset` is a 0-based byte offset into the UTF-8 input.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column in Unicode scalars.
    public var column: Int
    /// 0-based UTF-8 byte offset.
    public var utf8Offset: Int

    /// Creates a location.
    public init(line: Int, column: Int, utf8Offset: Int) {
        self.line = line
        self.column = column
        self.utf8Offset = utf8Offset
    }

    /// The location of an edit that was not located (`CleanOptions.locatesEdits` off): line and column 0.
    public static let unknown = SourceLocation(line: 0, column: 0, utf8Offset: 0)
}

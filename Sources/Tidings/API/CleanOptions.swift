/// Options for one cleaning run.
public struct CleanOptions: Sendable {
    /// Apply suggest-level edits too.
    public var applySuggestions: Bool
    /// ICU locale id of the text (word and sentence breaks, case mapping).
    public var locale: String
    /// Whether the text is one field of a record (a JSON Lines document) rather than a whole file:
    /// rules marked `files-only` (such as the final newline) are skipped.
    public var isField: Bool
    /// Whether reported edits say where they are (`ReportedEdit.start` and `end`); a caller that only
    /// counts edits, as JSON Lines cleaning does, can spare that work: the locations are then
    /// `SourceLocation.unknown`.
    public var locatesEdits: Bool

    /// Creates options; by default only fixes are applied, the text is English and edits are located.
    public init(applySuggestions: Bool = false, locale: String = "en", isField: Bool = false, locatesEdits: Bool = true) {
        self.applySuggestions = applySuggestions
        self.locale = locale
        self.isField = isField
        self.locatesEdits = locatesEdits
    }
}

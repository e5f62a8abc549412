/// Options for one cleaning run.
public struct CleanOptions: Sendable {
    /// Apply suggest-level edits too.
    public var applySuggestions: Bool
    /// ICU locale id of the text (word and sentence breaks, case mapping).
    public var locale: String
    /// Whether the text is one field of a record (a JSON Lines document) rather than a whole file:
    /// rules marked `files-only` (such as the final newline) are skipped.
    public var isField: Bool

    /// Creates options; by default only fixes are applied and the text is English.
    public init(applySuggestions: Bool = false, locale: String = "en", isField: Bool = false) {
        self.applySuggestions = applySuggestions
        self.locale = locale
        self.isField = isField
    }
}

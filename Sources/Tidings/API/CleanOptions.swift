/// Options for one cleaning run.
public struct CleanOptions: Sendable {
    /// Apply suggest-level edits too.
    public var applySuggestions: Bool
    /// ICU locale id of the text (word and sentence breaks, case mapping).
    public var locale: String

    /// Creates options; by default only fixes are applied and the text is English.
    public init(applySuggestions: Bool = false, locale: String = "en") {
        self.applySuggestions = applySuggestions
        self.locale = locale
    }
}

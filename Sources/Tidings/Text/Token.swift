/// A piece of text between two ICU word boundaries.
public struct Token: Sendable, Hashable {
    /// What the token is made of.
    public enum Kind: Sendable, Hashable {
        /// Letters (any script), possibly with inner apostrophes or periods as ICU allows.
        case word
        /// Digits, possibly with inner separators.
        case number
        /// White space.
        case space
        /// Punctuation, symbols and anything else.
        case other
    }

    /// UTF-16 range in the document.
    public var range: Range<Int>
    /// The token's kind.
    public var kind: Kind
}

/// What cleaning one JSON Lines record produced.
public struct JSONLineOutcome: Sendable {
    /// A requested field that could not be cleaned in this record, and why.
    public struct FieldProblem: Sendable, Equatable, CustomStringConvertible {
        /// The kinds of problem.
        public enum Kind: String, Sendable, Equatable {
            /// The record has no such field.
            case missing = "is missing"
            /// The field's value is not a string.
            case notString = "is not a string"
            /// The string holds invalid UTF-8 or a lone surrogate escape.
            case undecodable = "cannot be decoded"
        }

        /// The field.
        public var field: JSONFieldPath
        /// What is wrong.
        public var kind: Kind
        /// Details (for undecodable strings: the reason and byte offset).
        public var detail: String?
        /// `field 'a.b' is missing`, with details when there are some.
        public var description: String { "field '\(field)' \(kind.rawValue)" + (detail.map { ": \($0)" } ?? "") }
    }

    /// One field that was cleaned, with what cleaning it did.
    public struct CleanedField: Sendable {
        /// The field.
        public var field: JSONFieldPath
        /// The cleaning result (its text is the field's new value).
        public var result: CleanResult
    }

    /// The record's line: the original bytes (without line terminator) or the record with cleaned fields spliced in.
    public var line: [UInt8]
    /// Whether `line` differs from the input.
    public var changed: Bool
    /// Set when the line is not JSON; the line is passed through unchanged.
    public var syntaxError: JSONFieldScanner.SyntaxError?
    /// Whether the line is empty or only white space (passed through, not an error).
    public var isBlank: Bool
    /// Requested fields that were absent, not strings, or undecodable.
    public var problems: [FieldProblem]
    /// Fields cleaned, in the order requested.
    public var cleaned: [CleanedField]
    /// The raw JSON of the record's top-level `id` when it is a string or a number.
    public var id: [UInt8]?

    /// An outcome that leaves the line as it is, with nothing cleaned.
    public init(passingThrough line: [UInt8]) {
        self.line = line
        changed = false
        syntaxError = nil
        isBlank = false
        problems = []
        cleaned = []
        id = nil
    }

    /// Whether nothing in the record could be cleaned (it passed through unchanged).
    public var passedThrough: Bool { cleaned.isEmpty && !isBlank }
}

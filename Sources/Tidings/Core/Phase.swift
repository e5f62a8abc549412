/// The stages the engine runs in order; each sees the text the previous one produced.
public enum Phase: String, Sendable, Codable, CaseIterable, Comparable {
    /// Encoding damage, invisible characters, normalization, line endings.
    case characters
    /// Tokens: merged words, spacing around punctuation, word-level replacements.
    case tokens
    /// Sentences and quotes.
    case sentences
    /// Whole-document consistency (names spelled the same everywhere).
    case document
    /// Lines and paragraphs: site chrome, indentation, blank lines.
    case layout

    /// Phases compare in the order they run.
    public static func < (lhs: Phase, rhs: Phase) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Every kind of rule a rule file can declare with `kind:`; adding a kind means adding a case here.
public enum RuleKind: String, CaseIterable, Sendable {
    /// Regex search and replace with capture references and word sets.
    case replace
    /// Removes whole lines of site chrome.
    case dropLine = "drop-line"
    /// Whitespace, line endings and Unicode normalization.
    case normalize
    /// UTF-8 misread as Windows-1252 or Latin-1, and stray C1 controls.
    case mojibake
    /// HTML character references (`&amp;`, `&#8217;`) decoded.
    case htmlEntities = "html-entities"
    /// Matched characters replaced by their compatibility (NFKC) form.
    case nfkc
    /// Quotation marks written curly or straight.
    case quoteStyle = "quote-style"
    /// Splits words machine translation glued together (`Blinkenthe`, `timesaid`).
    case splitMerged = "split-merged"
    /// Quotation marks: unclosed quotes, spaces inside, doubled marks, punctuation placement.
    case quotes
    /// Names and sentence starts cased the way the document itself cases them.
    case caseConsistency = "case-consistency"
    /// A sequence of words from word sets, matched on word tokens and rewritten.
    case wordSequence = "word-sequence"

    /// The phase a rule of this kind runs in unless its file says otherwise.
    var defaultPhase: Phase {
        switch self {
        case .replace: return .tokens
        case .dropLine: return .layout
        case .normalize: return .layout
        case .mojibake: return .characters
        case .htmlEntities: return .characters
        case .nfkc: return .characters
        case .quoteStyle: return .sentences
        case .splitMerged: return .tokens
        case .quotes: return .sentences
        case .caseConsistency: return .document
        case .wordSequence: return .tokens
        }
    }

    /// Builds a rule of this kind from its specification.
    func build(_ spec: RuleSpec) throws -> any Rule {
        switch self {
        case .replace: return try ReplaceRule(spec: spec)
        case .dropLine: return try DropLineRule(spec: spec)
        case .normalize: return try NormalizeRule(spec: spec)
        case .mojibake: return try MojibakeRule(spec: spec)
        case .htmlEntities: return try HTMLEntitiesRule(spec: spec)
        case .nfkc: return try CompatibilityRule(spec: spec)
        case .quoteStyle: return try QuoteStyleRule(spec: spec)
        case .splitMerged: return try SplitMergedRule(spec: spec)
        case .quotes: return try QuotesRule(spec: spec)
        case .caseConsistency: return try CaseConsistencyRule(spec: spec)
        case .wordSequence: return try WordSequenceRule(spec: spec)
        }
    }
}

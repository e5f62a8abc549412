/// A quick test run before a regex search: when a text cannot hold any of the literals every match
/// must contain, the search is skipped. Exact: it only skips searches that would find nothing.
struct RegexPrefilter: Sendable {
    /// Literals of which every match contains one.
    private let literals: [[UInt16]]
    private let caseInsensitive: Bool

    /// A filter for a pattern, or nil when no required literals long enough for the fingerprint are
    /// known (or, for a case-insensitive pattern, a literal is not ASCII).
    init?(pattern: String, caseInsensitive: Bool, comments: Bool) {
        guard !comments, let (literals, inlineCaseInsensitive) = RegexLiteralAnalyzer.analyze(pattern),
              literals.allSatisfy({ $0.count >= TextFingerprint.minimumLiteralLength }) else { return nil }
        let caseInsensitive = caseInsensitive || inlineCaseInsensitive
        if caseInsensitive && !literals.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) { return nil }
        self.literals = literals
        self.caseInsensitive = caseInsensitive
    }

    /// Whether the text may hold a match (false: it certainly does not).
    func mayMatch(_ fingerprint: TextFingerprint) -> Bool {
        if caseInsensitive && fingerprint.hasASCIIFoldingCharacters { return true }
        return literals.contains { fingerprint.mayContain($0, folded: caseInsensitive) }
    }
}

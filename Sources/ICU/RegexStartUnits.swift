/// The UTF-16 units a match of a regex can start with, when the pattern tells (see
/// `RegexLiteralAnalyzer.firstUnits`): a search that tries given positions, such as line starts,
/// skips those whose unit cannot begin a match. Exact: only skips positions where no match starts.
struct RegexStartUnits: Sendable {
    /// One bit per unit value that can start a match.
    private let bits: [UInt64]

    /// The start units of a pattern, or nil when unknown, when a match may be empty, or (for a
    /// case-insensitive pattern) when one may have case beyond ASCII (see `RegexCaselessUnits`). Case-insensitive sets also hold the other
    /// case of ASCII letters and every character that folds to ASCII letters (ſ, K, ﬁ, ...).
    init?(reading: RegexLiteralAnalyzer.Reading, caseInsensitive: Bool, comments: Bool) {
        guard !comments, let (ranges, inlineCaseInsensitive) = RegexLiteralAnalyzer.firstUnits(reading) else { return nil }
        let caseInsensitive = caseInsensitive || inlineCaseInsensitive
        if caseInsensitive && !ranges.allSatisfy(RegexCaselessUnits.allowsCaseVariants) { return nil }
        var bits = [UInt64](repeating: 0, count: 65536 / 64)
        func insert(_ unit: UInt16) { bits[Int(unit >> 6)] |= 1 << UInt64(unit & 63) }
        for range in ranges {
            for unit in range {
                insert(unit)
                if caseInsensitive { insert(RegexPrefilter.otherCase(unit)) }
            }
        }
        if caseInsensitive {
            for unit in TextFingerprint.asciiFoldingUnits { insert(unit) }
        }
        self.bits = bits
    }

    /// Whether a match can start with this unit.
    func contains(_ unit: UInt16) -> Bool {
        bits[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
    }
}

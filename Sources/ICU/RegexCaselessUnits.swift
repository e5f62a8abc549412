/// UTF-16 units beyond ASCII that a case-insensitive regex matches only as themselves: no case
/// mapping or folding leads to or from them (spaces, punctuation, symbols). A filter built for a
/// case-insensitive pattern keeps them in its sets as they are, where other units beyond ASCII
/// (whose case variants are not worked out) make it give up.
enum RegexCaselessUnits {
    /// Latin-1 controls, spaces, punctuation and symbols (not µ, which uppercases to Greek Μ), General
    /// Punctuation (spaces, dashes, quotes, ellipsis, invisible operators), the ideographic space.
    static let ranges: [ClosedRange<UInt16>] = [0x0080...0x00B4, 0x00B6...0x00BF, 0x2000...0x206F, 0x3000...0x3000]

    /// Whether every unit of `range` is ASCII or caseless (so its case variants are ASCII's).
    static func allowsCaseVariants(_ range: ClosedRange<UInt16>) -> Bool {
        guard range.upperBound >= 0x80 else { return true }
        let beyondASCII = max(range.lowerBound, 0x80)...range.upperBound
        return ranges.contains { $0.lowerBound <= beyondASCII.lowerBound && beyondASCII.upperBound <= $0.upperBound }
    }

    /// Whether a unit is ASCII or caseless.
    static func allowsCaseVariants(_ unit: UInt16) -> Bool { allowsCaseVariants(unit...unit) }
}

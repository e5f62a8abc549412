/// Bit sets with one bit per UTF-16 unit value in 64-bit words (unit `u` is bit `u & 63` of word
/// `u >> 6`), as `RegexCandidateFilter` and `TextFingerprint` keep them: the words a range of
/// units covers, and its bits in each.
enum UnitBitMasks {
    /// The words a range of units covers.
    static func words(of range: ClosedRange<UInt16>) -> ClosedRange<Int> {
        Int(range.lowerBound >> 6)...Int(range.upperBound >> 6)
    }

    /// The bits of a range's units in one of the words it covers.
    @inline(__always)
    static func mask(of range: ClosedRange<UInt16>, inWord word: Int) -> UInt64 {
        var mask = UInt64.max
        if word == Int(range.lowerBound >> 6) { mask &= UInt64.max << UInt64(range.lowerBound & 63) }
        if word == Int(range.upperBound >> 6) { mask &= UInt64.max >> UInt64(63 - (range.upperBound & 63)) }
        return mask
    }
}

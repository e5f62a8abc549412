/// Skips plain text fast: the next UTF-16 code unit that is not ASCII or is one of two given
/// units, read four units (64 bits) at a time where the text allows; or the next unit that passes
/// a cheap test, tested 32 units at a time.
enum UnitScan {
    /// The first offset in `start..<end` whose unit is not ASCII, `first` or `second`; `end` when none is.
    /// (A non-ASCII `first` or `second` adds nothing: pass one to look for non-ASCII units only.)
    static func next(in units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int, orEither first: UInt16, _ second: UInt16) -> Int {
        precondition(start >= 0 && end <= units.count, "scan range outside the units")
        var offset = start
        if let base = units.baseAddress.map(UnsafeRawPointer.init) {
            let lanes: UInt64 = 0x0001_0001_0001_0001
            let signs: UInt64 = 0x8000_8000_8000_8000
            let (firstLanes, secondLanes) = (UInt64(first) &* lanes, UInt64(second) &* lanes)
            /// Whether some 16-bit lane of a word is zero.
            func hasZeroLane(_ word: UInt64) -> Bool { (word &- lanes) & ~word & signs != 0 }
            while offset + 4 <= end {
                let word = base.loadUnaligned(fromByteOffset: 2 * offset, as: UInt64.self)
                if word & 0xFF80_FF80_FF80_FF80 != 0 || hasZeroLane(word ^ firstLanes) || hasZeroLane(word ^ secondLanes) { break }
                offset += 4
            }
        }
        while offset < end, units[offset] < 0x80, units[offset] != first, units[offset] != second { offset += 1 }
        return offset
    }

    /// Units tested together by `first(in:from:to:where:)`.
    static var blockSize: Int { 32 }

    /// The first offset in `start..<end` whose unit passes `test`; `end` when none does.
    ///
    /// Whole blocks of `blockSize` units are tested without a branch per unit, so the compiler
    /// turns the test into vector instructions: `test` must be cheap and must not branch, which
    /// means comparisons joined with `UnitScan.either` rather than `||`.
    @inline(__always)
    static func first(in units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int, where test: (UInt16) -> Bool) -> Int {
        precondition(start >= 0 && end <= units.count, "scan range outside the units")
        var offset = start
        if let base = units.baseAddress {
            while offset &+ blockSize <= end {
                var hits: UInt8 = 0
                for lane in 0..<blockSize { hits |= unsafeBitCast(test(base[offset &+ lane]), to: UInt8.self) }
                if hits != 0 {
                    // Test the block again, noting which units pass (slower than the test above, so done once).
                    var lanes: UInt32 = 0
                    for lane in 0..<blockSize { lanes |= UInt32(unsafeBitCast(test(base[offset &+ lane]), to: UInt8.self)) &<< UInt32(lane) }
                    return offset &+ lanes.trailingZeroBitCount
                }
                offset &+= blockSize
            }
        }
        while offset < end, !test(units[offset]) { offset += 1 }
        return offset
    }

    /// Whether either condition holds, both evaluated: `||` without its branch, for `first(in:from:to:where:)` tests.
    @inline(__always)
    static func either(_ first: Bool, _ second: Bool) -> Bool {
        unsafeBitCast(unsafeBitCast(first, to: UInt8.self) | unsafeBitCast(second, to: UInt8.self), to: Bool.self)
    }
}

/// Skips plain ASCII fast: the next UTF-16 code unit that is not ASCII or is one of two given
/// units, read four units (64 bits) at a time where the text allows.
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
}

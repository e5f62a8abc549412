/// Finds, eight UTF-16 units at a time (SIMD), the blocks of a text that hold one of up to four
/// given units: the first look of the candidate filter, which skips blocks holding none of them.
struct UnitBlockScanner {
    /// The wanted units, each repeated over a vector (the last one repeated to fill four).
    private let wanted0, wanted1, wanted2, wanted3: SIMD8<UInt16>
    /// How many different units are wanted (1...4): how many comparisons a block needs.
    private let count: Int

    /// A scanner for one to four units.
    init(_ units: [UInt16]) {
        precondition((1...4).contains(units.count))
        count = units.count
        wanted0 = SIMD8(repeating: units[0])
        wanted1 = SIMD8(repeating: units[min(1, count - 1)])
        wanted2 = SIMD8(repeating: units[min(2, count - 1)])
        wanted3 = SIMD8(repeating: units[min(3, count - 1)])
    }

    /// The lanes of the eight units at `position` that hold a wanted unit, as two halves of four
    /// 16-bit lanes, each 0 or 0xFFFF (a mask's own lane reads are not vectorized, so the
    /// comparisons are turned into vectors and read as integers).
    @inline(__always)
    func hits(_ raw: UnsafeRawPointer, at position: Int) -> (UInt64, UInt64) {
        unsafeBitCast(matches(raw.loadUnaligned(fromByteOffset: position &* 2, as: SIMD8<UInt16>.self), compares: count),
                      to: (UInt64, UInt64).self)
    }

    /// A block start in `position`, `position + 8`, ... past only blocks (wholly before `end`)
    /// holding no wanted unit: one whose block or next block holds one (blocks are tested in
    /// pairs), else the first with fewer than eight units left before `end`.
    func firstBlock(_ raw: UnsafeRawPointer, from position: Int, to end: Int) -> Int {
        // One loop per number of comparisons, so none tests the count.
        switch count {
        case 1: return firstBlock(raw, from: position, to: end, compares: 1)
        case 2: return firstBlock(raw, from: position, to: end, compares: 2)
        default: return firstBlock(raw, from: position, to: end, compares: 4)
        }
    }

    @inline(__always)
    private func firstBlock(_ raw: UnsafeRawPointer, from start: Int, to end: Int, compares: Int) -> Int {
        var position = start
        // Two blocks a step; the first of them is returned when either holds a hit.
        while position &+ 16 <= end {
            let first = matches(raw.loadUnaligned(fromByteOffset: position &* 2, as: SIMD8<UInt16>.self), compares: compares)
            let second = matches(raw.loadUnaligned(fromByteOffset: position &* 2 &+ 16, as: SIMD8<UInt16>.self), compares: compares)
            let halves = unsafeBitCast(first | second, to: (UInt64, UInt64).self)
            if halves.0 | halves.1 != 0 { return position }
            position &+= 16
        }
        if position &+ 8 <= end {
            let halves = unsafeBitCast(matches(raw.loadUnaligned(fromByteOffset: position &* 2, as: SIMD8<UInt16>.self), compares: compares),
                                       to: (UInt64, UInt64).self)
            if halves.0 | halves.1 == 0 { position &+= 8 }
        }
        return position
    }

    /// 0xFFFF in the lanes of `block` holding a wanted unit, 0 elsewhere.
    @inline(__always)
    private func matches(_ block: SIMD8<UInt16>, compares: Int) -> SIMD8<UInt16> {
        let zero = SIMD8<UInt16>(repeating: 0)
        var result = zero.replacing(with: .max, where: block .== wanted0)
        if compares > 1 { result |= zero.replacing(with: .max, where: block .== wanted1) }
        if compares > 2 {
            result |= zero.replacing(with: .max, where: block .== wanted2)
            result |= zero.replacing(with: .max, where: block .== wanted3)
        }
        return result
    }
}

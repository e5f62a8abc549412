/// Finds, eight positions at a time (SIMD), the blocks of a text where a match may start: the
/// unit at one offset from the position is one of up to four given units and, optionally, the unit
/// at a second offset lies in an aligned block of units (all units whose high bits are some
/// value). The first look of the candidate filter, which skips blocks holding no such position.
struct UnitBlockScanner: Sendable {
    /// Offset from a position of the unit compared with the wanted ones.
    let offset: Int
    /// The wanted units, each repeated over a vector (the last one repeated to fill four).
    private let wanted0, wanted1, wanted2, wanted3: SIMD8<UInt16>
    /// How many different units are wanted (1...4): how many comparisons a block needs.
    private let count: Int
    /// Whether there is a second check: at `secondOffset`, `unit & secondMask == secondValue`.
    private let hasSecond: Bool
    private let secondOffset: Int
    private let secondMask, secondValue: SIMD8<UInt16>

    /// A scanner for one to four units at `offset`, and units in `block` (its bounds aligned to a
    /// power of two: `lowerBound` a multiple of its size) at `secondOffset`.
    init(_ units: [UInt16], at offset: Int, block: ClosedRange<UInt16>? = nil, at secondOffset: Int = 0) {
        precondition((1...4).contains(units.count))
        self.offset = offset
        count = units.count
        wanted0 = SIMD8(repeating: units[0])
        wanted1 = SIMD8(repeating: units[min(1, count - 1)])
        wanted2 = SIMD8(repeating: units[min(2, count - 1)])
        wanted3 = SIMD8(repeating: units[min(3, count - 1)])
        if let block {
            let size = UInt16(truncatingIfNeeded: Int(block.upperBound) - Int(block.lowerBound) + 1)
            precondition(size & (size &- 1) == 0 && block.lowerBound & (size &- 1) == 0, "not an aligned block")
            hasSecond = true
            self.secondOffset = secondOffset
            secondMask = SIMD8(repeating: ~(size &- 1))
            secondValue = SIMD8(repeating: block.lowerBound)
        } else {
            hasSecond = false
            self.secondOffset = 0
            secondMask = SIMD8(repeating: 0)
            secondValue = SIMD8(repeating: 0)
        }
    }

    /// The smallest aligned block of units (see `init`) holding `low...high`.
    static func alignedBlock(_ low: UInt16, _ high: UInt16) -> ClosedRange<UInt16> {
        var bits = 0
        while bits < 16 && low >> UInt16(bits) != high >> UInt16(bits) { bits += 1 }
        guard bits < 16 else { return 0...UInt16.max }
        let start = (low >> UInt16(bits)) << UInt16(bits)
        return start...(start | UInt16((1 << bits) - 1))
    }

    /// The positions `position..<position + 8` that pass, as two halves of four 16-bit lanes, each
    /// 0 or 0xFFFF (a mask's own lane reads are not vectorized, so the comparisons are turned into
    /// vectors and read as integers).
    @inline(__always)
    func hits(_ base: UnsafePointer<UInt16>, at position: Int) -> (UInt64, UInt64) {
        unsafeBitCast(passing(base, position, compares: count, second: hasSecond), to: (UInt64, UInt64).self)
    }

    /// A block start in `position`, `position + 8`, ... past only blocks (of positions before
    /// `end`) holding no passing position: one whose block or next block holds one (blocks are
    /// tested in pairs), else the first with fewer than eight positions left before `end`.
    @inline(__always)
    func firstBlock(_ base: UnsafePointer<UInt16>, from position: Int, to end: Int) -> Int {
        // One loop per kind of test, so none tests the kind.
        switch (count, hasSecond) {
        case (1, false): return firstBlock(base, from: position, to: end, compares: 1, second: false)
        case (2, false): return firstBlock(base, from: position, to: end, compares: 2, second: false)
        case (_, false): return firstBlock(base, from: position, to: end, compares: 4, second: false)
        case (1, true): return firstBlock(base, from: position, to: end, compares: 1, second: true)
        case (2, true): return firstBlock(base, from: position, to: end, compares: 2, second: true)
        case (_, true): return firstBlock(base, from: position, to: end, compares: 4, second: true)
        }
    }

    @inline(__always)
    private func firstBlock(_ base: UnsafePointer<UInt16>, from start: Int, to end: Int, compares: Int, second: Bool) -> Int {
        var position = start
        // Two blocks a step; the first of them is returned when either holds a hit.
        while position &+ 16 <= end {
            let both = passing(base, position, compares: compares, second: second)
                | passing(base, position &+ 8, compares: compares, second: second)
            let halves = unsafeBitCast(both, to: (UInt64, UInt64).self)
            if halves.0 | halves.1 != 0 { return position }
            position &+= 16
        }
        if position &+ 8 <= end {
            let halves = unsafeBitCast(passing(base, position, compares: compares, second: second), to: (UInt64, UInt64).self)
            if halves.0 | halves.1 == 0 { position &+= 8 }
        }
        return position
    }

    /// 0xFFFF in the lanes of the positions `position..<position + 8` that pass, 0 elsewhere.
    @inline(__always)
    private func passing(_ base: UnsafePointer<UInt16>, _ position: Int, compares: Int, second: Bool) -> SIMD8<UInt16> {
        let block = UnsafeRawPointer(base + (position &+ offset)).loadUnaligned(as: SIMD8<UInt16>.self)
        var result = Self.equal(block, wanted0)
        if compares > 1 { result |= Self.equal(block, wanted1) }
        if compares > 2 { result |= Self.equal(block, wanted2) | Self.equal(block, wanted3) }
        if second {
            let other = UnsafeRawPointer(base + (position &+ secondOffset)).loadUnaligned(as: SIMD8<UInt16>.self)
            result &= Self.equal(other & secondMask, secondValue)
        }
        return result
    }

    /// 0xFFFF in the lanes where `block` and `wanted` are equal, 0 elsewhere.
    @inline(__always)
    private static func equal(_ block: SIMD8<UInt16>, _ wanted: SIMD8<UInt16>) -> SIMD8<UInt16> {
        SIMD8<UInt16>(repeating: 0).replacing(with: .max, where: block .== wanted)
    }
}

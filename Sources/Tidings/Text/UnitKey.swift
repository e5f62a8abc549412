/// Hashing and comparing short keys of UTF-16 units (a word or two: the keys of `UnitWordTable`
/// and of `WordBreakMemo`) a machine word, four units, at a time, where a unit-by-unit hash or a
/// `memcmp` call would cost more than the work.
enum UnitKey {
    /// A multiply-xor hash of the units read four at a time (UTF-16 keys straight from memory, byte
    /// keys widened to the same four 16-bit lanes, so both hash alike), folded so the low bits
    /// depend on all of them.
    @inline(__always)
    static func hash<Unit: FixedWidthInteger>(_ key: UnsafeBufferPointer<Unit>) -> UInt64 {
        let count = key.count
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = key.baseAddress else { return hash ^ (hash &>> 29) }
        var offset = 0
        while offset &+ 4 <= count {
            let lanes: UInt64
            if Unit.self == UInt16.self {
                lanes = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: 2 &* offset, as: UInt64.self))
            } else {
                lanes = lane(base[offset]) | lane(base[offset &+ 1]) &<< 16 | lane(base[offset &+ 2]) &<< 32 | lane(base[offset &+ 3]) &<< 48
            }
            hash = (hash ^ lanes) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash &>> 29
            offset &+= 4
        }
        var tail: UInt64 = 0
        while offset < count {
            tail = tail &<< 16 | lane(base[offset])
            offset &+= 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash &>> 29)
    }

    /// Whether a key equals `count` UTF-16 units stored at `stored` (nil only when `count` is 0),
    /// read as raw memory: UTF-16 keys compared eight bytes at a time, byte keys unit by unit.
    @inline(__always)
    static func equal<Unit: FixedWidthInteger>(_ key: UnsafeBufferPointer<Unit>, _ stored: UnsafeRawPointer?, count: Int) -> Bool {
        guard key.count == count else { return false }
        guard count > 0, let base = key.baseAddress, let stored else { return true }
        var offset = 0
        if Unit.self == UInt16.self {
            let keyBytes = UnsafeRawPointer(base)
            while offset &+ 4 <= count {
                if keyBytes.loadUnaligned(fromByteOffset: 2 &* offset, as: UInt64.self)
                    != stored.loadUnaligned(fromByteOffset: 2 &* offset, as: UInt64.self) {
                    return false
                }
                offset &+= 4
            }
        }
        while offset < count {
            if UInt16(truncatingIfNeeded: base[offset]) != stored.loadUnaligned(fromByteOffset: 2 &* offset, as: UInt16.self) { return false }
            offset &+= 1
        }
        return true
    }

    /// A unit as a 16-bit lane.
    @inline(__always)
    private static func lane<Unit: FixedWidthInteger>(_ unit: Unit) -> UInt64 {
        UInt64(truncatingIfNeeded: UInt16(truncatingIfNeeded: unit))
    }
}

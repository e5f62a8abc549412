/// Finds the next byte that passes a cheap test, testing 32 bytes at a time: the bytes-side twin
/// of `UnitScan.first`, for JSON text and lines of input.
public enum ByteScan {
    /// The first offset in `start..<end` whose byte passes `test`; `end` when none does.
    ///
    /// Whole blocks of 32 bytes are tested without a branch per byte, so the compiler turns the
    /// test into vector instructions, and a block with a hit is tested again into a lane mask whose
    /// lowest bit is the answer. `test` must be cheap and must not branch: join comparisons with
    /// `ByteScan.either`, not `||`.
    @inlinable @inline(__always)
    public static func first(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, where test: (UInt8) -> Bool) -> Int {
        precondition(start >= 0 && end <= bytes.count, "scan range outside the bytes")
        var offset = start
        if let base = bytes.baseAddress {
            while offset &+ 32 <= end {
                var hits: UInt8 = 0
                for lane in 0..<32 { hits |= unsafeBitCast(test(base[offset &+ lane]), to: UInt8.self) }
                if hits != 0 {
                    var lanes: UInt32 = 0
                    for lane in 0..<32 { lanes |= UInt32(unsafeBitCast(test(base[offset &+ lane]), to: UInt8.self)) &<< UInt32(lane) }
                    return offset &+ lanes.trailingZeroBitCount
                }
                offset &+= 32
            }
        }
        while offset < end, !test(bytes[offset]) { offset += 1 }
        return offset
    }

    /// Whether either condition holds, both evaluated: `||` without its branch, for `first(in:from:to:where:)` tests.
    @inlinable @inline(__always)
    public static func either(_ first: Bool, _ second: Bool) -> Bool {
        unsafeBitCast(unsafeBitCast(first, to: UInt8.self) | unsafeBitCast(second, to: UInt8.self), to: Bool.self)
    }

    /// Whether a byte cannot stand raw inside a JSON string: `"`, `\` or a control character.
    @inlinable @inline(__always)
    public static func isJSONStringSpecial(_ byte: UInt8) -> Bool {
        either(either(byte == 0x22, byte == 0x5C), byte < 0x20)
    }
}

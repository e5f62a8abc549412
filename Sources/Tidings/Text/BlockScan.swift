/// Finds the next UTF-16 code unit or byte that passes a cheap test, testing `blockSize` of them at a time.
///
/// Whole blocks are tested without a branch per element, so the compiler turns the test into
/// vector instructions; a block with a hit is tested again into a lane mask whose lowest set bit is
/// the answer. Used to skip what cannot matter: text without `&`, C1 controls, quote marks or line
/// ends, JSON bytes that need no escaping.
enum BlockScan {
    /// Elements tested together (at most 32: a block's hits fit a `UInt32` lane mask).
    static var blockSize: Int { 32 }

    /// The first offset in `start..<end` whose element passes `test`; `end` when none does.
    /// `test` must be cheap and must not branch: join comparisons with `either`, not `||`.
    @inline(__always)
    static func first<Element: FixedWidthInteger>(in elements: UnsafeBufferPointer<Element>, from start: Int, to end: Int,
                                                  where test: (Element) -> Bool) -> Int {
        precondition(start >= 0 && end <= elements.count, "scan range outside the buffer")
        var offset = start
        if let base = elements.baseAddress {
            while offset &+ blockSize <= end {
                let lanes = hitLanes(base, at: offset, where: test)
                if lanes != 0 { return offset &+ lanes.trailingZeroBitCount }
                offset &+= blockSize
            }
        }
        while offset < end, !test(elements[offset]) { offset += 1 }
        return offset
    }

    /// The first offset in `start..<end` whose element and the one after it (0 after the last
    /// element) pass `test`; `end` when none does. The same rules for `test` as for `first`.
    @inline(__always)
    static func firstPair<Element: FixedWidthInteger>(in elements: UnsafeBufferPointer<Element>, from start: Int, to end: Int,
                                                      where test: (Element, Element) -> Bool) -> Int {
        precondition(start >= 0 && end <= elements.count, "scan range outside the buffer")
        var offset = start
        if let base = elements.baseAddress {
            // A block's last pair reads the element after the block.
            while offset &+ blockSize <= end && offset &+ blockSize < elements.count {
                let lanes = hitLanes(at: offset) { test(base[$0], base[$0 &+ 1]) }
                if lanes != 0 { return offset &+ lanes.trailingZeroBitCount }
                offset &+= blockSize
            }
        }
        while offset < end, !test(elements[offset], offset + 1 < elements.count ? elements[offset + 1] : 0) { offset += 1 }
        return offset
    }

    /// Calls `body` with every offset in `start..<end` whose element passes `test`, in order: the
    /// set bits of each block's lane mask are visited (cheaper than a `first` call per hit when hits
    /// are many).
    @inline(__always)
    static func forEach<Element: FixedWidthInteger>(in elements: UnsafeBufferPointer<Element>, from start: Int, to end: Int,
                                                    where test: (Element) -> Bool, _ body: (Int) -> Void) {
        precondition(start >= 0 && end <= elements.count, "scan range outside the buffer")
        var offset = start
        if let base = elements.baseAddress {
            while offset &+ blockSize <= end {
                var lanes = hitLanes(base, at: offset, where: test)
                while lanes != 0 {
                    body(offset &+ lanes.trailingZeroBitCount)
                    lanes &= lanes &- 1
                }
                offset &+= blockSize
            }
        }
        while offset < end {
            if test(elements[offset]) { body(offset) }
            offset += 1
        }
    }

    /// The lanes of the block at `offset` whose elements pass `test` (bit `i`: element `offset + i`):
    /// the whole block is tested once for any hit, and only a block with one again into the mask.
    @inline(__always)
    private static func hitLanes<Element>(_ base: UnsafePointer<Element>, at offset: Int, where test: (Element) -> Bool) -> UInt32 {
        hitLanes(at: offset) { test(base[$0]) }
    }

    /// The lanes of the block at `offset` whose offsets pass `test` (bit `i`: offset `offset + i`).
    @inline(__always)
    private static func hitLanes(at offset: Int, where test: (Int) -> Bool) -> UInt32 {
        var hits: UInt8 = 0
        for lane in 0..<blockSize { hits |= unsafeBitCast(test(offset &+ lane), to: UInt8.self) }
        guard hits != 0 else { return 0 }
        var lanes: UInt32 = 0
        for lane in 0..<blockSize { lanes |= UInt32(unsafeBitCast(test(offset &+ lane), to: UInt8.self)) &<< UInt32(lane) }
        return lanes
    }

    /// Whether either condition holds, both evaluated: `||` without its branch, for `first` tests.
    @inline(__always)
    static func either(_ first: Bool, _ second: Bool) -> Bool {
        unsafeBitCast(unsafeBitCast(first, to: UInt8.self) | unsafeBitCast(second, to: UInt8.self), to: Bool.self)
    }

    /// Whether both conditions hold, both evaluated: `&&` without its branch, for `first` tests.
    @inline(__always)
    static func both(_ first: Bool, _ second: Bool) -> Bool {
        unsafeBitCast(unsafeBitCast(first, to: UInt8.self) & unsafeBitCast(second, to: UInt8.self), to: Bool.self)
    }
}

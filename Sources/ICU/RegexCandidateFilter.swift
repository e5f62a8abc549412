/// The positions where a match of a regex can start, told by its leading units (`RegexPrefix`): a
/// position is a candidate when each of the next few units is one the pattern allows at that
/// offset. Testing a unit against a bit set is far cheaper than ICU's attempt to match there, so a
/// search that only tries candidates skips most of the text. Exact: no match starts elsewhere.
struct RegexCandidateFilter: Sendable {
    /// Units every match has at least (the offsets the filter may look at).
    let length: Int
    /// The offsets checked, each with its bit set (1024 words, one bit per unit value) in `bits`.
    private let offsets: [Int]
    private let bits: [UInt64]
    /// The first `length` units of every match, hashed into a bit set, when the pattern allows few
    /// enough of them (nil otherwise): checks the units together, not one offset at a time.
    private let windows: [UInt64]?
    /// Whether the pattern matches case-insensitively (its sets then hold both cases of ASCII letters).
    let caseInsensitive: Bool

    /// Words per bit set.
    private static let words = 65536 / 64
    /// Bits in the window set (a power of two).
    private static let windowBits = 1 << 18

    /// A filter for a pattern, or nil when its matches may be empty or nothing is known of their
    /// first unit.
    init?(reading: RegexLiteralAnalyzer.Reading, caseInsensitive: Bool, comments: Bool) {
        guard !comments, let (prefix, caseInsensitive) = RegexLiteralAnalyzer.prefix(reading, caseInsensitive: caseInsensitive) else { return nil }
        let length = prefix.minimumLength
        guard length > 0, prefix.units[0] != nil else { return nil }
        var offsets: [Int] = []
        var bits: [UInt64] = []
        for offset in 0..<length {
            guard let ranges = prefix.units[offset] else { continue }
            var set = [UInt64](repeating: 0, count: Self.words)
            for range in ranges {
                for unit in range { set[Int(unit >> 6)] |= 1 << UInt64(unit & 63) }
            }
            offsets.append(offset)
            bits += set
        }
        if length > 1, let strings = prefix.strings {
            var windows = [UInt64](repeating: 0, count: Self.windowBits / 64)
            for string in strings {
                let hash = Self.windowHash(string.prefix(length).packed)
                windows[hash >> 6] |= 1 << UInt64(hash & 63)
            }
            self.windows = windows
        } else {
            windows = nil
        }
        self.length = length
        self.offsets = offsets
        self.bits = bits
        self.caseInsensitive = caseInsensitive
    }

    /// The first candidate position at or after `start` and before `limit`, or nil.
    func next(in units: UnsafeBufferPointer<UInt16>, from start: Int, before limit: Int) -> Int? {
        let end = min(limit, units.count - length + 1)
        guard start < end, let base = units.baseAddress else { return nil }
        return bits.withUnsafeBufferPointer { bits -> Int? in
            let sets = bits.baseAddress!
            let first = offsets[0]
            var position = start
            while position < end {
                let unit = base[position &+ first]
                if sets[Int(unit &>> 6)] & (1 &<< UInt64(unit & 63)) != 0 && fitsRest(base, position, sets)
                    && fitsWindow(UnsafeBufferPointer(start: base + position, count: length)) {
                    return position
                }
                position &+= 1
            }
            return nil
        }
    }

    /// Whether the `length` units starting at a position may begin a match, by the window set.
    @inline(__always)
    private func fitsWindow(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let windows else { return true }
        var key: UInt64 = 0
        for unit in units { key = key &<< 16 | UInt64(unit) }
        let hash = Self.windowHash(key)
        return windows[hash &>> 6] & (1 &<< UInt64(hash & 63)) != 0
    }

    /// A hash below `windowBits` of up to four units packed 16 bits each, first unit highest.
    @inline(__always)
    private static func windowHash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> (64 - 18))
    }

    /// Whether the units at the checked offsets after the first fit their sets.
    @inline(__always)
    private func fitsRest(_ base: UnsafePointer<UInt16>, _ position: Int, _ sets: UnsafePointer<UInt64>) -> Bool {
        var index = 1
        while index < offsets.count {
            let unit = base[position &+ offsets[index]]
            let word = index &* Self.words &+ Int(unit &>> 6)
            if sets[word] & (1 &<< UInt64(unit & 63)) == 0 { return false }
            index &+= 1
        }
        return true
    }
}

/// The positions where a match of a regex can start, told by its leading units (`RegexPrefix`) and
/// by what its lookarounds require of the text around them (`RegexTextConstraint`): a position is
/// a candidate when each of the units around it is one the pattern allows at that offset. Testing
/// a unit against a bit set is far cheaper than ICU's attempt to match there, so a search that
/// only tries candidates skips most of the text. Exact: no match starts elsewhere.
struct RegexCandidateFilter: Sendable {
    /// Units every match has at least.
    let length: Int
    /// Units from a candidate position the filter looks at (at least `length`): a match needs
    /// that many units of text from its start.
    let span: Int
    /// Units before a candidate position the filter looks at (for lookbehinds): a match needs
    /// that many units of text before its start.
    let reach: Int
    /// Where lookbehinds end (offsets from a candidate position) with the strings the text before
    /// must end with, read backwards, by length (index 1...4; packed as `RegexPrefix.Units`):
    /// checked last, on positions whose units fit.
    private let endings: [(offset: Int, stringsByLength: [Set<UInt64>])]
    /// The offsets checked, each with its bit set (1024 words, one bit per unit value) in `bits`:
    /// first one the SIMD scan can look for, then the rarest units first (`frequencyWeight`).
    private let offsets: [Int]
    private let bits: [UInt64]
    /// The first `length` units of every match, hashed into a bit set, when the pattern allows few
    /// enough of them (nil otherwise): checks the units together, not one offset at a time.
    private let windows: [UInt64]?
    /// The units allowed at the first checked offset (`offsets[0]`), when there are at most
    /// `sparseLimit` of them: the scan then compares eight units at a time against them (SIMD)
    /// before any other check.
    private let firstUnits: [UInt16]?
    /// The SIMD scan for `firstUnits` (and, when one fits, an aligned block of units at another offset).
    private let scanner: UnitBlockScanner?
    private static let sparseLimit = 4
    /// Whether the pattern matches case-insensitively (its sets then hold both cases of ASCII letters).
    let caseInsensitive: Bool

    /// Words per bit set.
    fileprivate static let words = 65536 / 64
    /// Bits in the window set (a power of two).
    private static let windowBits = 1 << 18

    /// A filter for a pattern, or nil when its matches may be empty or nothing is known of the
    /// units from their start.
    init?(reading: RegexLiteralAnalyzer.Reading, caseInsensitive: Bool, comments: Bool) {
        guard !comments, let (prefix, caseInsensitive) = RegexLiteralAnalyzer.prefix(reading, caseInsensitive: caseInsensitive),
              let constraint = RegexLiteralAnalyzer.constraint(reading, caseInsensitive: caseInsensitive) else { return nil }
        let length = prefix.minimumLength
        guard length > 0 else { return nil }
        var sets: [Int: [UInt64]] = [:]
        func require(_ ranges: [ClosedRange<UInt16>], at offset: Int) {
            var set = [UInt64](repeating: 0, count: Self.words)
            for range in ranges {
                for word in UnitBitMasks.words(of: range) { set[word] |= UnitBitMasks.mask(of: range, inWord: word) }
            }
            if let required = sets[offset] {
                for word in set.indices { set[word] &= required[word] }
            }
            sets[offset] = set
        }
        for offset in 0..<length {
            if let ranges = prefix.units[offset] { require(ranges, at: offset) }
        }
        for requirement in constraint.requirements { require(requirement.units, at: requirement.offset) }
        guard !sets.isEmpty else { return nil }
        let allowed = sets.mapValues { set in set.reduce(0) { $0 + $1.nonzeroBitCount } }
        // An offset the SIMD scan can look for (few units) first, then the rarest units first.
        let weights = sets.mapValues(Self.frequencyWeight)
        func rank(_ offset: Int) -> (Int, Int, Int) { (allowed[offset]! > Self.sparseLimit ? 1 : 0, weights[offset]!, offset) }
        let offsets = sets.keys.sorted { rank($0) < rank($1) }
        let bits = offsets.flatMap { sets[$0]! }
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
        // (No unit allowed somewhere: the pattern never matches, and the plain scan finds nothing.)
        if (1...Self.sparseLimit).contains(allowed[offsets[0]]!) {
            let lead = sets[offsets[0]]!
            var units: [UInt16] = []
            for (word, bits) in lead.enumerated() where bits != 0 {
                for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 { units.append(UInt16(word * 64 + bit)) }
            }
            firstUnits = units
            scanner = Self.scanner(units, at: offsets[0], others: offsets.dropFirst().map { ($0, sets[$0]!) })
        } else {
            firstUnits = nil
            scanner = nil
        }
        self.length = length
        endings = constraint.endings.map { ending in
            var stringsByLength = [Set<UInt64>](repeating: [], count: RegexPrefix.depth + 1)
            for string in ending.reversedStrings { stringsByLength[string.count].insert(string.packed) }
            return (ending.offset, stringsByLength)
        }
        span = max(length, offsets.max()! + 1, endings.map(\.offset).max() ?? 0)
        reach = max(0, -offsets.min()!)
        self.offsets = offsets
        self.bits = bits
        self.caseInsensitive = caseInsensitive
    }

    /// The scanner for `units` at `lead`, with a second check at the offset among `others` whose
    /// units lie in the smallest aligned block holding no lowercase ASCII letter (the most common
    /// units), if any.
    private static func scanner(_ units: [UInt16], at lead: Int, others: [(offset: Int, set: [UInt64])]) -> UnitBlockScanner {
        var best: (offset: Int, block: ClosedRange<UInt16>)?
        for (offset, set) in others {
            guard let lowWord = set.firstIndex(where: { $0 != 0 }), let highWord = set.lastIndex(where: { $0 != 0 }) else { continue }
            let low = UInt16(lowWord * 64 + set[lowWord].trailingZeroBitCount)
            let high = UInt16(highWord * 64 + 63 - set[highWord].leadingZeroBitCount)
            let block = UnitBlockScanner.alignedBlock(low, high)
            guard !block.overlaps(0x61...0x7A) else { continue }
            if best == nil || block.count < best!.block.count { best = (offset, block) }
        }
        guard let best else { return UnitBlockScanner(units, at: lead) }
        return UnitBlockScanner(units, at: lead, block: best.block, at: best.offset)
    }

    /// How often a set's units are expected in text, roughly (the offset with the least weight is
    /// checked first): spaces and lowercase letters are common, most other units rare.
    private static func frequencyWeight(_ set: [UInt64]) -> Int {
        var weight = 0
        for (word, bits) in set.enumerated() where bits != 0 {
            guard word < 2 else {
                weight += bits.nonzeroBitCount
                continue
            }
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 {
                switch UInt8(word * 64 + bit) {
                case 0x20: weight += 20
                case 0x61...0x7A: weight += 6
                case 0x2C, 0x2E: weight += 4
                case 0x0A: weight += 2
                default: weight += 1
                }
            }
        }
        return weight
    }

    /// Whether a match may start at `position`: the units around it fit (false where the text
    /// around it is too short for a match).
    func mayStart(at position: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard position >= reach, position + span <= units.count, let base = units.baseAddress else { return false }
        let fits = bits.withUnsafeBufferPointer { bits in
            offsets.withUnsafeBufferPointer { offsets in Sets(bits: bits.baseAddress!, offsets: offsets).fit(base, position) }
        }
        guard fits, endingsFit(base, position) else { return false }
        guard let windows else { return true }
        var key: UInt64 = 0
        for offset in 0..<length { key = key &<< 16 | UInt64(base[position &+ offset]) }
        let hash = Self.windowHash(key)
        return windows[hash &>> 6] & (1 &<< UInt64(hash & 63)) != 0
    }

    /// Whether the text before each lookbehind's end ends with one of its strings (the position
    /// has `span` units of text after it).
    private func endingsFit(_ base: UnsafePointer<UInt16>, _ position: Int) -> Bool {
        for ending in endings {
            let end = position + ending.offset
            var key: UInt64 = 0
            var found = false
            for length in stride(from: 1, through: min(RegexPrefix.depth, end), by: 1) {
                key = key &<< 16 | UInt64(base[end - length])
                if ending.stringsByLength[length].contains(key) {
                    found = true
                    break
                }
            }
            if !found { return false }
        }
        return true
    }

    /// The first candidate position at or after `start` and before `limit`, or nil.
    func next(in units: UnsafeBufferPointer<UInt16>, from start: Int, before limit: Int) -> Int? {
        guard !endings.isEmpty, let base = units.baseAddress else { return nextFitting(in: units, from: start, before: limit) }
        var start = start
        while let candidate = nextFitting(in: units, from: start, before: limit) {
            if endingsFit(base, candidate) { return candidate }
            start = candidate + 1
        }
        return nil
    }

    /// The first position at or after `start` and before `limit` whose units fit, or nil.
    private func nextFitting(in units: UnsafeBufferPointer<UInt16>, from start: Int, before limit: Int) -> Int? {
        let end = min(limit, units.count - span + 1)
        let start = max(start, reach)
        guard start < end, let base = units.baseAddress else { return nil }
        return bits.withUnsafeBufferPointer { bits in
            offsets.withUnsafeBufferPointer { offsets in
                let sets = Sets(bits: bits.baseAddress!, offsets: offsets)
                if let firstUnits, let scanner {
                    return (windows ?? []).withUnsafeBufferPointer { windowBits in
                        Self.scan(base, from: start, to: end, firstUnits: firstUnits, scanner: scanner, length: length,
                                  windows: windows == nil ? nil : windowBits.baseAddress, sets: sets)
                    }
                }
                guard let windows else { return Self.scan(base, from: start, to: end, sets: sets) }
                return windows.withUnsafeBufferPointer { windows in
                    Self.scan(base, from: start, to: end, length: length, windows: windows.baseAddress!, sets: sets)
                }
            }
        }
    }

    /// The per-offset bit sets, as raw pointers for the scanning loops.
    private struct Sets {
        let bits: UnsafePointer<UInt64>
        let offsets: UnsafeBufferPointer<Int>

        /// Whether the units at every checked offset from `position` fit their sets.
        @inline(__always)
        func fit(_ base: UnsafePointer<UInt16>, _ position: Int, from index: Int = 0) -> Bool {
            var index = index
            while index < offsets.count {
                let unit = base[position &+ offsets[index]]
                let word = index &* RegexCandidateFilter.words &+ Int(unit &>> 6)
                if bits[word] & (1 &<< UInt64(unit & 63)) == 0 { return false }
                index &+= 1
            }
            return true
        }
    }

    /// The first position in `start..<end` whose units fit the per-offset sets.
    private static func scan(_ base: UnsafePointer<UInt16>, from start: Int, to end: Int, sets: Sets) -> Int? {
        let first = sets.offsets[0]
        var position = start
        while position < end {
            let unit = base[position &+ first]
            if sets.bits[Int(unit &>> 6)] & (1 &<< UInt64(unit & 63)) != 0 && sets.fit(base, position, from: 1) {
                return position
            }
            position &+= 1
        }
        return nil
    }

    /// The first position in `start..<end` whose next `length` units are in the window set (kept up
    /// to date as the window slides) and fit the per-offset sets.
    private static func scan(_ base: UnsafePointer<UInt16>, from start: Int, to end: Int, length: Int,
                             windows: UnsafePointer<UInt64>, sets: Sets) -> Int? {
        let mask: UInt64 = length >= 4 ? .max : (1 &<< UInt64(16 * length)) &- 1
        var key: UInt64 = 0
        for offset in 0..<(length - 1) { key = key &<< 16 | UInt64(base[start &+ offset]) }
        var position = start
        while position < end {
            key = (key &<< 16 | UInt64(base[position &+ length &- 1])) & mask
            let hash = windowHash(key)
            if windows[hash &>> 6] & (1 &<< UInt64(hash & 63)) != 0 && sets.fit(base, position) {
                return position
            }
            position &+= 1
        }
        return nil
    }

    /// The first position in `start..<end` with one of `firstUnits` at the scanner's offset and whose units
    /// fit the sets (and the window set, if any). Blocks of eight units holding none are skipped
    /// whole (`UnitBlockScanner`).
    private static func scan(_ base: UnsafePointer<UInt16>, from start: Int, to end: Int, firstUnits: [UInt16], scanner: UnitBlockScanner,
                             length: Int, windows: UnsafePointer<UInt64>?, sets: Sets) -> Int? {
        func fits(_ position: Int) -> Bool {
            guard sets.fit(base, position, from: 1) else { return false }
            guard let windows else { return true }
            var key: UInt64 = 0
            for offset in 0..<length { key = key &<< 16 | UInt64(base[position &+ offset]) }
            let hash = windowHash(key)
            return windows[hash &>> 6] & (1 &<< UInt64(hash & 63)) != 0
        }
        /// The first lane of a half (four 16-bit lanes, each 0 or 0xFFFF) that fits, as a position.
        @inline(__always) func firstFit(_ half: UInt64, at position: Int) -> Int? {
            var lanes = half
            while lanes != 0 {
                let shift = lanes.trailingZeroBitCount
                if fits(position &+ shift &>> 4) { return position &+ shift &>> 4 }
                lanes &= ~(0xFFFF &<< UInt64(shift))
            }
            return nil
        }
        var position = start
        while true {
            position = scanner.firstBlock(base, from: position, to: end)
            guard position &+ 8 <= end else { break }
            let halves = scanner.hits(base, at: position)
            if let found = firstFit(halves.0, at: position) ?? firstFit(halves.1, at: position &+ 4) { return found }
            position &+= 8
        }
        while position < end {
            if firstUnits.contains(base[position &+ scanner.offset]) && fits(position) { return position }
            position &+= 1
        }
        return nil
    }

    /// A hash below `windowBits` of up to four units packed 16 bits each, first unit highest.
    @inline(__always)
    private static func windowHash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> (64 - 18))
    }
}

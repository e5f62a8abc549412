/// What the first few UTF-16 units of a regex's matches can be, worked out from the pattern by
/// `RegexPatternParser`: for each offset below `depth`, the units a match longer than that offset
/// can hold there (nil: any unit), and which match lengths below `depth` are possible. A search can
/// then skip every position whose next units do not fit (see `RegexCandidateFilter`).
///
/// Conservative: every set is a superset of what the pattern can match; anything unknown is nil.
struct RegexPrefix: Sendable, Equatable {
    /// How many leading units are tracked.
    static let depth = 4

    /// Bit `n` set: a match of exactly `n` units is possible (for `n < depth`).
    var shortLengths: UInt8
    /// For each offset below `depth`: the units a match longer than the offset can hold there
    /// (nil: any unit; empty: no match is that long).
    var units: [[ClosedRange<UInt16>]?]
    /// Every possible match cut to `depth` units (shorter strings are whole matches), when there are
    /// at most `maximumStrings` of them; nil when more, or unknown.
    var strings: Set<Units>?

    /// Up to `depth` UTF-16 units packed into one integer, first unit highest.
    struct Units: Hashable, Sendable {
        /// The units, 16 bits each.
        private(set) var packed: UInt64 = 0
        /// How many units.
        private(set) var count = 0

        init() {}

        init<Source: Sequence<UInt16>>(_ units: Source) {
            for unit in units where count < RegexPrefix.depth { append(unit) }
        }

        /// The unit at `offset`.
        subscript(offset: Int) -> UInt16 { UInt16(truncatingIfNeeded: packed >> UInt64(16 * (count - 1 - offset))) }

        mutating func append(_ unit: UInt16) {
            packed = packed << 16 | UInt64(unit)
            count += 1
        }

        /// The first `length` units.
        func prefix(_ length: Int) -> Units {
            guard length < count else { return self }
            var copy = self
            copy.packed >>= UInt64(16 * (count - length))
            copy.count = length
            return copy
        }
    }

    /// Most prefix strings tracked.
    static let maximumStrings = 4096

    /// Consumes nothing (anchors, lookarounds, empty groups).
    static let empty = RegexPrefix(shortLengths: 1, units: Array(repeating: [], count: depth), strings: [Units()])

    /// Matches anything, of any length (back references, grapheme clusters).
    static let unknown = RegexPrefix(shortLengths: (1 << depth) - 1, units: Array(repeating: nil, count: depth), strings: nil)

    /// One code point not known further (`.`, `\w`, property classes): one or two units, any value.
    static let unknownCharacter: RegexPrefix = {
        var prefix = RegexPrefix(shortLengths: 1 << 1 | 1 << 2, units: Array(repeating: [], count: depth), strings: nil)
        prefix.units[0] = nil
        prefix.units[1] = nil
        return prefix
    }()

    /// Exactly these units.
    static func literal(_ literal: [UInt16]) -> RegexPrefix {
        var prefix = RegexPrefix(shortLengths: literal.count < depth ? 1 << UInt8(literal.count) : 0,
                                 units: Array(repeating: [], count: depth), strings: [Units(literal)])
        for (offset, unit) in literal.prefix(depth).enumerated() { prefix.units[offset] = [unit...unit] }
        return prefix
    }

    /// One character from these unit ranges (ranges of lead surrogates stand for supplementary
    /// characters, which take a second unit of any trail value).
    static func oneOf(_ ranges: [ClosedRange<UInt16>]) -> RegexPrefix {
        let supplementary = ranges.contains { $0.overlaps(0xD800...0xDBFF) }
        let count = ranges.reduce(0) { $0 + $1.count }
        var prefix = RegexPrefix(shortLengths: supplementary ? 1 << 1 | 1 << 2 : 1 << 1,
                                 units: Array(repeating: [], count: depth),
                                 strings: supplementary || count > 64 ? nil : Set(ranges.joined().map { Units([$0]) }))
        prefix.units[0] = ranges
        if supplementary { prefix.units[1] = nil }
        return prefix
    }

    /// One character from these unit ranges (lead surrogate ranges stand for supplementary
    /// characters) read backwards: its last unit first, which for a supplementary character is a
    /// trail surrogate (any), its lead surrogate then not known.
    static func oneOfReversed(_ ranges: [ClosedRange<UInt16>]) -> RegexPrefix {
        let leads: ClosedRange<UInt16> = 0xD800...0xDBFF
        guard ranges.contains(where: { $0.overlaps(leads) }) else { return oneOf(ranges) }
        var last: [ClosedRange<UInt16>] = [0xDC00...0xDFFF]
        for range in ranges {
            if range.lowerBound < leads.lowerBound { last.append(range.lowerBound...min(range.upperBound, leads.lowerBound - 1)) }
            if range.upperBound > leads.upperBound { last.append(max(range.lowerBound, leads.upperBound + 1)...range.upperBound) }
        }
        var prefix = RegexPrefix(shortLengths: 1 << 1 | 1 << 2, units: Array(repeating: [], count: depth), strings: nil)
        prefix.units[0] = last
        prefix.units[1] = nil
        return prefix
    }

    /// This prefix followed by `next`.
    func followed(by next: RegexPrefix) -> RegexPrefix {
        // Every match already has `depth` units: what follows cannot change the leading ones.
        if shortLengths == 0 { return self }
        var result = RegexPrefix(shortLengths: 0, units: units, strings: Self.concatenation(strings, next.strings))
        for length in 0..<Self.depth where shortLengths & (1 << UInt8(length)) != 0 {
            for offset in length..<Self.depth {
                result.units[offset] = Self.union(result.units[offset], next.units[offset - length])
            }
            for nextLength in 0..<(Self.depth - length) where next.shortLengths & (1 << UInt8(nextLength)) != 0 {
                result.shortLengths |= 1 << UInt8(length + nextLength)
            }
        }
        return result
    }

    /// Either this prefix or `other`.
    func or(_ other: RegexPrefix) -> RegexPrefix {
        var result = self
        result.formOr(other)
        return result
    }

    /// Becomes `or(other)`, adding to its own strings in place (an alternation of many branches
    /// then adds each branch's strings once instead of copying the growing set at every branch).
    mutating func formOr(_ other: RegexPrefix) {
        shortLengths |= other.shortLengths
        for offset in units.indices { units[offset] = Self.union(units[offset], other.units[offset]) }
        if let theirs = other.strings, strings != nil {
            strings!.formUnion(theirs)
            if strings!.count > Self.maximumStrings { strings = nil }
        } else {
            strings = nil
        }
    }

    /// This prefix repeated `minimum` to `maximum` times (nil: unbounded).
    func repeated(minimum: Int, maximum: Int?) -> RegexPrefix {
        var result = RegexPrefix.empty
        // Past `depth` copies the leading units cannot change: each further copy either is empty or
        // starts at offset `depth` or later.
        for _ in 0..<min(minimum, Self.depth) { result = result.followed(by: self) }
        let optional = self.or(.empty)
        let extra = maximum.map { max(0, $0 - minimum) } ?? Self.depth
        for _ in 0..<min(extra, Self.depth) { result = result.followed(by: optional) }
        return result
    }

    /// With the other case of every ASCII letter added (for case-insensitive patterns); a set holding
    /// units beyond ASCII that may have case (see `RegexCaselessUnits`) becomes nil, since their
    /// case variants are not worked out here.
    func caseInsensitive() -> RegexPrefix {
        var result = self
        for offset in units.indices {
            guard let ranges = units[offset] else { continue }
            if !ranges.allSatisfy(RegexCaselessUnits.allowsCaseVariants) {
                result.units[offset] = nil
                continue
            }
            var extended = ranges
            for range in ranges {
                for unit in range where RegexPrefilter.otherCase(unit) != unit {
                    extended.append(RegexPrefilter.otherCase(unit)...RegexPrefilter.otherCase(unit))
                }
            }
            result.units[offset] = extended
        }
        result.strings = strings.flatMap(Self.caseVariants)
        return result
    }

    /// Every string with each ASCII letter in either case; nil when a string holds units that may
    /// have case beyond ASCII (their case variants are not worked out here) or when there are too many.
    static func caseVariants(_ strings: Set<Units>) -> Set<Units>? {
        var variants: Set<Units> = []
        for string in strings {
            var forms = [Units()]
            for offset in 0..<string.count {
                let unit = string[offset]
                guard RegexCaselessUnits.allowsCaseVariants(unit) else { return nil }
                let other = RegexPrefilter.otherCase(unit)
                var next: [Units] = []
                for form in forms {
                    for variant in other == unit ? [unit] : [unit, other] {
                        var extended = form
                        extended.append(variant)
                        next.append(extended)
                    }
                }
                forms = next
            }
            variants.formUnion(forms)
            if variants.count > maximumStrings { return nil }
        }
        return variants
    }

    /// Every string of `first` followed by every string of `second`, cut to `depth` (strings of
    /// `first` that are already `depth` long stay as they are); nil when unknown or too many.
    private static func concatenation(_ first: Set<Units>?, _ second: Set<Units>?) -> Set<Units>? {
        guard let first else { return nil }
        // Only the empty string on one side: the other side as it is (never over `maximumStrings`).
        if first.count == 1, first.first!.count == 0 { return second }
        if let second, second.count == 1, second.first!.count == 0 { return first }
        if let second, first.count * second.count > maximumStrings, overflows(first, second) { return nil }
        var result: Set<Units> = []
        result.reserveCapacity(min(first.count * (second?.count ?? 1), maximumStrings + 1))
        for head in first {
            if head.count >= depth {
                result.insert(head)
                continue
            }
            guard let second else { return nil }
            for tail in second {
                var joined = head
                for offset in 0..<min(tail.count, depth - head.count) { joined.append(tail[offset]) }
                result.insert(joined)
                if result.count > maximumStrings { return nil }
            }
        }
        return result
    }

    /// Whether `concatenation` is sure to pass `maximumStrings` (so it is nil without building it):
    /// heads of one length, each followed by distinct beginnings of the tails, give that many
    /// distinct strings (a repeated class such as `[A-Za-z0-9]{1,31}` overflows at its third copy).
    private static func overflows(_ first: Set<Units>, _ second: Set<Units>) -> Bool {
        var headsByLength = [Int](repeating: 0, count: depth)
        for head in first where head.count < depth { headsByLength[head.count] += 1 }
        for length in 0..<depth where headsByLength[length] > 0 {
            let tailBeginnings = Set(second.map { $0.prefix(depth - length) }).count
            if headsByLength[length] * tailBeginnings > maximumStrings { return true }
        }
        return false
    }

    /// The length every match has at least, up to `depth`.
    var minimumLength: Int {
        for length in 0..<Self.depth where shortLengths & (1 << UInt8(length)) != 0 { return length }
        return Self.depth
    }

    private static func union(_ a: [ClosedRange<UInt16>]?, _ b: [ClosedRange<UInt16>]?) -> [ClosedRange<UInt16>]? {
        guard let a, let b else { return nil }
        let union = a + b
        return union.count > 16 ? merged(union) : union
    }

    /// Ranges sorted and merged where they touch or overlap.
    private static func merged(_ ranges: [ClosedRange<UInt16>]) -> [ClosedRange<UInt16>] {
        var result: [ClosedRange<UInt16>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, Int(range.lowerBound) <= Int(last.upperBound) + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}

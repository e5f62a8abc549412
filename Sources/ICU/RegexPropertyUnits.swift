internal import CICUShim
import Synchronization

/// The code points of the regex classes `RegexPatternParser` can read as sets: general categories
/// (`\p{L}`, `\p{Lu}`, `\p{Letter}`, `\P{N}`), `\d` (`\p{Nd}`) and `\s` (White_Space, as ICU
/// defines it), and their negations. Code points come from ICU's own character data; the sets are
/// exact where news text mostly lives (`exactZones`: Latin and General Punctuation) and elsewhere
/// widened to one range per stretch between those zones, with every supplementary code point kept:
/// a superset, which only ever keeps a search, and few ranges for the pattern analysis to carry.
enum RegexPropertyUnits {
    /// ICU's `UCharCategory` values of each category name (short and long, compared loosely).
    private static let categories: [String: [Int32]] = {
        let groups: [(names: [String], values: [Int32])] = [
            (["l", "letter"], [1, 2, 3, 4, 5]),
            (["lc", "l&", "casedletter"], [1, 2, 3]),
            (["lu", "uppercaseletter"], [1]), (["ll", "lowercaseletter"], [2]), (["lt", "titlecaseletter"], [3]),
            (["lm", "modifierletter"], [4]), (["lo", "otherletter"], [5]),
            (["m", "mark", "combiningmark"], [6, 7, 8]),
            (["mn", "nonspacingmark"], [6]), (["me", "enclosingmark"], [7]), (["mc", "spacingmark"], [8]),
            (["n", "number"], [9, 10, 11]),
            (["nd", "decimalnumber", "digit"], [9]), (["nl", "letternumber"], [10]), (["no", "othernumber"], [11]),
            (["z", "separator"], [12, 13, 14]),
            (["zs", "spaceseparator"], [12]), (["zl", "lineseparator"], [13]), (["zp", "paragraphseparator"], [14]),
            (["c", "other"], [0, 15, 16, 17, 18]),
            (["cn", "unassigned"], [0]), (["cc", "control"], [15]), (["cf", "format"], [16]),
            (["co", "privateuse"], [17]), (["cs", "surrogate"], [18]),
            (["p", "punctuation"], [19, 20, 21, 22, 23, 28, 29]),
            (["pd", "dashpunctuation"], [19]), (["ps", "openpunctuation"], [20]), (["pe", "closepunctuation"], [21]),
            (["pc", "connectorpunctuation"], [22]), (["po", "otherpunctuation"], [23]),
            (["pi", "initialpunctuation"], [28]), (["pf", "finalpunctuation"], [29]),
            (["s", "symbol"], [24, 25, 26, 27]),
            (["sm", "mathsymbol"], [24]), (["sc", "currencysymbol"], [25]), (["sk", "modifiersymbol"], [26]),
            (["so", "othersymbol"], [27]),
        ]
        var result: [String: [Int32]] = [:]
        for group in groups { for name in group.names { result[name] = group.values } }
        return result
    }()

    /// Where the sets are exact; between and after these, one range covers all a set holds.
    static let exactZones: [ClosedRange<UInt32>] = [0...0x2FF, 0x2000...0x206F]

    /// BMP ranges by category bit mask, worked out once per process.
    private static let cache = Mutex<[UInt32: [ClosedRange<UInt32>]]>([:])

    /// The code points of `\p{name}` (`\P{name}` when `negated`), nil when `name` is no general category.
    static func ranges(ofProperty name: String, negated: Bool) -> [ClosedRange<UInt32>]? {
        let key = String(name.lowercased().unicodeScalars.filter { !" _-".unicodeScalars.contains($0) })
        guard let values = categories[key] else { return nil }
        let mask = values.reduce(UInt32(0)) { $0 | 1 << UInt32($1) }
        return withSupplementary(bmpRanges(mask: negated ? ~mask : mask))
    }

    /// The code points of `\d`, or of `\D` when `negated`.
    static func digits(negated: Bool) -> [ClosedRange<UInt32>] {
        withSupplementary(bmpRanges(mask: negated ? ~(1 << 9) : 1 << 9))
    }

    /// The code points of `\s`, Unicode's White_Space (tab to carriage return, space, next line,
    /// no-break space and the other separators), or of `\S` when `negated`.
    static func whiteSpace(negated: Bool) -> [ClosedRange<UInt32>] {
        let spaces: [ClosedRange<UInt32>] = [0x09...0x0D, 0x20...0x20, 0x85...0x85, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A,
                                             0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000]
        guard negated else { return spaces }
        var result: [ClosedRange<UInt32>] = []
        var low: UInt32 = 0
        for space in spaces {
            if low < space.lowerBound { result.append(low...(space.lowerBound - 1)) }
            low = space.upperBound + 1
        }
        return result + [low...0x10FFFF]
    }

    /// The BMP code points whose category's bit is set in `mask`, as ranges.
    private static func bmpRanges(mask: UInt32) -> [ClosedRange<UInt32>] {
        if let known = cache.withLock({ $0[mask] }) { return known }
        var capacity = 4096
        while true {
            var starts = [UInt32](repeating: 0, count: capacity)
            var ends = [UInt32](repeating: 0, count: capacity)
            let count = Int(cicu_category_ranges(mask, &starts, &ends, Int32(capacity)))
            guard count <= capacity else {
                capacity = count
                continue
            }
            let result = widened((0..<count).map { starts[$0]...ends[$0] })
            cache.withLock { $0[mask] = result }
            return result
        }
    }

    /// The ranges inside `exactZones`, and for each stretch of the BMP outside them that the ranges
    /// touch, that whole stretch.
    private static func widened(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var stretches: [ClosedRange<UInt32>] = []
        var low: UInt32 = 0
        for zone in exactZones {
            if low < zone.lowerBound { stretches.append(low...(zone.lowerBound - 1)) }
            low = zone.upperBound + 1
        }
        stretches.append(low...0xFFFF)
        var result: [ClosedRange<UInt32>] = []
        for range in ranges {
            for zone in exactZones where zone.overlaps(range) {
                result.append(max(zone.lowerBound, range.lowerBound)...min(zone.upperBound, range.upperBound))
            }
        }
        for stretch in stretches where ranges.contains(where: { $0.overlaps(stretch) }) { result.append(stretch) }
        return result.sorted { $0.lowerBound < $1.lowerBound }
    }

    private static func withSupplementary(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        ranges + [0x10000...0x10FFFF]
    }
}

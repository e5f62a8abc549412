/// A quick test run before a regex search: when a text cannot hold what every match needs (see
/// `RegexLiteralAnalyzer`), the search is skipped. Exact: it only skips searches that would find nothing.
struct RegexPrefilter: Sendable {
    /// One requirement read ahead of time into what the fingerprint is asked.
    private enum Check: Sendable {
        /// A literal: each unit present (in either case when case-insensitive: one of two masks),
        /// then every run bit set.
        case literal(units: [(word: Int, mask: UInt64, otherWord: Int, otherMask: UInt64)], runBits: [Int])
        /// Some unit of these ranges present.
        case units([ClosedRange<UInt16>])
    }

    /// Alternatives, of which a text must meet one: each a list of checks that all hold.
    private let branches: [[Check]]
    private let caseInsensitive: Bool

    /// A filter for a pattern, or nil when nothing useful is known (or, for a case-insensitive
    /// pattern, a requirement holds characters other than ASCII).
    init?(reading: RegexLiteralAnalyzer.Reading, caseInsensitive: Bool, comments: Bool) {
        guard !comments, let (condition, inlineCaseInsensitive) = RegexLiteralAnalyzer.analyze(reading) else { return nil }
        let caseInsensitive = caseInsensitive || inlineCaseInsensitive
        if caseInsensitive {
            for requirement in condition.joined() {
                switch requirement {
                case .literal(let units): if units.contains(where: { $0 >= 0x80 }) { return nil }
                case .units(let ranges): if ranges.contains(where: { $0.upperBound >= 0x80 }) { return nil }
                }
            }
        }
        let requirements = caseInsensitive ? condition.map { $0.map(Self.withOtherCases) } : condition
        branches = requirements.map { $0.map { Self.check($0, caseInsensitive: caseInsensitive) } }
        self.caseInsensitive = caseInsensitive
    }

    /// A requirement as the fingerprint is asked about it.
    private static func check(_ requirement: RegexLiteralAnalyzer.Requirement, caseInsensitive: Bool) -> Check {
        switch requirement {
        case .literal(let units):
            let unitChecks = units.map { unit -> (word: Int, mask: UInt64, otherWord: Int, otherMask: UInt64) in
                let other = caseInsensitive ? otherCase(unit) : unit
                return (Int(unit >> 6), 1 << UInt64(unit & 63), Int(other >> 6), 1 << UInt64(other & 63))
            }
            return .literal(units: unitChecks, runBits: TextFingerprint.runBits(of: units, folded: caseInsensitive))
        case .units(let ranges):
            return .units(ranges)
        }
    }

    /// Whether the text may hold a match (false: it certainly does not).
    func mayMatch(_ fingerprint: TextFingerprint) -> Bool {
        if caseInsensitive && fingerprint.hasASCIIFoldingCharacters { return true }
        return branches.contains { branch in branch.allSatisfy { Self.holds($0, fingerprint) } }
    }

    private static func holds(_ check: Check, _ fingerprint: TextFingerprint) -> Bool {
        switch check {
        case .literal(let units, let runBits):
            return units.allSatisfy { fingerprint.hasUnitBits(word: $0.word, mask: $0.mask) || fingerprint.hasUnitBits(word: $0.otherWord, mask: $0.otherMask) }
                && fingerprint.hasRunBits(runBits)
        case .units(let ranges):
            return ranges.contains(where: fingerprint.containsAnyUnit)
        }
    }

    /// For a case-insensitive match: unit sets also hold the other case of their ASCII letters.
    private static func withOtherCases(_ requirement: RegexLiteralAnalyzer.Requirement) -> RegexLiteralAnalyzer.Requirement {
        guard case .units(let ranges) = requirement else { return requirement }
        var extended = ranges
        for range in ranges {
            for unit in range where otherCase(unit) != unit { extended.append(otherCase(unit)...otherCase(unit)) }
        }
        return .units(extended)
    }

    /// The other case of an ASCII letter; any other unit is itself.
    static func otherCase(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x41...0x5A: return unit + 0x20
        case 0x61...0x7A: return unit - 0x20
        default: return unit
        }
    }
}

/// A quick test run before a regex search: when a text cannot hold what every match needs (see
/// `RegexLiteralAnalyzer`), the search is skipped. Exact: it only skips searches that would find nothing.
struct RegexPrefilter: Sendable {
    private let condition: RegexLiteralAnalyzer.Condition
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
        self.condition = caseInsensitive ? condition.map { $0.map(Self.withOtherCases) } : condition
        self.caseInsensitive = caseInsensitive
    }

    /// Whether the text may hold a match (false: it certainly does not).
    func mayMatch(_ fingerprint: TextFingerprint) -> Bool {
        if caseInsensitive && fingerprint.hasASCIIFoldingCharacters { return true }
        return condition.contains { branch in branch.allSatisfy { mayHold($0, fingerprint) } }
    }

    private func mayHold(_ requirement: RegexLiteralAnalyzer.Requirement, _ fingerprint: TextFingerprint) -> Bool {
        switch requirement {
        case .literal(let units):
            let present = caseInsensitive
                ? units.allSatisfy { fingerprint.containsUnit($0) || fingerprint.containsUnit(Self.otherCase($0)) }
                : units.allSatisfy(fingerprint.containsUnit)
            return present && fingerprint.mayContain(units, folded: caseInsensitive)
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

/// What a regex match requires of the text around where it starts, beyond the units it consumes:
/// the lookarounds it passes (`[,.](?=[:;]\s)` puts `:` or `;` one unit after the start, although
/// the match is one unit long; `(?<=the )x` puts a space one unit before it). Each requirement names
/// an offset from the match start (negative: before it) and the units allowed there; every match
/// meets all of them. Exact: a lookaround that cannot be placed or read adds no requirement.
struct RegexTextConstraint: Sendable, Equatable {
    /// The units allowed at one offset from the match start.
    struct Requirement: Sendable, Equatable {
        /// Units after the match start (negative: before it).
        var offset: Int
        /// The allowed units (ranges of lead surrogates stand for supplementary characters).
        var units: [ClosedRange<UInt16>]
    }

    /// The text just before an offset from the match start, read backwards, is one of some strings.
    struct EndingRequirement: Sendable, Equatable {
        /// Units after the match start where the strings end (negative: before it).
        var offset: Int
        /// The strings read backwards, at most `RegexPrefix.depth` units each (shorter ones whole):
        /// the last units of a lookbehind's matches.
        var reversedStrings: Set<RegexPrefix.Units>
    }

    /// Requirements that all hold.
    private(set) var requirements: [Requirement] = []
    /// Requirements on whole strings (from lookbehinds), that all hold too.
    private(set) var endings: [EndingRequirement] = []

    /// Requires nothing.
    static let none = RegexTextConstraint()

    /// Whether nothing is required.
    var isEmpty: Bool { requirements.isEmpty && endings.isEmpty }

    /// The requirements of a positive lookahead whose every attempt starts `offset` units after the
    /// match start, with `prefix` the leading units of what it looks for: the units every match of
    /// the lookahead holds (those below its minimum length).
    static func lookahead(_ prefix: RegexPrefix, at offset: Int) -> RegexTextConstraint {
        var result = RegexTextConstraint()
        for index in 0..<prefix.minimumLength {
            guard let units = prefix.units[index] else { continue }
            result.requirements.append(Requirement(offset: offset + index, units: units))
        }
        return result
    }

    /// The requirements of a positive lookbehind standing `offset` units after the match start, with
    /// `suffix` the last units of what it looks for read backwards: the units every match of the
    /// lookbehind holds just before `offset` (those below its minimum length).
    static func lookbehind(_ suffix: RegexPrefix, at offset: Int) -> RegexTextConstraint {
        var result = RegexTextConstraint()
        for index in 0..<suffix.minimumLength {
            guard let units = suffix.units[index] else { continue }
            result.requirements.append(Requirement(offset: offset - 1 - index, units: units))
        }
        // A lookbehind that may match nothing requires no string.
        if let strings = suffix.strings, !strings.contains(where: { $0.count == 0 }) {
            result.endings.append(EndingRequirement(offset: offset, reversedStrings: strings))
        }
        return result
    }

    /// These requirements for a part that starts `distance` units after the match start.
    func shifted(by distance: Int) -> RegexTextConstraint {
        var result = self
        for index in result.requirements.indices { result.requirements[index].offset += distance }
        for index in result.endings.indices { result.endings[index].offset += distance }
        return result
    }

    /// Adds the requirements of `other` (both hold).
    mutating func formIntersection(_ other: RegexTextConstraint) {
        requirements += other.requirements
        endings += other.endings
    }

    /// With the other case of every ASCII letter added (for case-insensitive patterns); requirements
    /// holding units that may have case beyond ASCII (see `RegexCaselessUnits`) are dropped, since
    /// their case variants are not worked out here.
    func caseInsensitive() -> RegexTextConstraint {
        var result = RegexTextConstraint()
        for requirement in requirements where requirement.units.allSatisfy(RegexCaselessUnits.allowsCaseVariants) {
            var extended = requirement.units
            for range in requirement.units {
                for unit in range where RegexPrefilter.otherCase(unit) != unit {
                    extended.append(RegexPrefilter.otherCase(unit)...RegexPrefilter.otherCase(unit))
                }
            }
            result.requirements.append(Requirement(offset: requirement.offset, units: extended))
        }
        for ending in endings {
            guard let variants = RegexPrefix.caseVariants(ending.reversedStrings) else { continue }
            result.endings.append(EndingRequirement(offset: ending.offset, reversedStrings: variants))
        }
        return result
    }
}

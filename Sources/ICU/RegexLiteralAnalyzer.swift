/// Works out from an ICU regex what a text must hold for the regex to match anywhere in it: for
/// each alternative, literals that must appear and sets of characters one of which must appear
/// (from character classes and single characters). A text lacking them cannot match, so the search
/// can be skipped. When the pattern is too intricate to be sure, the answer is nil (no filter).
///
/// Conservative by construction: anything not understood (comments mode, unknown escapes) gives
/// up; optional or repeated parts, negative lookarounds, anchors, inline flags and classes it cannot
/// read only cut requirements short, never add to them (what a positive lookaround looks for must be
/// in the text too, so it counts); an inline `i` flag anywhere makes the whole
/// analysis case-insensitive.
enum RegexLiteralAnalyzer {
    /// Something every match of one alternative contains.
    enum Requirement: Hashable, Sendable {
        /// This exact run of UTF-16 units.
        case literal([UInt16])
        /// At least one unit in these ranges.
        case units([ClosedRange<UInt16>])
    }

    /// Alternatives of which every match satisfies one; each alternative is a list of requirements that all hold.
    typealias Condition = [[Requirement]]

    /// Most alternatives kept; with more, the pattern is not filtered.
    static let maximumAlternatives = 256

    /// The literals (as UTF-16) of which every match contains at least one, or nil when unknown
    /// (only for conditions made of one literal per alternative).
    static func requiredLiterals(in pattern: String) -> [[UInt16]]? {
        guard let condition = analyze(pattern)?.condition else { return nil }
        var literals: [[UInt16]] = []
        for branch in condition {
            let longest = branch.compactMap { requirement -> [UInt16]? in
                if case .literal(let units) = requirement { return units } else { return nil }
            }.max { $0.count < $1.count }
            guard let longest else { return nil }
            if !literals.contains(longest) { literals.append(longest) }
        }
        return literals
    }

    /// What a pattern (or part of one) tells about its matches.
    struct Analysis {
        /// What a text must hold for a match.
        var condition: Condition
        /// The units a match can start with (nil: unknown).
        var firstUnits: [ClosedRange<UInt16>]?
        /// Whether a match may be empty (then it need not start with any unit).
        var nullable: Bool
        /// What the leading units of a match can be.
        var prefix: RegexPrefix
        /// What the lookarounds of a match require of the text around its start.
        var constraint: RegexTextConstraint
        /// What the last units of a match can be, read backwards (a `RegexPrefix` of the reversed
        /// pattern); nil when not tracked (only inside positive lookbehinds).
        var suffix: RegexPrefix?
        /// The units every match is, when the pattern is characters matched as written and nothing
        /// else (`, ` in the group `(, )`): a group of them joins the literal around it.
        var exactLiteral: [UInt16]? = nil
    }

    /// One reading of a pattern by `RegexPatternParser`, shared by the filters built from it.
    struct Reading {
        /// What the whole pattern tells; nil when it is not understood.
        let analysis: Analysis?
        /// Whether an inline flag turns case-insensitive matching on somewhere.
        let caseInsensitive: Bool
        /// Whether something of unknown length (a back reference, `\X`) leaves match prefixes unknown.
        let variableLength: Bool

        init(_ pattern: String) {
            var parser = RegexPatternParser(scalars: Array(pattern.unicodeScalars))
            parser.tracksPrefixes = true
            let analysis = parser.alternation()
            self.analysis = parser.index == parser.scalars.count && !parser.gaveUp ? analysis : nil
            caseInsensitive = parser.sawCaseInsensitiveFlag
            variableLength = parser.sawVariableLength
        }
    }

    /// What a text must hold for the pattern to match, and whether an inline flag turns case-insensitive
    /// matching on somewhere; nil when nothing is known.
    static func analyze(_ pattern: String) -> (condition: Condition, caseInsensitive: Bool)? {
        analyze(Reading(pattern))
    }

    /// `analyze` for a pattern already read.
    static func analyze(_ reading: Reading) -> (condition: Condition, caseInsensitive: Bool)? {
        guard let analysis = reading.analysis, !analysis.condition.contains(where: \.isEmpty) else { return nil }
        return (analysis.condition, reading.caseInsensitive)
    }

    /// The units every non-empty match starts with, and whether an inline flag turns case-insensitive
    /// matching on; nil when unknown or when a match may be empty.
    static func firstUnits(_ reading: Reading) -> (units: [ClosedRange<UInt16>], caseInsensitive: Bool)? {
        guard let analysis = reading.analysis, !analysis.nullable, let units = analysis.firstUnits else { return nil }
        return (units, reading.caseInsensitive)
    }

    /// What the leading units of every match can be (with the other case of ASCII letters when the
    /// pattern is case-insensitive), or nil when the pattern is not understood.
    /// Also tells whether the pattern matches case-insensitively (by option or inline flag).
    static func prefix(_ pattern: String, caseInsensitive: Bool) -> (prefix: RegexPrefix, caseInsensitive: Bool)? {
        prefix(Reading(pattern), caseInsensitive: caseInsensitive)
    }

    /// `prefix` for a pattern already read.
    static func prefix(_ reading: Reading, caseInsensitive: Bool) -> (prefix: RegexPrefix, caseInsensitive: Bool)? {
        guard let analysis = reading.analysis, !reading.variableLength else { return nil }
        let caseInsensitive = caseInsensitive || reading.caseInsensitive
        return (caseInsensitive ? analysis.prefix.caseInsensitive() : analysis.prefix, caseInsensitive)
    }

    /// What the lookarounds of every match require of the text around its start (with the other case
    /// of ASCII letters when the pattern is case-insensitive), or nil when the pattern is not understood.
    static func constraint(_ reading: Reading, caseInsensitive: Bool) -> RegexTextConstraint? {
        guard let analysis = reading.analysis, !reading.variableLength else { return nil }
        return caseInsensitive || reading.caseInsensitive ? analysis.constraint.caseInsensitive() : analysis.constraint
    }

    static func isLineAnchored(_ pattern: String) -> Bool {
        let scalars = Array(pattern.unicodeScalars)
        guard scalars.first == "^", scalars.count < 2 || !"?*+{".unicodeScalars.contains(scalars[1]) else { return false }
        var depth = 0
        var inClass = 0
        var index = 1
        while index < scalars.count {
            switch scalars[index] {
            case "\\" where index + 1 < scalars.count && scalars[index + 1] == "Q":
                index += 2
                while index + 1 < scalars.count && !(scalars[index] == "\\" && scalars[index + 1] == "E") { index += 1 }
                index += 1
            case "\\": index += 1
            case "[": inClass += 1
            case "]" where inClass > 0: inClass -= 1
            case "(" where inClass == 0: depth += 1
            case ")" where inClass == 0: depth -= 1
            case "|" where inClass == 0 && depth == 0: return false
            default: break
            }
            index += 1
        }
        return true
    }
}

/// Reads an ICU regex pattern atom by atom for `RegexLiteralAnalyzer`: what each part requires of
/// a text, what a match can start with, and whether it may be empty. Gives up (`gaveUp`) on
/// anything it does not understand.
struct RegexPatternParser {
    let scalars: [Unicode.Scalar]
    var index = 0
    var gaveUp = false
    var sawCaseInsensitiveFlag = false
    /// Whether the pattern holds something of unknown length (a back reference, `\X`), which
    /// leaves its match prefixes unknown.
    var sawVariableLength = false
    /// Whether to work out match prefixes (`RegexPrefix`), which costs more than the rest.
    var tracksPrefixes = false
    /// Whether to work out match suffixes read backwards (`Analysis.suffix`): inside a positive
    /// lookbehind whose pattern tracks prefixes, where they tell the units before a match.
    var tracksSuffixes = false

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    /// Branches separated by `|` up to a `)` or the end. A branch with no requirement makes
    /// the whole alternation requirement-free (`[[]]`).
    mutating func alternation() -> RegexLiteralAnalyzer.Analysis {
        var union: RegexLiteralAnalyzer.Condition = []
        var first: [ClosedRange<UInt16>]? = []
        var nullable = false
        var prefix: RegexPrefix?
        var constraint: RegexTextConstraint?
        var suffix: RegexPrefix?
        var branches = 0
        var exactLiteral: [UInt16]?
        while true {
            let branch = sequence()
            branches += 1
            exactLiteral = branches == 1 ? branch.exactLiteral : nil
            // With several branches, a match meets the constraint of one of them only: none is kept.
            constraint = branches == 1 ? branch.constraint : RegexTextConstraint.none
            union += branch.condition
            first = first.flatMap { known in branch.firstUnits.map { known + $0 } }
            nullable = nullable || branch.nullable
            if tracksPrefixes {
                if prefix == nil { prefix = branch.prefix } else { prefix!.formOr(branch.prefix) }
            }
            if let branchSuffix = branch.suffix {
                if suffix == nil { suffix = branchSuffix } else { suffix!.formOr(branchSuffix) }
            }
            guard current == "|" else { break }
            index += 1
        }
        var unique: RegexLiteralAnalyzer.Condition = []
        if union.contains(where: \.isEmpty) || union.count > RegexLiteralAnalyzer.maximumAlternatives {
            unique = [[]]
        } else {
            // Each distinct branch once, in order (a hash set spares comparing every pair).
            var seen = Set<[RegexLiteralAnalyzer.Requirement]>(minimumCapacity: union.count)
            for branch in union where seen.insert(branch).inserted { unique.append(branch) }
        }
        return RegexLiteralAnalyzer.Analysis(condition: unique, firstUnits: first, nullable: nullable, prefix: prefix ?? .empty,
                                             constraint: constraint ?? .none, suffix: tracksSuffixes ? suffix : nil,
                                             exactLiteral: exactLiteral)
    }

    /// A concatenation: everything its parts require. Of the groups with several alternatives, only
    /// the first is kept (each of its alternatives with the rest of the sequence's requirements);
    /// combining two would multiply their alternatives.
    mutating func sequence() -> RegexLiteralAnalyzer.Analysis {
        var required: [RegexLiteralAnalyzer.Requirement] = []
        var alternatives: RegexLiteralAnalyzer.Condition?
        var run: [UInt16] = []
        // The units a match can start with: gathered until an atom that must consume input.
        var first: [ClosedRange<UInt16>]? = []
        var mustConsume = false
        var prefix = RegexPrefix.empty
        // Literal units not yet added to `prefix` (added as one literal, not unit by unit).
        var pendingLiteral: [UInt16] = []
        // What the lookarounds met so far require of the text (see `RegexTextConstraint`).
        var constraint = RegexTextConstraint.none
        // Each part read backwards, when tracking suffixes (see `Analysis.suffix`).
        var reversedParts: [RegexPrefix] = []
        // The units of the sequence while it is only unquantified literal characters (nil after anything else).
        var exactLiteral: [UInt16]? = []
        func appendReversed(_ part: @autoclosure () -> RegexPrefix, _ quantifier: Quantifier) {
            guard tracksSuffixes else { return }
            let part = part()
            reversedParts.append(quantifier.present ? part.repeated(minimum: quantifier.minimum, maximum: quantifier.maximum) : part)
        }
        /// Adds what a lookahead or unquantified group requires of the text, when every match of the
        /// sequence so far has one length (so the part starts at a known offset): one possible
        /// length below `depth`, and no match longer than it (no unit at that offset).
        func constrain(_ part: RegexTextConstraint) {
            guard tracksPrefixes, !part.isEmpty else { return }
            appendPendingLiteral()
            guard prefix.shortLengths != 0, prefix.shortLengths & (prefix.shortLengths - 1) == 0 else { return }
            let length = prefix.shortLengths.trailingZeroBitCount
            guard let beyond = prefix.units[length], beyond.isEmpty else { return }
            constraint.formIntersection(part.shifted(by: length))
        }
        func append(_ atom: @autoclosure () -> RegexPrefix, _ quantifier: Quantifier) {
            guard tracksPrefixes else { return }
            appendPendingLiteral()
            let atom = atom()
            prefix = prefix.followed(by: quantifier.present
                ? atom.repeated(minimum: quantifier.minimum, maximum: quantifier.maximum) : atom)
        }
        func appendPendingLiteral() {
            guard !pendingLiteral.isEmpty else { return }
            prefix = prefix.followed(by: .literal(pendingLiteral))
            pendingLiteral = []
        }
        func flush() {
            if !run.isEmpty { required.append(.literal(run)) }
            run = []
        }
        func starts(with units: @autoclosure () -> [ClosedRange<UInt16>]?, consumes: Bool) {
            guard !mustConsume else { return }
            first = first.flatMap { known in units().map { known + $0 } }
            mustConsume = consumes
        }
        // Characters matched as written (`units` of one or more scalars).
        func literal<Units: Collection<UInt16>>(_ units: Units, scalarCount: Int) {
            let quantified = quantifier()
            let (minimum, present) = (quantified.minimum, quantified.present)
            if present { exactLiteral = nil } else { exactLiteral?.append(contentsOf: units) }
            if present && scalarCount > 1 { sawVariableLength = true }
            appendReversed(.literal(units.reversed()), quantified)
            if present {
                append(.literal(Array(units)), quantified)
            } else if tracksPrefixes && prefix.shortLengths != 0 {
                pendingLiteral.append(contentsOf: units)
            }
            let unit = units.first!
            starts(with: [unit...unit], consumes: minimum > 0)
            if !present {
                run.append(contentsOf: units)
            } else {
                if minimum > 0 { run.append(contentsOf: units) }
                flush()
            }
        }
        while let scalar = current, scalar != "|", scalar != ")", !gaveUp {
            // A character that stands for itself, read without making an atom.
            if !Self.isSyntax(scalar) {
                index += 1
                literal(scalar.utf16, scalarCount: 1)
                continue
            }
            let atom = atom()
            if case .literal = atom {} else { exactLiteral = nil }
            switch atom {
            case .literal(let units):
                literal(units, scalarCount: String(decoding: units, as: UTF16.self).unicodeScalars.count)
            case .units(let ranges):
                flush()
                let quantified = quantifier()
                let (minimum, present) = (quantified.minimum, quantified.present)
                append(.oneOf(ranges), quantified)
                appendReversed(Self.reversedCharacter(ranges), quantified)
                starts(with: ranges, consumes: minimum > 0)
                if !present || minimum > 0 { required.append(.units(ranges)) }
            case .group(let analysis):
                flush()
                let quantified = quantifier()
                let (minimum, present) = (quantified.minimum, quantified.present)
                if !present { constrain(analysis.constraint) }
                append(analysis.prefix, quantified)
                appendReversed(analysis.suffix ?? .unknown, quantified)
                starts(with: analysis.firstUnits, consumes: minimum > 0 && !analysis.nullable)
                guard !present || minimum > 0 else { break }
                let condition = analysis.condition
                if condition.count == 1 {
                    required += condition[0]
                } else if alternatives == nil {
                    alternatives = condition
                }
            case .assertion(let condition, let lookahead, let lookbehind):
                flush()
                let quantified = quantifier()
                if condition.count == 1 { required += condition[0] }
                if let lookahead, !quantified.present { constrain(.lookahead(lookahead, at: 0)) }
                if let lookbehind, !quantified.present { constrain(.lookbehind(lookbehind, at: 0)) }
            case .zeroWidth:
                flush()
                _ = quantifier()
            case .other:
                flush()
                let quantified = quantifier()
                append(.unknownCharacter, quantified)
                appendReversed(.unknownCharacter, quantified)
                starts(with: nil, consumes: quantified.minimum > 0)
            }
        }
        flush()
        if tracksPrefixes { appendPendingLiteral() }
        var suffix: RegexPrefix?
        if tracksSuffixes {
            suffix = .empty
            for part in reversedParts.reversed() where suffix!.shortLengths != 0 { suffix = suffix!.followed(by: part) }
        }
        let condition = alternatives.map { $0.map { $0 + required } } ?? [required]
        return RegexLiteralAnalyzer.Analysis(condition: condition, firstUnits: first, nullable: !mustConsume, prefix: prefix,
                                             constraint: constraint, suffix: suffix, exactLiteral: exactLiteral)
    }

    enum Atom {
        /// Characters matched as written.
        case literal([UInt16])
        /// One character from these ranges.
        case units([ClosedRange<UInt16>])
        /// A group.
        case group(RegexLiteralAnalyzer.Analysis)
        /// A positive lookaround: consumes nothing, but what it looks for is in the text (read while
        /// prefixes are tracked, a lookahead comes with the leading units of what it looks for, a
        /// lookbehind with its last units read backwards).
        case assertion(RegexLiteralAnalyzer.Condition, lookahead: RegexPrefix?, lookbehind: RegexPrefix?)
        /// Anchors, negative lookarounds, inline flags, comments: consume nothing, require nothing.
        case zeroWidth
        /// Anything else (., \w, classes not read, back references): consumes, requires nothing known.
        case other
    }

    mutating func atom() -> Atom {
        let scalar = scalars[index]
        index += 1
        switch scalar {
        case "(": return group()
        case "[": return characterClass()
        case "^", "$": return .zeroWidth
        case ".": return .other
        case "\\": return escape()
        case "*", "+", "?", "{":
            gaveUp = true  // a quantifier with nothing before it: not understood
            return .other
        default: return .literal(Array(scalar.utf16))
        }
    }

    /// One character from these unit ranges read backwards (`RegexPrefix.oneOfReversed`): the same
    /// unit in the BMP; for supplementary characters (lead surrogate ranges) a trail surrogate first.
    static func reversedCharacter(_ ranges: [ClosedRange<UInt16>]) -> RegexPrefix {
        .oneOfReversed(ranges)
    }

    /// Whether `atom()` reads a scalar as anything but the character itself.
    static func isSyntax(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "^", "$", ".", "\\", "*", "+", "?", "{": return true
        default: return false
        }
    }

    mutating func group() -> Atom {
        var negative = false  // a negative lookaround requires nothing; a positive one what it looks for
        var isLookaround = false
        var isLookbehind = false
        if current == "?" {
            index += 1
            guard let kind = current else { gaveUp = true; return .other }
            switch kind {
            case ":", ">": index += 1
            case "=", "!":
                negative = kind == "!"
                isLookaround = true
                index += 1
            case "<":
                index += 1
                if current == "=" || current == "!" {
                    negative = current == "!"
                    isLookaround = true
                    isLookbehind = true
                    index += 1
                } else {
                    while let next = current, next != ">" { index += 1 }  // named group
                    index += 1
                }
            case "#":
                while let next = current, next != ")" { index += 1 }  // a comment
                index += 1
                return .zeroWidth
            default:
                return flags()
            }
        }
        // A lookaround consumes nothing: only a positive lookahead's match prefixes are used (they
        // constrain the text after the point where it stands), and a positive lookbehind's
        // suffixes (the text before it).
        let (tracked, trackedSuffixes) = (tracksPrefixes, tracksSuffixes)
        let tracksLookahead = tracked && isLookaround && !negative && !isLookbehind
        let tracksLookbehind = tracked && !negative && isLookbehind
        if isLookaround && !tracksLookahead { tracksPrefixes = false }
        if isLookaround { tracksSuffixes = tracksLookbehind }
        let analysis = alternation()
        (tracksPrefixes, tracksSuffixes) = (tracked, trackedSuffixes)
        guard current == ")" else { gaveUp = true; return .other }
        index += 1
        if negative { return .zeroWidth }
        guard isLookaround else {
            // An unquantified group of literal characters alone (`(, )`, `(?:ab)`) is read as those
            // characters, so they join the literal around it (`. , ` in `\.(, )`) instead of breaking it.
            if let exact = analysis.exactLiteral, !exact.isEmpty, !gaveUp,
               !(current.map { "?*+{".unicodeScalars.contains($0) } ?? false) {
                return .literal(exact)
            }
            return .group(analysis)
        }
        return .assertion(analysis.condition, lookahead: tracksLookahead ? analysis.prefix : nil,
                          lookbehind: tracksLookbehind ? analysis.suffix : nil)
    }

    /// Inline flags after `(?`: `(?i)`, `(?m-s)`, or a scoped group `(?i:...)`.
    mutating func flags() -> Atom {
        while let scalar = current, "imswxuUdb-".unicodeScalars.contains(scalar) {
            if scalar == "x" { gaveUp = true }  // comments mode changes what is literal
            if scalar == "i" { sawCaseInsensitiveFlag = true }
            index += 1
        }
        switch current {
        case ")":
            index += 1
            return .zeroWidth
        case ":":
            index += 1
            let analysis = alternation()
            guard current == ")" else { gaveUp = true; return .other }
            index += 1
            return .group(analysis)
        default:
            gaveUp = true
            return .other
        }
    }

    /// A character class after `[`: its ranges when it lists only characters and ranges of them,
    /// else `.other` (negated, nested, property or shorthand classes are skipped, not read).
    mutating func characterClass() -> Atom {
        let start = index
        skipClass()
        guard !gaveUp else { return .other }
        var reader = RegexPatternParser(scalars: Array(scalars[start..<(index - 1)]))
        // Negated classes, and [:Property:] sets, are not lists of characters.
        guard reader.current != "^", !(reader.scalars.first == ":" && reader.scalars.last == ":") else { return .other }
        var ranges: [ClosedRange<UInt32>] = []
        while reader.current != nil {
            // A set inside the class (`[\p{L}\d’]`): its code points.
            if reader.current == "\\", reader.index + 1 < reader.scalars.count, Self.isSetEscape(reader.scalars[reader.index + 1]) {
                reader.index += 2
                guard let set = reader.escapedSet(reader.scalars[reader.index - 1]), reader.current != "-" else { return .other }
                ranges += set
                continue
            }
            guard let low = reader.classMember() else { return .other }
            var high = low
            if reader.current == "-", reader.index + 1 < reader.scalars.count {
                reader.index += 1
                guard let upper = reader.classMember(), upper >= low else { return .other }
                high = upper
            }
            ranges.append(low...high)
        }
        guard !ranges.isEmpty else { return .other }
        return .units(ranges.flatMap(Self.utf16Ranges))
    }

    /// One member of a class: a character or an escape standing for one; nil for anything else.
    mutating func classMember() -> UInt32? {
        guard let scalar = current else { return nil }
        index += 1
        switch scalar {
        case "[", "]", "&": return nil
        case "\\":
            guard case .literal(let units) = escape(), !gaveUp else { gaveUp = false; return nil }
            let members = String(decoding: units, as: UTF16.self).unicodeScalars
            return members.count == 1 ? members.first?.value : nil
        default: return scalar.value
        }
    }

    /// The UTF-16 units a range of code points can show up as: itself in the BMP, its lead surrogates above.
    static func utf16Ranges(_ range: ClosedRange<UInt32>) -> [ClosedRange<UInt16>] {
        var result: [ClosedRange<UInt16>] = []
        if range.lowerBound <= 0xFFFF {
            result.append(UInt16(range.lowerBound)...UInt16(min(range.upperBound, 0xFFFF)))
        }
        if range.upperBound > 0xFFFF {
            let low = max(range.lowerBound, 0x10000)
            result.append(UInt16(0xD800 + ((low - 0x10000) >> 10))...UInt16(0xD800 + ((range.upperBound - 0x10000) >> 10)))
        }
        return result
    }

    /// An escape after `\`: a literal character, or something that matches many.
    mutating func escape() -> Atom {
        guard let scalar = current else { gaveUp = true; return .other }
        index += 1
        switch scalar {
        case "t": return .literal([0x09])
        case "n": return .literal([0x0A])
        case "r": return .literal([0x0D])
        case "f": return .literal([0x0C])
        case "a": return .literal([0x07])
        case "e": return .literal([0x1B])
        case "u": return hexLiteral(digits: 4)
        case "U": return hexLiteral(digits: 8)
        case "x":
            if current == "{" {
                index += 1
                var digits = 0
                while let next = current, next != "}" { index += 1; digits += 1 }
                index += 1
                return hexValue(scalars[(index - 1 - digits)..<(index - 1)])
            }
            return hexLiteral(digits: 2)
        case "Q":
            var units: [UInt16] = []
            while index < scalars.count {
                if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1] == "E" { index += 2; break }
                units += Array(scalars[index].utf16)
                index += 1
            }
            return units.isEmpty ? .other : .literal(units)
        case _ where Self.isSetEscape(scalar):
            return escapedSet(scalar).map { .units($0.flatMap(Self.utf16Ranges)) } ?? .other
        case "N":
            if current == "{" {
                while let next = current, next != "}" { index += 1 }
                index += 1
            }
            return .other
        case "k":
            sawVariableLength = true
            if current == "<" {
                while let next = current, next != ">" { index += 1 }
                index += 1
            }
            return .other
        case "b", "B", "A", "z", "Z", "G":
            return .zeroWidth
        case "X":
            sawVariableLength = true
            return .other
        case "w", "W", "h", "H", "v", "V", "R":
            return .other
        default:
            if scalar.properties.numericType != nil || scalar == "c" || scalar.properties.isAlphabetic {
                if ("1"..."9").contains(scalar) || scalar == "0" {  // back reference or octal
                    if scalar != "0" { sawVariableLength = true }
                    while let next = current, ("0"..."9").contains(next) { index += 1 }
                    return .other
                }
                gaveUp = true  // an escape this analyzer does not know
                return .other
            }
            return .literal(Array(scalar.utf16))
        }
    }

    /// Whether an escape letter stands for a set of characters this parser reads (`\p{..}`, `\P{..}`,
    /// `\d`, `\D`, `\s`, `\S`).
    static func isSetEscape(_ letter: Unicode.Scalar) -> Bool {
        letter == "p" || letter == "P" || letter == "d" || letter == "D" || letter == "s" || letter == "S"
    }

    /// The code points of the set an escape letter stands for, read after it (`p{L}`, `d`, `S`;
    /// `RegexPropertyUnits`), nil when it is none this parser knows (`\p{Han}`).
    mutating func escapedSet(_ letter: Unicode.Scalar) -> [ClosedRange<UInt32>]? {
        switch letter {
        case "d", "D": return RegexPropertyUnits.digits(negated: letter == "D")
        case "s", "S": return RegexPropertyUnits.whiteSpace(negated: letter == "S")
        default: break
        }
        var name = ""
        if current == "{" {
            index += 1
            while let next = current, next != "}" {
                name.unicodeScalars.append(next)
                index += 1
            }
            guard current == "}" else { gaveUp = true; return nil }
            index += 1
        }
        return RegexPropertyUnits.ranges(ofProperty: name, negated: letter == "P")
    }

    mutating func hexLiteral(digits: Int) -> Atom {
        guard index + digits <= scalars.count else { gaveUp = true; return .other }
        let slice = scalars[index..<(index + digits)]
        index += digits
        return hexValue(slice)
    }

    mutating func hexValue(_ digits: ArraySlice<Unicode.Scalar>) -> Atom {
        guard let value = UInt32(String(String.UnicodeScalarView(digits)), radix: 16), let scalar = Unicode.Scalar(value) else {
            gaveUp = true
            return .other
        }
        return .literal(Array(scalar.utf16))
    }

    /// Skips a character class, nested classes and escapes included.
    mutating func skipClass() {
        var depth = 1
        if current == "^" { index += 1 }
        if current == "]" { index += 1 }  // a leading ] is literal
        while let scalar = current, depth > 0 {
            index += 1
            switch scalar {
            case "\\": index += 1
            case "[": depth += 1
            case "]": depth -= 1
            default: break
            }
        }
        if depth > 0 { gaveUp = true }
    }

    /// How often an atom repeats.
    struct Quantifier {
        var minimum: Int
        /// Nil: unbounded.
        var maximum: Int?
        /// Whether the pattern wrote a quantifier at all.
        var present: Bool
    }

    /// Reads a quantifier after an atom.
    mutating func quantifier() -> Quantifier {
        guard let scalar = current else { return Quantifier(minimum: 1, maximum: 1, present: false) }
        var result: Quantifier
        switch scalar {
        case "?": result = Quantifier(minimum: 0, maximum: 1, present: true); index += 1
        case "*": result = Quantifier(minimum: 0, maximum: nil, present: true); index += 1
        case "+": result = Quantifier(minimum: 1, maximum: nil, present: true); index += 1
        case "{":
            var end = index + 1
            while end < scalars.count, scalars[end] != "}" { end += 1 }
            guard end < scalars.count else { gaveUp = true; return Quantifier(minimum: 0, maximum: nil, present: true) }
            let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            let bounds = body.split(separator: ",", omittingEmptySubsequences: false)
            guard let low = Int(bounds.first ?? ""), bounds.count <= 2 else {
                gaveUp = true
                return Quantifier(minimum: 0, maximum: nil, present: true)
            }
            let high = bounds.count == 1 ? low : Int(bounds[1])
            result = Quantifier(minimum: low, maximum: high, present: true)
            index = end + 1
        default: return Quantifier(minimum: 1, maximum: 1, present: false)
        }
        if current == "?" || current == "+" { index += 1 }  // lazy or possessive
        return result
    }
}

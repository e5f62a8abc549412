/// Finds literal text that every match of an ICU regex must contain: one literal, or a few of which
/// at least one must appear (from alternations). A text holding none of them cannot match, so the
/// search can be skipped. When the pattern is too intricate to be sure, the answer is nil (no filter).
///
/// Conservative by construction: anything not understood (comments mode, unknown escapes) gives
/// up; optional or repeated parts, classes, lookarounds, anchors and inline flags only cut literal
/// runs short, never add to them; an inline `i` flag anywhere makes the whole analysis
/// case-insensitive.
enum RegexLiteralAnalyzer {
    /// Most alternative literals kept; more gives up.
    static let maximumAlternatives = 256

    /// The literals (as UTF-16) of which every match contains at least one, or nil when unknown.
    static func requiredLiterals(in pattern: String) -> [[UInt16]]? {
        analyze(pattern)?.literals
    }

    /// The required literals, and whether an inline flag turns case-insensitive matching on somewhere.
    static func analyze(_ pattern: String) -> (literals: [[UInt16]], caseInsensitive: Bool)? {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let required = parser.alternation(), parser.index == parser.scalars.count, !parser.gaveUp,
              !required.isEmpty, !required.contains(where: \.isEmpty) else { return nil }
        return (required, parser.sawCaseInsensitiveFlag)
    }

    /// Whether `^` heads every branch of the pattern: it starts with `^` (not quantified) and has no
    /// alternation outside groups.
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

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var gaveUp = false
        var sawCaseInsensitiveFlag = false

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        /// Branches separated by `|` up to a `)` or the end: one literal from each branch ([] when some
    /// branch needs none; nil when the pattern is not understood).
        mutating func alternation() -> [[UInt16]]? {
            var union: [[UInt16]] = []
            var known = true
            var everyBranchRequires = true
            while true {
                if let branch = sequence() {
                    if branch.isEmpty { everyBranchRequires = false } else { union.append(contentsOf: branch) }
                } else {
                    known = false
                }
                guard current == "|" else { break }
                index += 1
            }
            guard known, !gaveUp else { return nil }
            // A branch that needs no literal lets the whole alternation match without any.
            guard everyBranchRequires, union.count <= RegexLiteralAnalyzer.maximumAlternatives else { return [] }
            var unique: [[UInt16]] = []
            for literal in union where !unique.contains(literal) { unique.append(literal) }
            return unique
        }

        /// A concatenation: its best requirement (the one whose shortest literal is longest), [] if none.
        mutating func sequence() -> [[UInt16]]? {
            var best: [[UInt16]]?
            var run: [UInt16] = []
            func consider(_ candidate: [[UInt16]]?) {
                guard let candidate, !candidate.isEmpty else { return }
                let score = candidate.map(\.count).min() ?? 0
                if score > (best?.map(\.count).min() ?? 0) { best = candidate }
            }
            func flush() {
                if !run.isEmpty { consider([run]) }
                run = []
            }
            while let scalar = current, scalar != "|", scalar != ")", !gaveUp {
                switch atom() {
                case .literal(let units):
                    let (minimum, present) = quantifier()
                    if !present {
                        run += units
                    } else {
                        if minimum > 0 { run += units }
                        flush()
                    }
                case .group(let required):
                    flush()
                    let (minimum, present) = quantifier()
                    if !present || minimum > 0 { consider(required) }
                case .other:
                    flush()
                    _ = quantifier()
                }
            }
            flush()
            return best ?? []
        }

        enum Atom {
            case literal([UInt16])
            case group([[UInt16]]?)
            case other
        }

        mutating func atom() -> Atom {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "(": return group()
            case "[":
                skipClass()
                return .other
            case ".", "^", "$": return .other
            case "\\": return escape()
            case "*", "+", "?", "{":
                gaveUp = true  // a quantifier with nothing before it: not understood
                return .other
            default: return .literal(Array(String(scalar).utf16))
            }
        }

        mutating func group() -> Atom {
            var lookaround = false
            if current == "?" {
                index += 1
                guard let kind = current else { gaveUp = true; return .other }
                switch kind {
                case ":", ">": index += 1
                case "=", "!": index += 1; lookaround = true
                case "<":
                    index += 1
                    if current == "=" || current == "!" {
                        index += 1
                        lookaround = true
                    } else {
                        while let next = current, next != ">" { index += 1 }  // named group
                        index += 1
                    }
                case "#":
                    while let next = current, next != ")" { index += 1 }  // a comment
                    index += 1
                    return .other
                default:
                    return flags()
                }
            }
            let required = alternation()
            guard current == ")" else { gaveUp = true; return .other }
            index += 1
            return lookaround ? .other : .group(required)
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
                return .other
            case ":":
                index += 1
                let required = alternation()
                guard current == ")" else { gaveUp = true; return .other }
                index += 1
                return .group(required)
            default:
                gaveUp = true
                return .other
            }
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
                    units += Array(String(scalars[index]).utf16)
                    index += 1
                }
                return units.isEmpty ? .other : .literal(units)
            case "p", "P", "N":
                if current == "{" {
                    while let next = current, next != "}" { index += 1 }
                    index += 1
                }
                return .other
            case "k":
                if current == "<" {
                    while let next = current, next != ">" { index += 1 }
                    index += 1
                }
                return .other
            case "d", "D", "w", "W", "s", "S", "b", "B", "A", "z", "Z", "G", "h", "H", "v", "V", "R", "X":
                return .other
            default:
                if scalar.properties.numericType != nil || scalar == "c" || scalar.properties.isAlphabetic {
                    if ("1"..."9").contains(scalar) || scalar == "0" {  // back reference or octal
                        while let next = current, ("0"..."9").contains(next) { index += 1 }
                        return .other
                    }
                    gaveUp = true  // an escape this analyzer does not know
                    return .other
                }
                return .literal(Array(String(scalar).utf16))
            }
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
            return .literal(Array(String(scalar).utf16))
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

        /// Reads a quantifier after an atom: (its minimum, whether there was one).
        mutating func quantifier() -> (minimum: Int, present: Bool) {
            guard let scalar = current else { return (1, false) }
            var minimum: Int
            switch scalar {
            case "?", "*": minimum = 0; index += 1
            case "+": minimum = 1; index += 1
            case "{":
                var end = index + 1
                while end < scalars.count, scalars[end] != "}" { end += 1 }
                guard end < scalars.count else { gaveUp = true; return (0, true) }
                let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                guard let low = Int(body.split(separator: ",", omittingEmptySubsequences: false).first ?? "") else {
                    gaveUp = true
                    return (0, true)
                }
                minimum = low
                index = end + 1
            default: return (1, false)
            }
            if current == "?" || current == "+" { index += 1 }  // lazy or possessive
            return (minimum, true)
        }
    }
}

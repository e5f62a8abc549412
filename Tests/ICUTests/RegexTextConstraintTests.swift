import XCTest
@testable import ICU

/// What the lookaheads of a pattern require of the text from a match start (`RegexTextConstraint`).
final class RegexTextConstraintTests: XCTestCase {
    /// The requirements as offset → allowed units written out, sorted by offset.
    private func required(_ pattern: String, caseInsensitive: Bool = false) -> [Int: String]? {
        let reading = RegexLiteralAnalyzer.Reading(pattern)
        guard let constraint = RegexLiteralAnalyzer.constraint(reading, caseInsensitive: caseInsensitive) else { return nil }
        var result: [Int: String] = [:]
        for requirement in constraint.requirements {
            let units = requirement.units.flatMap { Array($0) }.sorted()
            result[requirement.offset, default: ""] += String(decoding: units, as: UTF16.self)
        }
        return result
    }

    func testLookaheadAfterFixedLengthPartConstrainsTheUnitsAfterIt() {
        // `\\s` is Unicode's White_Space, as in ICU.
        XCTAssertEqual(required("[,.](?=[:;]\\s)"),
                       [1: ":;", 2: "\t\n\u{0B}\u{0C}\r \u{85}\u{A0}\u{1680}" + String((0x2000...0x200A).map { Character(UnicodeScalar($0)!) })
                            + "\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}"])
        XCTAssertEqual(required("(?<=\\s)(?=[A-Z])\\w+")?[0]?.count, 26)
        XCTAssertEqual(required("ab(?=x|yz)"), [2: "xy"])
        XCTAssertEqual(required("(?:ab)(?=cd)"), [2: "c", 3: "d"])
        XCTAssertEqual(required("\\b(?=[ab])"), [0: "ab"])
    }

    func testLookaheadInsideGroupAtFixedOffset() {
        XCTAssertEqual(required("(?:x(?=y))z"), [1: "y"])
        XCTAssertEqual(required("a(?:(?=b))b"), [1: "b"])
    }

    func testLookaheadsThatMustNotConstrain() {
        XCTAssertEqual(required("(?:a|bcdef)(?=x)"), [:])  // the lookahead's offset depends on the branch
        XCTAssertEqual(required("a+(?=x)"), [:])
        XCTAssertEqual(required("abcd(?=x)"), [:])  // past the units tracked
        XCTAssertEqual(required("(?!x)a"), [:])  // negative
        XCTAssertEqual(required("(?:(?=x)a|b)"), [:])  // one branch of an alternation
        XCTAssertEqual(required("(?:(?=x)a)?b"), [:])  // an optional group
        XCTAssertEqual(required("a(?=b?)c"), [:])  // what it looks for may be empty
        XCTAssertEqual(required("a(?=\\w)"), [:])  // a class not read
        XCTAssertEqual(required("a(?=$)"), [:])
    }

    func testLookbehindAtFixedOffsetConstrainsTheUnitsBeforeIt() {
        XCTAssertEqual(required("(?<=the )x"), [-1: " ", -2: "e", -3: "h", -4: "t"])
        XCTAssertEqual(required("(?<=a|bc)x"), [-1: "ac"])
        XCTAssertEqual(required("(?<=[a-z]+)x")?[-1]?.count, 26)
        XCTAssertEqual(required("ab(?<=b)"), [1: "b"])
        XCTAssertEqual(required("(?<=x)a"), [-1: "x"])
        XCTAssertEqual(required("(?<=(?:the|an?) )x"), [-1: " ", -2: "aen"])
        XCTAssertEqual(required("(?<=😀)x"), [-1: "\u{FFFD}", -2: "\u{FFFD}"])  // trail, then lead surrogate
    }

    func testLookbehindStringsAreKeptReadBackwards() {
        func endings(_ pattern: String, caseInsensitive: Bool = false) -> [Int: [String]]? {
            let reading = RegexLiteralAnalyzer.Reading(pattern)
            guard let constraint = RegexLiteralAnalyzer.constraint(reading, caseInsensitive: caseInsensitive) else { return nil }
            var result: [Int: [String]] = [:]
            for ending in constraint.endings {
                result[ending.offset] = ending.reversedStrings.map { units in
                    String(decoding: (0..<units.count).map { units[$0] }, as: UTF16.self)
                }.sorted()
            }
            return result
        }
        XCTAssertEqual(endings("(?<=(?:the|an?) )x"), [0: [" a", " eht", " na"]])
        XCTAssertEqual(endings("ab(?<=ab|c)"), [2: ["ba", "c"]])
        XCTAssertEqual(endings("(?<=an )x", caseInsensitive: true), [0: [" NA", " Na", " nA", " na"]])
        XCTAssertEqual(endings("(?<=a?)x"), [:])  // may match nothing
        XCTAssertEqual(endings("(?<=\\w )x"), [:])  // strings unknown
        XCTAssertEqual(endings("(?<!a )x"), [:])
    }

    func testLookbehindsThatMustNotConstrain() {
        XCTAssertEqual(required("(?<!x)a"), [:])
        XCTAssertEqual(required("(?:a|bc)(?<=c)"), [:])
        XCTAssertEqual(required("(?<=a?)x"), [:])
        XCTAssertEqual(required("(?<=a\\w)x"), [:])
        XCTAssertEqual(required("(?:(?<=a)x|y)"), [:])
    }

    func testALookbehindForSupplementaryCharactersRequiresATrailSurrogate() {
        // Read backwards a supplementary character ends in a trail surrogate (any), then its lead one
        // (not known); a class of both kinds allows its BMP units too.
        let trails = (0xDC00...0xDFFF).map { UInt16($0) }
        XCTAssertEqual(required("(?<=[😀-😂])x"), [-1: String(decoding: trails, as: UTF16.self)])
        XCTAssertEqual(required("(?<=[a😀] )x"), [-1: " ", -2: String(decoding: [0x61] + trails, as: UTF16.self)])
        XCTAssertEqual(required("(?<=\\p{Ll} )x")?[-2]?.utf16.contains(0x61), true)
        XCTAssertEqual(required("(?<=\\p{Ll} )x")?[-2]?.utf16.contains(0x41), false)
    }

    func testCaseInsensitiveLookaheadsHoldBothCases() {
        XCTAssertEqual(required("a(?=b)", caseInsensitive: true), [1: "Bb"])
        XCTAssertEqual(required("(?i)a(?=b)"), [1: "Bb"])
        XCTAssertEqual(required("a(?=é)", caseInsensitive: true), [:])
        XCTAssertEqual(required("a(?=é)"), [1: "é"])
        XCTAssertEqual(required("(?<=a )x", caseInsensitive: true), [-1: " ", -2: "Aa"])
    }
}

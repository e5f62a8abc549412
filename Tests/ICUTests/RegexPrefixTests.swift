import XCTest
@testable import ICU

final class RegexPrefixTests: XCTestCase {
    private func prefix(_ pattern: String, caseInsensitive: Bool = false) -> RegexPrefix? {
        RegexLiteralAnalyzer.prefix(pattern, caseInsensitive: caseInsensitive)?.prefix
    }

    private func strings(_ pattern: String, caseInsensitive: Bool = false) -> [String]? {
        prefix(pattern, caseInsensitive: caseInsensitive)?.strings.map { set in
            set.map { units in String(decoding: (0..<units.count).map { units[$0] }, as: UTF16.self) }.sorted()
        }
    }

    func testLiteralsAndAlternatives() {
        XCTAssertEqual(strings("ab|c"), ["ab", "c"])
        XCTAssertEqual(strings("minister"), ["mini"])
        XCTAssertEqual(prefix("ab|c")?.minimumLength, 1)
        XCTAssertEqual(prefix("minister")?.minimumLength, 4)
        XCTAssertEqual(prefix("(?:the|a) [xy]")?.minimumLength, 3)
        XCTAssertEqual(strings("(?:the|a) [xy]"), ["a x", "a y", "the "])
    }

    func testZeroWidthPartsConsumeNothing() {
        XCTAssertEqual(strings("(?<![a-z])\\bHe (?=x)y"), ["He y"])
        XCTAssertEqual(strings("^ab$"), ["ab"])
    }

    func testCaseInsensitiveStringsKeepCaselessUnitsBeyondASCII() {
        XCTAssertEqual(strings("a\\u00A0’", caseInsensitive: true), ["A\u{A0}’", "a\u{A0}’"])
        XCTAssertNil(strings("aé", caseInsensitive: true))
        XCTAssertNil(prefix("é", caseInsensitive: true)?.units[0])
        XCTAssertEqual(prefix("[\\u00A0 ]x", caseInsensitive: true)?.units[0], [0xA0...0xA0, 0x20...0x20])
    }

    func testQuantifiers() {
        XCTAssertEqual(strings(" +[,;]"), ["    ", "   ,", "   ;", "  ,", "  ;", " ,", " ;"])
        XCTAssertEqual(strings("a?b"), ["ab", "b"])
        XCTAssertEqual(strings("(?:ab){2}"), ["abab"])
        XCTAssertEqual(strings("x{1,2}"), ["x", "xx"])
        XCTAssertEqual(prefix("a*")?.minimumLength, 0)
    }

    func testTooManyStringsLeaveStringsUnknownButUnitsKnown() throws {
        // 62 one-unit strings, then 62 × 63 two-unit ones (under the limit), then too many.
        XCTAssertEqual(strings("[A-Za-z0-9]{1,2}")?.count, 62 + 62 * 62)
        let long = try XCTUnwrap(prefix("[A-Za-z0-9]{1,31}"))
        XCTAssertNil(long.strings)
        XCTAssertEqual(long.units[3]?.contains { $0.contains(0x7A) }, true)
        XCTAssertEqual(long.minimumLength, 1)
        XCTAssertEqual(strings("[0-9]{2}[0-9]")?.count, 1_000)
        XCTAssertNil(strings("[0-9]{2}[0-9]{2}"))
    }

    func testUnknownPartsLeaveOffsetsOpen() throws {
        let dot = try XCTUnwrap(prefix("a.b"))
        XCTAssertNil(dot.strings)
        XCTAssertEqual(dot.units[0], [0x61...0x61])
        XCTAssertNil(dot.units[1])
        XCTAssertNil(dot.units[2])  // `.` may be a surrogate pair
        XCTAssertNil(prefix("(a)\\1"))  // a back reference has no known length
        XCTAssertNil(prefix("\\X"))
    }

    func testCaseInsensitivePatternsHoldBothCases() {
        XCTAssertEqual(strings("(?i)he"), ["HE", "He", "hE", "he"])
        XCTAssertEqual(strings("he", caseInsensitive: true), ["HE", "He", "hE", "he"])
        XCTAssertNil(prefix("é", caseInsensitive: true)?.units[0])
        XCTAssertNil(strings("é", caseInsensitive: true))
    }

    func testSupplementaryCharacters() throws {
        XCTAssertEqual(strings("😀"), ["😀"])
        let emoji = try XCTUnwrap(prefix("[😀-😂]x"))
        XCTAssertNil(emoji.strings)
        XCTAssertEqual(emoji.units[0], [0xD83D...0xD83D])
        XCTAssertNil(emoji.units[1])
    }
}

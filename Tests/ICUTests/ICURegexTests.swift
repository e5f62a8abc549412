import ICU
import XCTest

final class ICURegexTests: XCTestCase {
    func testFindsMatchesWithGroupsInUTF16Offsets() throws {
        let regex = try ICURegex("(\\p{Lu}\\p{Ll}+)(the)")
        let text = TextBuffer("👍 Blinkenthe State")
        let matches = try regex.matches(in: text)
        XCTAssertEqual(matches.count, 1)
        XCTAssertEqual(matches[0].range, 3..<13)
        XCTAssertEqual(matches[0].groups[1], 3..<10)
        XCTAssertEqual(text.string(matches[0].groups[2]!), "the")
    }

    func testReportsSyntaxErrorWithReasonAndOffset() {
        XCTAssertThrowsError(try ICURegex("ab(cd")) { error in
            let syntax = error as? ICURegex.SyntaxError
            XCTAssertEqual(syntax?.reason, "U_REGEX_MISMATCHED_PAREN")
            XCTAssertEqual(syntax?.offset, 5)
        }
    }

    func testCaseInsensitiveOption() throws {
        let regex = try ICURegex("share this post", options: .caseInsensitive)
        XCTAssertEqual(try regex.matches(in: TextBuffer("Share This Post")).count, 1)
    }

    func testPathologicalPatternStopsAtTimeLimit() throws {
        let regex = try ICURegex("(a+)+$", timeLimit: 5)
        let text = TextBuffer(String(repeating: "a", count: 40) + "b")
        XCTAssertThrowsError(try regex.matches(in: text)) { error in
            XCTAssertEqual((error as? ICUError)?.name, "U_REGEX_TIME_OUT")
            XCTAssertEqual((error as? ICUError)?.isTimeout, true)
        }
    }

    func testTimeLimitGrowsWithTheTextSoLongScansAreNotRunaways() throws {
        let regex = try ICURegex("(\\p{Ll}+)\\d", timeLimit: 1)
        let text = TextBuffer(String(repeating: "plain words, no match here ", count: 15_000) + "end1 x")
        XCTAssertEqual(try regex.matches(in: text).count, 1)
    }

    func testNamedGroupNumber() throws {
        let regex = try ICURegex("(?<word>\\w+)")
        XCTAssertEqual(regex.groupNumber(named: "word"), 1)
        XCTAssertNil(regex.groupNumber(named: "other"))
    }

    func testEmptyMatchesAdvance() throws {
        let regex = try ICURegex("x*")
        XCTAssertEqual(try regex.matches(in: TextBuffer("ab")).map(\.range), [0..<0, 1..<1, 2..<2])
    }

    func testContainsMatchLooksOnlyWithinTheRangeButSeesAroundIt() throws {
        let text = TextBuffer("line one est\nline two\nfinal est")
        let regex = try ICURegex("(?<=\\s)est\\b")
        XCTAssertTrue(try regex.containsMatch(in: text, range: 0..<12))
        XCTAssertFalse(try regex.containsMatch(in: text, range: 13..<21))
        XCTAssertFalse(try regex.containsMatch(in: text, range: 0..<11))  // the match would cross the range end
        XCTAssertTrue(try regex.containsMatch(in: text, range: 9..<12))  // the lookbehind sees the space before
        XCTAssertFalse(try ICURegex("^line").containsMatch(in: text, range: 13..<21))  // ^ is the text start only
    }
}

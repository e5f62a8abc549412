@testable import Tidings
import XCTest

final class ReplaceRuleTests: XCTestCase {
    func testCaptureReferencesAndNamedGroups() throws {
        let fields = "pattern: '(?<name>\\p{Lu}\\p{Ll}+) ,(\\s)'\nreplacement: '${name},$2'"
        XCTAssertEqual(try cleaned("Said Blinken , then 👍🏽 Hua , too", kind: "replace", fields), "Said Blinken, then 👍🏽 Hua, too")
    }

    func testWholeWordDoesNotMatchInsideWords() throws {
        let fields = "pattern: 'teh'\nreplacement: the\nwhole-word: true"
        XCTAssertEqual(try cleaned("teh tehran éteh teh.", kind: "replace", fields), "the tehran éteh the.")
    }

    func testCaseInsensitive() throws {
        let fields = "pattern: 'e-mail'\nreplacement: email\ncase-insensitive: true"
        XCTAssertEqual(try cleaned("E-Mail or e-mail", kind: "replace", fields), "email or email")
    }

    func testDollarEscapeAndEmptyReplacement() throws {
        XCTAssertEqual(try cleaned("USD 5", kind: "replace", "pattern: 'USD '\nreplacement: '$$'"), "$5")
        XCTAssertEqual(try cleaned("a\u{200B}b", kind: "replace", "pattern: '\\u200B'\nreplacement: ''"), "ab")
    }

    func testUnlessLineLeavesTheLinesWhereItMatches() throws {
        // Anchored with (?m), the pattern sees each line's own ends: the data lines stay.
        let fields = "pattern: ',(?=\\p{L})'\nreplacement: ', '\nunless-line: '(?m)^[^\\s,]*(?:,[^\\s,]*){2,}$'"
        XCTAssertEqual(try cleaned("id,name,kind\nParis,the city\n0,foo,one", kind: "replace", fields),
                       "id,name,kind\nParis, the city\n0,foo,one")
        // Unanchored, it may match anywhere in the line.
        XCTAssertEqual(try cleaned("a,b «c»\na,b c", kind: "replace", "pattern: ','\nreplacement: ';'\nunless-line: '«'"), "a,b «c»\na;b c")
    }

    func testPositionsAfterMultiUnitCharacters() throws {
        let cleaner = try singleRuleCleaner(kind: "replace", "pattern: 'teh'\nreplacement: the")
        let result = try cleaner.clean("日本 👨‍👩‍👧\nq\u{307} teh")
        XCTAssertEqual(result.text, "日本 👨‍👩‍👧\nq\u{307} the")
        XCTAssertEqual(result.applied.first?.start, SourceLocation(line: 2, column: 4, utf8Offset: 30))
    }

    func testPathologicalPatternFailsWithRuleAndFile() throws {
        let cleaner = try singleRuleCleaner(kind: "replace", "pattern: '(a+)+$'\nreplacement: x")
        XCTAssertThrowsError(try cleaner.clean(String(repeating: "a", count: 5000) + "b")) { error in
            XCTAssertEqual(error as? TidingsError, .regexTimeout(ruleID: "test.rule", file: "<inline>", line: 2))
        }
    }
}

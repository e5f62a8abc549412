@testable import Tidings
import XCTest

final class NormalizeRuleTests: XCTestCase {
    private func normalize(_ text: String, _ operation: String) throws -> String {
        try cleaned(text, kind: "normalize", "operation: \(operation)")
    }

    func testNFCComposesOnlyWhereNeeded() throws {
        let result = try normalize("👍 Cafe\u{301} and A\u{30A}ngstro\u{308}m q\u{307}", "nfc")
        XCTAssertTrue(result.isIdentical(to: "👍 Café and Ångström q\u{307}"))
    }

    func testLineEndings() throws {
        XCTAssertEqual(try normalize("a\r\nb\rc\n", "line-endings"), "a\nb\nc\n")
    }

    func testTrailingSpaceAndSpaceRuns() throws {
        XCTAssertEqual(try normalize("a  \nb\t\n", "trailing-space"), "a\nb\n")
        XCTAssertEqual(try normalize("  a  b\tc  \n", "space-runs"), "  a b c  \n")
    }

    func testIndentationKeepsBlankLinesAlone() throws {
        XCTAssertEqual(try normalize("    a\n  \n\tb", "indentation"), "a\n  \nb")
    }

    func testBlankLinesAndFinalNewline() throws {
        XCTAssertEqual(try normalize("\n\na\n\n\n\nb\n\n\n", "blank-lines"), "a\n\nb\n\n\n")
        XCTAssertEqual(try normalize("a\n\nb\n\n\n", "final-newline"), "a\n\nb\n")
        XCTAssertEqual(try normalize("a", "final-newline"), "a\n")
        XCTAssertEqual(try normalize("", "final-newline"), "")
    }

    func testMissingOperationIsRejected() {
        XCTAssertThrowsError(try singleRuleCleaner(kind: "normalize", "level2: x")) { error in
            XCTAssertTrue("\(error)".contains("missing required field 'operation'"), "\(error)")
        }
    }
}

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

    func testSpaceRunQuickTestLooksAtEveryPairOfUnits() {
        func holds(_ text: String) -> Bool { Array(text.utf16).withUnsafeBufferPointer { NormalizeRule.holdsSpaceRun($0) } }
        let words = String(repeating: "one space 😀 each ", count: 5)
        XCTAssertFalse(holds(words))
        XCTAssertFalse(holds(""))
        XCTAssertFalse(holds(" "))
        XCTAssertTrue(holds("  "))
        XCTAssertTrue(holds(words + "\t"))     // a tab as the last unit
        XCTAssertTrue(holds(words + "x  "))     // two spaces at the very end
        for first in 28..<36 {                  // two spaces on either side of a block edge
            XCTAssertTrue(holds(String(repeating: "x", count: first) + "  " + String(repeating: "y", count: 40)), "\(first)")
        }
    }

    func testLongTextsWithLineEndingsAtBlockEdges() throws {
        let line = String(repeating: "x", count: 31)
        XCTAssertEqual(try normalize(line + "\r\n" + line + "\n" + line + "\r", "line-endings"), line + "\n" + line + "\n" + line + "\n")
        let long = String(repeating: "words ", count: 12)
        XCTAssertEqual(try normalize(long + "\n\n\n\n" + long + "\n\n\n" + long, "blank-lines"), long + "\n\n" + long + "\n\n" + long)
        XCTAssertEqual(try normalize(long + "a  b\n" + long + "c\t d", "space-runs"), long + "a b\n" + long + "c d")
    }
}

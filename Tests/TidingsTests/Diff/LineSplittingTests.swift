import XCTest
@testable import Tidings

final class LineSplittingTests: XCTestCase {
    func testEmptyTextHasNoLines() {
        XCTAssertEqual(LineDiff.lines(of: ""), [])
    }

    func testFinalLineWithoutNewlineIsKept() {
        XCTAssertEqual(LineDiff.lines(of: "first\nsecond"), ["first", "second"])
    }

    func testTrailingNewlineDoesNotAddAnEmptyLine() {
        XCTAssertEqual(LineDiff.lines(of: "first\nsecond\n"), ["first", "second"])
    }

    func testEmptyLinesArePreserved() {
        XCTAssertEqual(LineDiff.lines(of: "\n"), [""])
        XCTAssertEqual(LineDiff.lines(of: "a\n\n\nb\n\n"), ["a", "", "", "b", ""])
    }

    func testCarriageReturnIsNotALineBreak() {
        XCTAssertEqual(LineDiff.lines(of: "a\r\nb\rc\r\n"), ["a\r", "b\rc\r"])
    }

    func testMultibyteLinesKeepTheirExactBytes() {
        let lines = LineDiff.lines(of: "cafe\u{301}\n👍🏽 Привет\n")
        XCTAssertEqual(lines.map { Array($0.utf8) }, [Array("cafe\u{301}".utf8), Array("👍🏽 Привет".utf8)])
    }
}

import XCTest
@testable import ICU

final class TextBufferTests: XCTestCase {
    func testLineStartsFollowEveryLineTerminator() {
        XCTAssertEqual(TextBuffer("").lineStarts, [0])
        XCTAssertEqual(TextBuffer("a\nb\r\nc\rd").lineStarts, [0, 2, 5, 7])
        XCTAssertEqual(TextBuffer("\u{B}\u{C}\u{85}\u{2028}\u{2029}x").lineStarts, [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(TextBuffer("\u{2027}\u{202A}\u{84}\u{86}\u{9}\u{E}").lineStarts, [0])
    }

    func testLineStartsInLongTextsWithTerminatorsInEveryLane() {
        // Terminators at each offset of the eight-unit blocks, CR LF pairs across block edges,
        // tabs and units beyond ASCII (which are not terminators) here and there.
        let terminators = ["\n", "\r\n", "\r", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}"]
        var text = ""
        var expected = [0]
        for line in 0..<60 {
            text += String(repeating: "x", count: line % 13) + (line % 3 == 0 ? "é\t’" : "")
            text += terminators[line % terminators.count]
            expected.append(text.utf16.count)
        }
        text += String(repeating: "y", count: 20)
        XCTAssertEqual(TextBuffer(text).lineStarts, expected)
    }
}

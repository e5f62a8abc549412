import XCTest
@testable import ICU

final class TextBufferTests: XCTestCase {
    /// Line starts found one unit at a time: 0, and after each LF, VT, FF, CR, NEL, LS or PS, CR LF counting as one.
    private func expectedLineStarts(_ units: [UInt16]) -> [Int] {
        var starts = [0]
        for (index, unit) in units.enumerated() where [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains(unit) {
            if unit == 0x0D && index + 1 < units.count && units[index + 1] == 0x0A { continue }
            starts.append(index + 1)
        }
        return starts
    }

    func testLineStartsAfterEveryTerminator() {
        XCTAssertEqual(TextBuffer("a\nb\u{B}c\u{C}d\re\r\nf\u{85}g\u{2028}h\u{2029}i").lineStarts, [0, 2, 4, 6, 8, 11, 13, 15, 17])
        XCTAssertEqual(TextBuffer("").lineStarts, [0])
        XCTAssertEqual(TextBuffer("\n").lineStarts, [0, 1])
        XCTAssertEqual(TextBuffer("\r").lineStarts, [0, 1])
    }

    func testLineStartsInLongTextsAtBlockEdges() {
        // CR LF split across the edge of a 32-unit block, a terminator as the last unit, surrogate pairs, terminators in the tail.
        let text = String(repeating: "x", count: 31) + "\r\n" + "😀" + String(repeating: "y", count: 29) + "\u{2029}"
            + String(repeating: "z", count: 30) + "\r" + "tail\n\u{85}\r"
        let units = Array(text.utf16)
        let starts = TextBuffer(text).lineStarts
        XCTAssertEqual(starts, expectedLineStarts(units))
        XCTAssertEqual(starts, [0, 33, 65, 96, 101, 102, 103])
        for position in 0..<70 {
            var units = [UInt16](repeating: 0x61, count: 70)
            units[position] = 0x0D
            XCTAssertEqual(TextBuffer(units: units).lineStarts, [0, position + 1], "CR at \(position)")
            if position + 1 < 70 {
                units[position + 1] = 0x0A
                XCTAssertEqual(TextBuffer(units: units).lineStarts, [0, position + 2], "CR LF at \(position)")
            }
        }
    }

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

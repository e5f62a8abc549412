import XCTest
@testable import ICU

final class UTF16TranscoderTests: XCTestCase {
    func testRoundTripsEveryWidth() {
        let text = "a é € 😀 e\u{301} \u{10FFFF}\n"
        XCTAssertEqual(UTF16Transcoder.units(of: text), Array(text.utf16))
        XCTAssertEqual(Array(UTF16Transcoder.string(from: Array(text.utf16)).utf8), Array(text.utf8))
        XCTAssertEqual(TextBuffer(text).string.utf8.count, text.utf8.count)
        XCTAssertEqual(TextBuffer("").count, 0)
    }

    func testLoneSurrogatesBecomeReplacementCharacters() {
        let units: [UInt16] = [0x61, 0xD800, 0x62, 0xDC00]
        XCTAssertEqual(Array(UTF16Transcoder.string(from: units).unicodeScalars), ["a", "\u{FFFD}", "b", "\u{FFFD}"])
    }

    func testASCIIRunsOfEveryLengthAroundTheFastPath() {
        for length in 0..<40 {
            for tail in ["", "é", "€", "😀", "\u{7F}\u{80}"] {
                let text = String(repeating: "a", count: length) + tail + String(repeating: "b", count: 40 - length)
                let units = Array(text.utf16)
                XCTAssertEqual(UTF16Transcoder.units(of: text), units, "\(length) \(tail)")
                XCTAssertEqual(Array(UTF16Transcoder.string(from: units).utf8), Array(text.utf8), "\(length) \(tail)")
                XCTAssertEqual(Array(TextBuffer(text).string.utf8), Array(text.utf8), "\(length) \(tail)")
            }
        }
    }

    func testLoneSurrogatesAfterAnASCIIRun() {
        let units = Array(String(repeating: "x", count: 17).utf16) + [0xDC00] + Array(String(repeating: "y", count: 9).utf16) + [0xD800]
        XCTAssertEqual(Array(UTF16Transcoder.string(from: units).utf8), Array((String(repeating: "x", count: 17) + "\u{FFFD}" + String(repeating: "y", count: 9) + "\u{FFFD}").utf8))
    }
}

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
}

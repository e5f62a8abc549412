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

    /// The UTF-16 units of `bytes` by the validating transcoder, or nil.
    private func validated(_ bytes: [UInt8]) -> [UInt16]? {
        bytes.withUnsafeBufferPointer { TextBuffer(validatingUTF8: $0).map { Array($0.units) } }
    }

    func testValidatingTranscoderAcceptsWhatSwiftAcceptsAndNothingElse() {
        // Every width, the boundaries of each, and every kind of invalid sequence.
        let cases: [[UInt8]] = [
            [], Array("a é € 😀 \u{10FFFF}".utf8), [0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xEF, 0xBF, 0xBF],
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC2, 0x41], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
            [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xE1, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xF0, 0x90, 0x80],
        ]
        for bytes in cases {
            XCTAssertEqual(validated(bytes), String(validating: bytes, as: UTF8.self).map { Array($0.utf16) }, "\(bytes)")
        }
        // Around the 16-byte ASCII fast path, and random bytes.
        var generator = SystemRandomNumberGenerator()
        for length in 0..<200 {
            let ascii = Array(repeating: UInt8(ascii: "a"), count: length % 40)
            let bytes = ascii + (0..<(length % 7)).map { _ in UInt8.random(in: 0x80...0xFF, using: &generator) } + ascii
            XCTAssertEqual(validated(bytes), String(validating: bytes, as: UTF8.self).map { Array($0.utf16) }, "\(bytes)")
        }
    }
}

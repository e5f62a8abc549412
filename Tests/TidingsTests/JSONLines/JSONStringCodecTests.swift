import XCTest
@testable import Tidings

final class JSONStringCodecTests: XCTestCase {
    private func decode(_ contents: String, lossy: Bool = false) throws -> JSONStringCodec.Decoded {
        try Array(contents.utf8).withUnsafeBufferPointer { try JSONStringCodec.decode($0, lossy: lossy) }
    }

    private func encoded(_ text: String, asciiOnly: Bool = false) -> String {
        String(decoding: JSONStringCodec.encoded(text, asciiOnly: asciiOnly), as: UTF8.self)
    }

    func testDecodesSimpleEscapes() throws {
        XCTAssertTrue(try decode(#"a\"b\\c\/d\n\r\t\b\f"#).text.isIdentical(to: "a\"b\\c/d\n\r\t\u{8}\u{C}"))
    }

    func testDecodesUnicodeEscapesAndSurrogatePairs() throws {
        let decoded = try decode(#"caf\u00e9 \uD83D\uDC4D \u0041"#)
        XCTAssertTrue(decoded.text.isIdentical(to: "café 👍 A"))
        XCTAssertTrue(decoded.prefersASCIIEscapes)
    }

    func testRawUTF8IsKeptAndDoesNotPreferEscapes() throws {
        let decoded = try decode("café \\u00e9")
        XCTAssertTrue(decoded.text.isIdentical(to: "café é"))
        XCTAssertFalse(decoded.prefersASCIIEscapes)
    }

    func testDecomposedTextStaysDecomposed() throws {
        XCTAssertTrue(try decode(#"e\u0301"#).text.isIdentical(to: "e\u{301}"))
    }

    func testLoneSurrogateFailsUnlessLossy() throws {
        XCTAssertThrowsError(try decode(#"x\uD83Dy"#)) { error in
            XCTAssertEqual((error as? JSONStringCodec.Failure)?.reason, "lone surrogate escape \\uD83D")
        }
        let lossy = try decode(#"x\uDC4Dy"#, lossy: true)
        XCTAssertTrue(lossy.text.isIdentical(to: "x\u{FFFD}y"))
        XCTAssertEqual(lossy.replacements, 1)
    }

    func testInvalidUTF8FailsWithOffsetUnlessLossy() throws {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62]
        XCTAssertThrowsError(try bytes.withUnsafeBufferPointer { try JSONStringCodec.decode($0, lossy: false) }) { error in
            XCTAssertEqual((error as? JSONStringCodec.Failure)?.offset, 1)
        }
        let lossy = try bytes.withUnsafeBufferPointer { try JSONStringCodec.decode($0, lossy: true) }
        XCTAssertTrue(lossy.text.isIdentical(to: "a\u{FFFD}b"))
    }

    func testEncodesQuotesBackslashesAndControls() {
        XCTAssertEqual(encoded("say \"hi\"\\\n\t\r\u{1}\u{8}\u{C}"), #""say \"hi\"\\\n\t\r\u0001\b\f""#)
    }

    func testEncodesNonASCIIAsUTF8OrEscapes() {
        XCTAssertEqual(encoded("café 👍 /"), "\"café 👍 /\"")
        XCTAssertEqual(encoded("café 👍", asciiOnly: true), #""caf\u00e9 \ud83d\udc4d""#)
    }

    func testRoundTrip() throws {
        let text = "Line \"one\"\nLine\ttwo — ½ \u{2028} e\u{301} 𝄞 \\"
        let literal = JSONStringCodec.encoded(text)
        let inner = Array(literal.dropFirst().dropLast())
        XCTAssertTrue(try inner.withUnsafeBufferPointer { try JSONStringCodec.decode($0, lossy: false) }.text.isIdentical(to: text))
    }

    func testLongStringsWithEscapesAndRawNonASCIIAnywhere() throws {
        let long = String(repeating: "x", count: 40)
        let escaped = try decode(long + #"\u00e9 "# + long + #"\n"#)
        XCTAssertTrue(escaped.text.isIdentical(to: long + "é " + long + "\n"))
        XCTAssertTrue(escaped.prefersASCIIEscapes)
        let raw = try decode(long + #"\u00e9 "# + long + "ü")     // raw UTF-8 after the last escape
        XCTAssertTrue(raw.text.isIdentical(to: long + "é " + long + "ü"))
        XCTAssertFalse(raw.prefersASCIIEscapes)
        XCTAssertTrue(try decode(long + long + "\\").text.isIdentical(to: long + long + "\\"))   // a backslash as the last byte
    }

    func testEncodesLongStringsWithTheEscapesAtTheEnd() {
        let long = String(repeating: "x", count: 40)
        XCTAssertEqual(encoded(long + "\"" + long + "\n"), "\"" + long + #"\""# + long + #"\n"# + "\"")
        XCTAssertEqual(encoded(long + "\u{1}"), "\"" + long + #"\u0001"# + "\"")
        XCTAssertEqual(encoded(long + long), "\"" + long + long + "\"")
    }

    func testEncodingUnitsWritesWhatEncodingTheTextWrites() {
        let long = String(repeating: "x", count: 20)
        for text in ["", "say \"hi\"\\\n\t\r\u{1}\u{8}\u{C}\u{1F}\u{7F}", "café 👍 / € \u{10FFFF} e\u{301}", long + "\u{2028}" + long] {
            for asciiOnly in [false, true] {
                var fromUnits: [UInt8] = []
                Array(text.utf16).withUnsafeBufferPointer { JSONStringCodec.encode(units: $0, asciiOnly: asciiOnly, into: &fromUnits) }
                XCTAssertEqual(fromUnits, JSONStringCodec.encoded(text, asciiOnly: asciiOnly), "\(text) \(asciiOnly)")
            }
        }
        // A lone surrogate is U+FFFD, as in a String.
        var lone: [UInt8] = []
        [0x61, 0xD800, 0x62, 0xDC00].withUnsafeBufferPointer { JSONStringCodec.encode(units: $0, asciiOnly: false, into: &lone) }
        XCTAssertEqual(String(decoding: lone, as: UTF8.self), "\"a\u{FFFD}b\u{FFFD}\"")
    }

    func testDecodingToABufferGivesTheUnitsOfTheText() throws {
        for contents in [#"caf\u00e9 \"x\""#, "plain ü", #"\ud83d\udc4d"#] {
            let buffer = try Array(contents.utf8).withUnsafeBufferPointer { try JSONStringCodec.decodeBuffer($0, lossy: false) }
            let text = try decode(contents)
            XCTAssertEqual(Array(buffer.buffer.units), Array(text.text.utf16), contents)
            XCTAssertEqual(buffer.prefersASCIIEscapes, text.prefersASCIIEscapes, contents)
        }
        // Invalid UTF-8: the same failure, or with `lossy` the same replacements.
        let invalid: [UInt8] = [0x61, 0xFF, 0x62]
        XCTAssertThrowsError(try invalid.withUnsafeBufferPointer { try JSONStringCodec.decodeBuffer($0, lossy: false) })
        let lossy = try invalid.withUnsafeBufferPointer { try JSONStringCodec.decodeBuffer($0, lossy: true) }
        XCTAssertEqual(Array(lossy.buffer.units), Array("a\u{FFFD}b".utf16))
        XCTAssertEqual(lossy.replacements, 1)
    }
}

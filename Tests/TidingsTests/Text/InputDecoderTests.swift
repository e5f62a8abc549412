@testable import Tidings
import XCTest

final class InputDecoderTests: XCTestCase {
    func testInvalidUTF8NamesFileAndByteOffset() {
        let data = Data("Café ".utf8) + Data([0xC3, 0x28]) + Data(" ok".utf8)
        XCTAssertThrowsError(try InputDecoder.decode(data, path: "a.txt", lossy: false)) { error in
            XCTAssertEqual(error as? TidingsError, .invalidUTF8(path: "a.txt", byteOffset: 6))
            XCTAssertEqual("\(error)", "a.txt: error: invalid UTF-8 at byte 6 (use --lossy to replace bad bytes with U+FFFD)")
        }
    }

    func testLossyReplacesAndCounts() throws {
        let decoded = try InputDecoder.decode(Data([0x61, 0xFF, 0x62, 0xC3]), path: "a.txt", lossy: true)
        XCTAssertEqual(decoded.text, "a\u{FFFD}b\u{FFFD}")
        XCTAssertEqual(decoded.replacements, 2)
    }

    func testNulByteMeansBinary() {
        XCTAssertThrowsError(try InputDecoder.decode(Data([0x89, 0x50, 0x00]), path: "img.png", lossy: true)) { error in
            XCTAssertEqual(error as? TidingsError, .binaryInput(path: "img.png", byteOffset: 2))
        }
    }
}

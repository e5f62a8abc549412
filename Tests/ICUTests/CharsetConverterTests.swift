import ICU
import XCTest

final class CharsetConverterTests: XCTestCase {
    func testEncodesWindows1252() throws {
        XCTAssertEqual(try CharsetConverter.encode(Array("’é".utf16), charset: "windows-1252"), [0x92, 0xE9])
    }

    func testRoundTripRepairsMojibake() throws {
        let bytes = try CharsetConverter.encode(Array("â€™".utf16), charset: "windows-1252")
        let repaired = try CharsetConverter.decode(bytes, charset: "UTF-8")
        XCTAssertEqual(String(decoding: repaired, as: UTF16.self), "’")
    }

    func testUnmappableCharacterIsAnError() {
        XCTAssertThrowsError(try CharsetConverter.encode(Array("日".utf16), charset: "windows-1252"))
        XCTAssertThrowsError(try CharsetConverter.decode([0xC3, 0x28], charset: "UTF-8"))
    }

    func testTransliteratesFullwidth() throws {
        XCTAssertEqual(try Transliterator(id: "Fullwidth-Halfwidth").apply("ＡＢＣ１２３"), "ABC123")
    }
}

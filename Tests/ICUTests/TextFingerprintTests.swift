import XCTest
@testable import ICU

final class TextFingerprintTests: XCTestCase {
    private func fingerprint(_ text: String) -> TextFingerprint { TextBuffer(text).fingerprint }

    func testRunsOfFourUnitsFromTheFirstOn() {
        let runs = fingerprint("Abcde")
        XCTAssertTrue(runs.mayContain(Array("Abcd".utf16), folded: false))
        XCTAssertTrue(runs.mayContain(Array("abcd".utf16), folded: true))
        XCTAssertTrue(runs.mayContain(Array("bcde".utf16), folded: false))
        XCTAssertFalse(runs.mayContain(Array("cdeA".utf16), folded: false))
        XCTAssertFalse(fingerprint("Abc").mayContain(Array("Abcd".utf16), folded: false))
        XCTAssertTrue(fingerprint("abc").containsUnit(0x63))
        XCTAssertFalse(fingerprint("abc").containsUnit(0x64))
        XCTAssertTrue(fingerprint("x\u{17F}").hasASCIIFoldingCharacters)
        XCTAssertFalse(fingerprint("xé").hasASCIIFoldingCharacters)
    }

    func testASCIIFoldingUnitsListEveryUnitThatFoldsToASCII() {
        XCTAssertEqual(TextFingerprint.asciiFoldingUnits, (UInt16(0x80)...UInt16.max).filter(TextFingerprint.foldsToASCII))
    }
}

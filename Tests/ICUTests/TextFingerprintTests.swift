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

    func testAnEditedTextFindsWhetherItStillHoldsAFoldingCharacter() {
        /// The fingerprint of `edited`, derived from that of `original` with `changed` (where the replacement lies).
        func derived(_ original: String, _ edited: String, changed: Range<Int>) -> TextFingerprint {
            let before = TextBuffer(original)
            _ = before.fingerprint
            return TextBuffer(units: Array(edited.utf16), editedFrom: before, changed: [changed]).fingerprint
        }
        // The ligature replaced: the flag goes; another folding character left: it stays; one inserted: it comes.
        XCTAssertFalse(derived("a \u{FB01}ne day", "a fine day", changed: 2..<4).hasASCIIFoldingCharacters)
        XCTAssertTrue(derived("a \u{FB01}ne Stra\u{DF}e", "a fine Stra\u{DF}e", changed: 2..<4).hasASCIIFoldingCharacters)
        XCTAssertTrue(derived("a fine day", "a \u{FB01}ne day", changed: 2..<3).hasASCIIFoldingCharacters)
        // Runs that went with the edit stay set (only ever keeping a search); new runs are added.
        let runs = derived("a \u{FB01}ne day", "a fine day", changed: 2..<4)
        XCTAssertTrue(runs.mayContain(Array("fine".utf16), folded: false))
    }

    func testASCIIFoldingUnitsListEveryUnitThatFoldsToASCII() {
        XCTAssertEqual(TextFingerprint.asciiFoldingUnits, (UInt16(0x80)...UInt16.max).filter(TextFingerprint.foldsToASCII))
    }
}

import XCTest
@testable import ICU

final class TextFingerprintTests: XCTestCase {
    func testASCIIFoldingUnitsListEveryUnitThatFoldsToASCII() {
        XCTAssertEqual(TextFingerprint.asciiFoldingUnits, (UInt16(0x80)...UInt16.max).filter(TextFingerprint.foldsToASCII))
    }
}

import XCTest
@testable import ICU

final class UnitBitMasksTests: XCTestCase {
    func testARangeWithinOneWord() {
        XCTAssertEqual(UnitBitMasks.words(of: 0x41...0x5A), 1...1)
        XCTAssertEqual(UnitBitMasks.mask(of: 0x41...0x5A, inWord: 1), 0x07FF_FFFE)   // bits 1...26
    }

    func testARangeOverSeveralWords() {
        let range: ClosedRange<UInt16> = 0x3E...0x81   // words 0, 1 and 2
        XCTAssertEqual(UnitBitMasks.words(of: range), 0...2)
        XCTAssertEqual(UnitBitMasks.mask(of: range, inWord: 0), 0xC000_0000_0000_0000)
        XCTAssertEqual(UnitBitMasks.mask(of: range, inWord: 1), UInt64.max)
        XCTAssertEqual(UnitBitMasks.mask(of: range, inWord: 2), 0b11)
        XCTAssertEqual(UnitBitMasks.mask(of: 0xFFFF...0xFFFF, inWord: 1023), 1 << 63)
    }
}

import XCTest
@testable import ICU

final class UnitBlockScannerTests: XCTestCase {
    /// Runs `body` over the UTF-16 units of `text`.
    private func withUnits<R>(_ text: String, _ body: (UnsafePointer<UInt16>, Int) -> R) -> R {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { body($0.baseAddress!, units.count) }
    }

    func testFirstBlockSkipsOnlyBlocksHoldingNoWantedUnit() {
        // 40 units: "x" everywhere but a "(" at 21 and a ";" at 37.
        var text = Array(repeating: "x", count: 40)
        text[21] = "("
        text[37] = ";"
        withUnits(text.joined()) { base, count in
            XCTAssertEqual(UnitBlockScanner(Array("(".utf16), at: 0).firstBlock(base, from: 0, to: count), 16)  // the pair 16..<32
            XCTAssertEqual(UnitBlockScanner(Array("(".utf16), at: 0).firstBlock(base, from: 22, to: count), 38)  // none; 2 units left
            XCTAssertEqual(UnitBlockScanner(Array(";(".utf16), at: 0).firstBlock(base, from: 22, to: count), 22)  // the pair 22..<38 holds ";"
            XCTAssertEqual(UnitBlockScanner(Array("a;b(".utf16), at: 0).firstBlock(base, from: 1, to: count), 17)  // pair 17..<33 holds "("
            XCTAssertEqual(UnitBlockScanner(Array("ab;".utf16), at: 0).firstBlock(base, from: 0, to: 37), 32)  // ";" is past the end
            XCTAssertEqual(UnitBlockScanner(Array("(".utf16), at: 5).firstBlock(base, from: 0, to: 34), 16)  // "(" at position 16 + 5
        }
    }

    func testHitsMarkEachPassingPosition() {
        withUnits("a(b;c(d;..") { base, _ in
            let hits = UnitBlockScanner(Array("(;".utf16), at: 0).hits(base, at: 0)
            XCTAssertEqual(hits.0, 0xFFFF_0000_FFFF_0000)
            XCTAssertEqual(hits.1, 0xFFFF_0000_FFFF_0000)
            let one = UnitBlockScanner(Array("a".utf16), at: 0).hits(base, at: 0)
            XCTAssertEqual(one.0, 0x0000_0000_0000_FFFF)
            XCTAssertEqual(one.1, 0)
            let shifted = UnitBlockScanner(Array("(".utf16), at: 1).hits(base, at: 0)  // positions 0 and 4
            XCTAssertEqual(shifted.0, 0x0000_0000_0000_FFFF)
            XCTAssertEqual(shifted.1, 0x0000_0000_0000_FFFF)
        }
    }

    func testSecondCheckKeepsPositionsWhoseOtherUnitLiesInTheBlock() {
        // " x" fails the block 0x20...0x3F at offset 1, " ," and "  " pass it.
        withUnits(" x ,  x x.abcdefgh") { base, count in
            let scanner = UnitBlockScanner([0x20], at: 0, block: 0x20...0x3F, at: 1)
            let hits = scanner.hits(base, at: 0)
            XCTAssertEqual(hits.0, 0x0000_FFFF_0000_0000)  // position 2 (" ,")
            XCTAssertEqual(hits.1, 0x0000_0000_0000_FFFF)  // position 4 ("  "); 5 and 7 are " x", " x"
            XCTAssertEqual(scanner.firstBlock(base, from: 0, to: count - 1), 0)
            XCTAssertEqual(scanner.firstBlock(base, from: 6, to: count - 1), 14)  // positions 6..<14 hold only " x"
        }
    }

    func testAlignedBlocks() {
        XCTAssertEqual(UnitBlockScanner.alignedBlock(0x20, 0x3F), 0x20...0x3F)
        XCTAssertEqual(UnitBlockScanner.alignedBlock(0x2C, 0x2E), 0x2C...0x2F)
        XCTAssertEqual(UnitBlockScanner.alignedBlock(0x3A, 0x3A), 0x3A...0x3A)
        XCTAssertEqual(UnitBlockScanner.alignedBlock(0x3F, 0x40), 0x00...0x7F)
        XCTAssertEqual(UnitBlockScanner.alignedBlock(0x20, 0x2019), 0x0000...0x3FFF)
    }
}

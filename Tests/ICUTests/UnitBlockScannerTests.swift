import XCTest
@testable import ICU

final class UnitBlockScannerTests: XCTestCase {
    /// Runs `body` over the UTF-16 units of `text`.
    private func withUnits<R>(_ text: String, _ body: (UnsafeRawPointer, Int) -> R) -> R {
        let units = Array(text.utf16)
        return units.withUnsafeBytes { body($0.baseAddress!, units.count) }
    }

    func testFirstBlockSkipsOnlyBlocksHoldingNoWantedUnit() {
        // 40 units: "x" everywhere but a "(" at 21 and a ";" at 37.
        var text = Array(repeating: "x", count: 40)
        text[21] = "("
        text[37] = ";"
        let joined = text.joined()
        withUnits(joined) { raw, count in
            XCTAssertEqual(UnitBlockScanner(Array("(".utf16)).firstBlock(raw, from: 0, to: count), 16)  // the pair 16..<32
            XCTAssertEqual(UnitBlockScanner(Array("(".utf16)).firstBlock(raw, from: 22, to: count), 38)  // none; 2 units left
            XCTAssertEqual(UnitBlockScanner(Array(";(".utf16)).firstBlock(raw, from: 22, to: count), 22)  // the pair 22..<38 holds ";"
            XCTAssertEqual(UnitBlockScanner(Array("a;b(".utf16)).firstBlock(raw, from: 1, to: count), 17)  // pair 17..<33 holds "("
            XCTAssertEqual(UnitBlockScanner(Array("ab;".utf16)).firstBlock(raw, from: 0, to: 37), 32)  // ";" is past the end
        }
    }

    func testHitsMarkEachLaneHoldingAWantedUnit() {
        withUnits("a(b;c(d;") { raw, _ in
            let hits = UnitBlockScanner(Array("(;".utf16)).hits(raw, at: 0)
            XCTAssertEqual(hits.0, 0xFFFF_0000_FFFF_0000)
            XCTAssertEqual(hits.1, 0xFFFF_0000_FFFF_0000)
            let one = UnitBlockScanner(Array("a".utf16)).hits(raw, at: 0)
            XCTAssertEqual(one.0, 0x0000_0000_0000_FFFF)
            XCTAssertEqual(one.1, 0)
        }
    }
}

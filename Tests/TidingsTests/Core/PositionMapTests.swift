@testable import Tidings
import XCTest

final class PositionMapTests: XCTestCase {
    private func edit(_ range: Range<Int>, _ text: String) -> Edit {
        Edit(range: range, replacement: text, ruleID: "t", message: "", level: .fix)
    }

    func testMapsOffsetsAfterReplacementsBack() {
        var map = PositionMap()
        map.record([edit(2..<5, "X"), edit(8..<8, "ins")])  // "ab[cde]fg|h" → "abXfg" + "insh"
        XCTAssertEqual(map.originalRange(of: 0..<2), 0..<2)
        XCTAssertEqual(map.originalRange(of: 2..<3), 2..<5)
        XCTAssertEqual(map.originalRange(of: 3..<5), 5..<7)
        XCTAssertEqual(map.originalRange(of: 6..<9), 8..<8)
    }

    func testComposesSeveralRounds() {
        var map = PositionMap()
        map.record([edit(0..<4, "")])        // "abcdEFGH" → "EFGH"
        map.record([edit(1..<3, "xyz")])     // "EFGH" → "ExyzH"
        XCTAssertEqual(map.originalRange(of: 1..<4), 5..<7)
        XCTAssertEqual(map.originalRange(of: 4..<5), 7..<8)
    }
}

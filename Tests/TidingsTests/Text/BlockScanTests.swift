import XCTest
@testable import Tidings

final class BlockScanTests: XCTestCase {
    private func first(_ units: [UInt16], from start: Int = 0, to end: Int? = nil, where test: (UInt16) -> Bool) -> Int {
        units.withUnsafeBufferPointer { BlockScan.first(in: $0, from: start, to: end ?? $0.count, where: test) }
    }

    func testFindsAHitAtEveryPositionInAndAfterWholeBlocks() {
        // 70 units: two whole blocks of 32 and a tail of 6, so hits land in blocks, at their edges and in the tail.
        for position in 0..<70 {
            var units = [UInt16](repeating: 0x61, count: 70)
            units[position] = 0x26
            XCTAssertEqual(first(units) { $0 == 0x26 }, position, "hit at \(position)")
            XCTAssertEqual(first(units, from: min(position + 1, 70)) { $0 == 0x26 }, 70, "nothing after \(position)")
        }
    }

    func testPairsReadTheElementAfterABlockAndZeroAfterTheLast() {
        // 70 units: a pair `ab` at every position, the `b` in the next block when `a` ends one.
        let isPair: (UInt16, UInt16) -> Bool = { BlockScan.both($0 == 0x61, $1 == 0x62) }
        for position in 0..<69 {
            var units = [UInt16](repeating: 0x61, count: 70)
            units[position + 1] = 0x62
            XCTAssertEqual(units.withUnsafeBufferPointer { BlockScan.firstPair(in: $0, from: 0, to: 70, where: isPair) }, position, "pair at \(position)")
            XCTAssertEqual(units.withUnsafeBufferPointer { BlockScan.firstPair(in: $0, from: position + 1, to: 70, where: isPair) }, 70)
        }
        // The last element is paired with 0.
        let units = [UInt16](repeating: 0x61, count: 40)
        XCTAssertEqual(units.withUnsafeBufferPointer { BlockScan.firstPair(in: $0, from: 0, to: 40) { BlockScan.both($0 == 0x61, $1 == 0) } }, 39)
    }

    func testFindsTheFirstOfSeveralHitsInABlock() {
        var units = [UInt16](repeating: 0x20, count: 40)
        units[37] = 0x0A
        units[33] = 0x0A
        units[35] = 0x0A
        XCTAssertEqual(first(units) { $0 == 0x0A }, 33)
        XCTAssertEqual(first(units, from: 34) { $0 == 0x0A }, 35)
        XCTAssertEqual(first(units, from: 36) { $0 == 0x0A }, 37)
    }

    func testStaysInsideTheRange() {
        var units = [UInt16](repeating: 0x61, count: 100)
        units[10] = 0x26
        units[80] = 0x26
        XCTAssertEqual(first(units, from: 11, to: 80) { $0 == 0x26 }, 80)   // the hit at the end is outside
        XCTAssertEqual(first(units, from: 11, to: 81) { $0 == 0x26 }, 80)
        XCTAssertEqual(first(units, from: 50, to: 50) { $0 == 0x26 }, 50)
        XCTAssertEqual(first([]) { $0 == 0x26 }, 0)
    }

    func testRangeTestsAndSurrogatePairs() {
        // 😀 is D83D DE00: a test for the lead half finds the first pair, not the letters around it.
        let units = Array(("x".repeated(45) + "😀 \u{85}" + "y".repeated(20) + "😀").utf16)
        XCTAssertEqual(first(units) { $0 &- 0xD800 < 0x400 }, 45)
        XCTAssertEqual(first(units, from: 46) { $0 &- 0xD800 < 0x400 }, 69)
        XCTAssertEqual(first(units) { $0 &- 0xDC00 < 0x400 }, 46)
        XCTAssertEqual(first(units) { $0 &- 0x80 < 0x20 }, 48)   // U+0085, a C1 control
        XCTAssertEqual(first(units) { BlockScan.either($0 == 0x20, $0 == 0x79) }, 47)
    }

    func testScansBytes() {
        let bytes = Array(("plain text without anything special, " + "then a quote\" and \\").utf8)
        let found = bytes.withUnsafeBufferPointer { BlockScan.first(in: $0, from: 0, to: $0.count, where: JSONStringCodec.mustEscape) }
        XCTAssertEqual(found, 49)
        let next = bytes.withUnsafeBufferPointer { BlockScan.first(in: $0, from: 50, to: $0.count, where: JSONStringCodec.mustEscape) }
        XCTAssertEqual(next, 55)
        let control = Array(("x".repeated(33) + "\u{1}").utf8).withUnsafeBufferPointer {
            BlockScan.first(in: $0, from: 0, to: $0.count, where: JSONStringCodec.mustEscape)
        }
        XCTAssertEqual(control, 33)
    }

    func testVisitsEveryHitInOrder() {
        func hits(_ units: [UInt16], from start: Int = 0, to end: Int? = nil) -> [Int] {
            var found: [Int] = []
            units.withUnsafeBufferPointer { BlockScan.forEach(in: $0, from: start, to: end ?? $0.count, where: { $0 == 0x0A }) { found.append($0) } }
            return found
        }
        var units = [UInt16](repeating: 0x61, count: 100)
        let positions = [0, 1, 30, 31, 32, 33, 63, 64, 65, 95, 96, 99]   // block edges, a full block's both ends, the tail
        for position in positions { units[position] = 0x0A }
        XCTAssertEqual(hits(units), positions)
        XCTAssertEqual(hits(units, from: 2, to: 96), [30, 31, 32, 33, 63, 64, 65, 95])
        XCTAssertEqual(hits(units, from: 34, to: 63), [])
        XCTAssertEqual(hits([]), [])
        XCTAssertEqual(hits([UInt16](repeating: 0x0A, count: 40)), Array(0..<40))
    }

    func testEitherIsOr() {
        XCTAssertTrue(BlockScan.either(true, false))
        XCTAssertTrue(BlockScan.either(false, true))
        XCTAssertTrue(BlockScan.either(true, true))
        XCTAssertFalse(BlockScan.either(false, false))
    }
}

private extension String {
    func repeated(_ count: Int) -> String { String(repeating: self, count: count) }
}

import XCTest
@testable import Tidings

final class UnitScanTests: XCTestCase {
    private func next(_ text: String, from start: Int = 0, to end: Int? = nil, _ first: UInt16, _ second: UInt16) -> Int {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { UnitScan.next(in: $0, from: start, to: end ?? $0.count, orEither: first, second) }
    }

    func testFindsTheFirstNonASCIIOrGivenUnit() {
        XCTAssertEqual(next("plain ascii text, long enough for words", 0x80, 0x80), 39)
        XCTAssertEqual(next("plain ascii text, it’s long", 0x80, 0x80), 20)
        XCTAssertEqual(next("he said \"no\" and 'yes'", 0x22, 0x27), 8)
        XCTAssertEqual(next("he said 'no' and \"yes\"", 0x22, 0x27), 8)
        XCTAssertEqual(next("abc\"", 0x22, 0x22), 3)
        XCTAssertEqual(next("", 0x22, 0x27), 0)
    }

    func testEveryPositionInAWordIsFound() {
        for position in 0..<11 {
            var units = Array("abcdefghijk".utf16)
            units[position] = 0x22
            let found = units.withUnsafeBufferPointer { UnitScan.next(in: $0, from: 0, to: $0.count, orEither: 0x22, 0x22) }
            XCTAssertEqual(found, position)
        }
    }

    func testStaysInsideTheRange() {
        XCTAssertEqual(next("abc\"def\"gh", from: 4, 0x22, 0x22), 7)
        XCTAssertEqual(next("abc\"def\"gh", from: 4, to: 6, 0x22, 0x22), 6)
        XCTAssertEqual(next("abcdefgh€", from: 1, to: 8, 0x80, 0x80), 8)
    }
}

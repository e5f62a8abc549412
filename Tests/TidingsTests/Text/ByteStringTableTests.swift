import XCTest
@testable import Tidings

final class ByteStringTableTests: XCTestCase {
    private func insert(_ text: String, into table: inout ByteStringTable) -> (index: Int, inserted: Bool) {
        Array(text.utf8).withUnsafeBufferPointer { table.insert($0) }
    }

    private func index(_ text: String, in table: ByteStringTable) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { table.index(of: $0) }
    }

    func testIndexesStringsByExactBytes() {
        var table = ByteStringTable()
        XCTAssertTrue(insert("gang", into: &table) == (0, true))
        XCTAssertTrue(insert("Gang", into: &table) == (1, true))
        XCTAssertTrue(insert("gang", into: &table) == (0, false))
        XCTAssertTrue(insert("", into: &table) == (2, true))
        XCTAssertEqual(table.count, 3)
        XCTAssertEqual(index("Gang", in: table), 1)
        XCTAssertEqual(index("", in: table), 2)
        XCTAssertNil(index("gan", in: table))
        XCTAssertEqual(Array(table.bytes(at: 1)), Array("Gang".utf8))
    }

    func testTableMadeWithRoomNumbersTheSameWay() {
        var table = ByteStringTable(capacity: 500, averageLength: 4)
        let words = (0..<1000).map { "w\($0 % 700)" }
        for (number, word) in words.enumerated() {
            XCTAssertTrue(insert(word, into: &table) == (number % 700, number < 700))
        }
        XCTAssertEqual(table.count, 700)
        XCTAssertEqual(index("w699", in: table), 699)
        XCTAssertNil(index("w700", in: table))
    }

    func testKeepsEveryStringWhileGrowing() {
        var table = ByteStringTable()
        let words = (0..<1000).map { "w\($0)" }
        for (number, word) in words.enumerated() { XCTAssertTrue(insert(word, into: &table) == (number, true)) }
        for (number, word) in words.enumerated() { XCTAssertEqual(index(word, in: table), number) }
        XCTAssertEqual(table.count, 1000)
    }
}

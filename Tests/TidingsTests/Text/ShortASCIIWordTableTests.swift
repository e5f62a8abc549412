import XCTest
@testable import Tidings

final class ShortASCIIWordTableTests: XCTestCase {
    private func flag(_ table: ShortASCIIWordTable, _ word: String) -> Bool? {
        Array(word.utf8).withUnsafeBufferPointer { table.flag(of: $0) }
    }

    func testWordsKeepTheirFirstFlagAndCompareUnitForUnit() {
        var table = ShortASCIIWordTable(capacity: 2)
        for (word, isLowercase) in [("gang", true), ("Gang", false), ("gang", false), ("a", true), ("fifteen-letters", true), ("12345678", false)] {
            _ = Array(word.utf8).withUnsafeBufferPointer { table.insert($0, flag: isLowercase) }
        }
        XCTAssertEqual(table.count, 5)
        XCTAssertEqual(flag(table, "gang"), true)
        XCTAssertEqual(flag(table, "Gang"), false)
        XCTAssertEqual(flag(table, "a"), true)
        XCTAssertEqual(flag(table, "fifteen-letters"), true)
        XCTAssertEqual(flag(table, "12345678"), false)
        XCTAssertNil(flag(table, "gan"))
        XCTAssertNil(flag(table, "gangs"))
        XCTAssertNil(flag(table, "GANG"))
        XCTAssertNil(flag(table, "fifteen-letter"))
        XCTAssertNil(flag(table, "1234567"))
        XCTAssertNil(flag(table, "123456789"))
        // UTF-16 units find the same words as their UTF-8 bytes.
        XCTAssertEqual(Array("Gang".utf16).withUnsafeBufferPointer { table.flag(of: $0) }, false)
        XCTAssertEqual(Array("fifteen-letters".utf16).withUnsafeBufferPointer { table.flag(of: $0) }, true)
        XCTAssertNil(Array("fifteen-letterz".utf16).withUnsafeBufferPointer { table.flag(of: $0) })
    }

    func testTableGrowsAndKeepsEveryWord() {
        var table = ShortASCIIWordTable()
        let words = (0..<5000).map { "w\($0)" }
        for (number, word) in words.enumerated() {
            XCTAssertTrue(Array(word.utf8).withUnsafeBufferPointer { table.insert($0, flag: number.isMultiple(of: 3)) })
        }
        XCTAssertEqual(table.count, 5000)
        for (number, word) in words.enumerated() { XCTAssertEqual(flag(table, word), number.isMultiple(of: 3), word) }
        XCTAssertNil(flag(table, "w5000"))
        XCTAssertEqual([1, 15, 16, 0].map(ShortASCIIWordTable.fits), [true, true, false, false])
    }
}

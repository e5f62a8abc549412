import XCTest
@testable import Tidings

final class UnitWordTableTests: XCTestCase {
    func testNumbersWordsInOrderOfFirstInsertion() {
        var table = UnitWordTable(capacity: 1)
        XCTAssertEqual(table.insert("aide").number, 0)
        XCTAssertEqual(table.insert("Vidal").number, 1)
        let again = table.insert("aide")
        XCTAssertEqual(again.number, 0)
        XCTAssertFalse(again.inserted)
        XCTAssertEqual(table.count, 2)
        XCTAssertEqual(Array(table.key(1)), Array("Vidal".utf16))
    }

    func testLooksUpByUTF8BytesOrUnitsAndComparesExactly() {
        let table = UnitWordTable(words: ["café", "cafe\u{301}", "said"])
        XCTAssertEqual(table.count, 3)
        XCTAssertEqual(table.number(of: "said"), 2)
        XCTAssertEqual(table.number(of: "cafe\u{301}"), 1)
        XCTAssertNil(table.number(of: "sai"))
        XCTAssertNil(table.number(of: "Said"))
    }

    func testGrowsPastItsFirstCapacity() {
        let words = (0..<1000).map { "w\($0)" }
        let table = UnitWordTable(words: words)
        XCTAssertEqual(table.count, 1000)
        XCTAssertEqual(table.number(of: "w999"), 999)
        XCTAssertEqual(table.number(of: "w0"), 0)
        XCTAssertNil(table.number(of: "w1000"))
    }

    func testNormalizationFreeTextIsBelowCombiningMarks() {
        func isFree(_ word: String) -> Bool { Array(word.utf16).withUnsafeBufferPointer(UnitWordTable.isNormalizationFree) }
        XCTAssertTrue(isFree("Dvořák"))
        XCTAssertTrue(isFree("Vidal’s"))
        XCTAssertFalse(isFree("cafe\u{301}"))
        XCTAssertTrue(isFree("Αθήνα Москва 北京 서울 カタカナ"))
        XCTAssertFalse(isFree("α\u{301}"))
        XCTAssertFalse(isFree("\u{387}"))
        XCTAssertFalse(isFree("が\u{3099}"))
        XCTAssertFalse(isFree("a\u{2000}b"))
    }
}

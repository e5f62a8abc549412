import XCTest
@testable import Tidings

final class StringIdentityTests: XCTestCase {
    func testIdenticalMeansTheSameScalarsNotCanonicalEquivalence() {
        XCTAssertTrue("café 👍".isIdentical(to: "café 👍"))
        XCTAssertTrue("".isIdentical(to: ""))
        XCTAssertFalse("e\u{301}".isIdentical(to: "é"))  // == would say they are equal
        XCTAssertFalse("abc".isIdentical(to: "abd"))
        XCTAssertFalse("ab".isIdentical(to: "abc"))
        let long = String(repeating: "The minister said so. ", count: 500)
        XCTAssertTrue(long.isIdentical(to: String(long.utf8.map { Character(Unicode.Scalar($0)) })))
        XCTAssertFalse(long.isIdentical(to: long.dropLast() + "!"))
        XCTAssertTrue(long[long.startIndex..<long.index(long.startIndex, offsetBy: 10)].description.isIdentical(to: "The minist"))
    }

    func testBytesAreComparedWhereverTheyDiffer() {
        let base = Array(String(repeating: "abcdefgh", count: 5).utf8) + Array("xyz".utf8)   // 43 bytes: whole words and a tail
        for position in 0..<base.count {
            var changed = base
            changed[position] ^= 0x01
            XCTAssertFalse(base.withUnsafeBufferPointer { a in changed.withUnsafeBufferPointer { b in String.sameBytes(a, b) } }, "\(position)")
        }
        XCTAssertTrue(base.withUnsafeBufferPointer { a in Array(base).withUnsafeBufferPointer { b in String.sameBytes(a, b) } })
        XCTAssertFalse(("x" + String(repeating: "é", count: 20)).isIdentical(to: "x" + String(repeating: "é", count: 19) + "è"))
    }
}

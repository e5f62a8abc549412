import XCTest
@testable import Tidings

final class CharacterCutsTests: XCTestCase {
    func testASCIIWordIsCutByBytes() {
        let cuts = CharacterCuts("energyPolicy", isSimpleASCII: true)
        XCTAssertEqual(cuts.count, 12)
        XCTAssertEqual(cuts.left(6), "energy")
        XCTAssertEqual(cuts.right(6), "Policy")
        XCTAssertEqual(cuts.rightScalarCount(6), 6)
        XCTAssertEqual(cuts.lowerUpperSeams(), [6])
        XCTAssertEqual(CharacterCuts("aBcD", isSimpleASCII: true).lowerUpperSeams(), [1, 3])
        XCTAssertEqual(CharacterCuts("", isSimpleASCII: true).lowerUpperSeams(), [])
    }

    func testOtherWordsAreCutByCharacters() {
        let cuts = CharacterCuts("cafe\u{301}Said", isSimpleASCII: false)
        XCTAssertEqual(cuts.count, 8)
        XCTAssertTrue(cuts.left(4).isIdentical(to: "cafe\u{301}"))
        XCTAssertTrue(cuts.right(4).isIdentical(to: "Said"))
        XCTAssertEqual(cuts.rightScalarCount(3), 6)
        XCTAssertEqual(cuts.lowerUpperSeams(), [4])
        XCTAssertEqual(CharacterCuts("dvořákTold", isSimpleASCII: false).lowerUpperSeams(), [6])
        XCTAssertEqual(CharacterCuts("北京欢迎你", isSimpleASCII: false).lowerUpperSeams(), [])
        XCTAssertEqual(CharacterCuts("ⅱⅢ", isSimpleASCII: false).lowerUpperSeams(), [1])
    }
}

import XCTest
@testable import Tidings

final class WordShapeTests: XCTestCase {
    func testShapes() {
        XCTAssertTrue(WordShape.isLowercase("dvořák"))
        XCTAssertFalse(WordShape.isLowercase("eBay"))
        XCTAssertTrue(WordShape.isCapitalized("Ñoño"))
        XCTAssertFalse(WordShape.isCapitalized("McDonald"))
        XCTAssertFalse(WordShape.isCapitalized("US"))
        XCTAssertTrue(WordShape.startsUppercase("McDonald"))
        XCTAssertTrue(WordShape.hasDigit("G20"))
        XCTAssertTrue(WordShape.isLetters("q\u{307}uick"))
        XCTAssertFalse(WordShape.isLetters("O’Neill"))
    }

    func testDocumentWordsCountsFormsAndNames() {
        let document = Document("👍🏽 Vidal’s aide met Vidal. the aide left.")
        let words = document.words
        XCTAssertEqual(words.count(of: "aide"), 2)
        XCTAssertTrue(words.capitalized.contains("Vidal"))
        XCTAssertFalse(words.capitalized.contains("the"))
        XCTAssertEqual(words.index(startingAt: words.tokens[2].range.lowerBound), 2)
    }

    func testAddressesAndCodeAreRecognized() {
        let document = Document("Mail press@un.org, see https://x.com/a_b, call f() or #tag now.")
        func isAddress(_ needle: String) -> Bool {
            let start = document.text.utf16.count - document.text[document.text.range(of: needle)!.lowerBound...].utf16.count
            return document.isInsideAddress(start..<(start + needle.utf16.count))
        }
        XCTAssertTrue(isAddress("press"))
        XCTAssertTrue(isAddress("https"))
        XCTAssertTrue(isAddress("tag"))
        XCTAssertFalse(isAddress("call"))
    }
}

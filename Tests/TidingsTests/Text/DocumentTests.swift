import XCTest
@testable import Tidings

final class DocumentTests: XCTestCase {
    private let text = "Mr. Smith arrived. He left!\n\nNew paragraph here? Yes."

    func testSentencesAreFoundWithinEachParagraph() {
        let document = Document(text)
        XCTAssertEqual(document.paragraphs, [0..<27, 29..<53])
        XCTAssertEqual(document.sentences(in: 29..<53), [29..<49, 49..<53])
        XCTAssertEqual(document.sentences, [0..<19, 19..<27, 29..<49, 49..<53])
    }

    func testSentenceContainingAnOffsetReadsOnlyItsParagraph() {
        let document = Document(text)
        XCTAssertEqual(document.sentence(containing: 5), 0..<19)
        XCTAssertEqual(document.sentence(containing: 19), 19..<27)
        XCTAssertNil(document.sentence(containing: 27))   // a paragraph's end is in none of its sentences
        XCTAssertNil(document.sentence(containing: 28))   // the blank line
        XCTAssertEqual(document.sentence(containing: 52), 49..<53)
        XCTAssertNil(document.sentence(containing: 53))
    }

    func testLinesOfALongTextEndAtEachLineFeed() {
        let first = String(repeating: "x", count: 31) + "\r"      // the CR belongs to the line; its LF is unit 32
        let second = "😀" + String(repeating: "y", count: 40)
        let document = Document(first + "\n" + second + "\n\n" + "z\n")
        XCTAssertEqual(document.lines, [0..<32, 33..<75, 76..<76, 77..<78, 79..<79])
        XCTAssertEqual(Document("").lines, [0..<0])
        XCTAssertEqual(Document(String(repeating: "a", count: 70)).lines, [0..<70])
    }

    func testQuoteMarkOffsetsListEveryMarkUnitInOrder() {
        let text = "He said \"yes\" — " + String(repeating: "plain ", count: 6) + "‘no’, «non», „nein“ and ”" + "‚‛‟"
        let document = Document(text)
        let expected = Array(text.utf16).enumerated().filter { [0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E].contains($0.element) }.map(\.offset)
        XCTAssertEqual(document.quoteMarkOffsets, expected)
        XCTAssertEqual(expected.count, 9)
        XCTAssertEqual(Document("no marks at all, even past the first block of units").quoteMarkOffsets, [])
    }
}

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
}

import XCTest
@testable import Tidings

final class QuoteScannerTests: XCTestCase {
    private func roles(_ text: String) -> [QuoteScanner.Mark.Role] {
        let document = Document(text)
        return QuoteScanner.marks(in: document, range: 0..<document.count).map(\.role)
    }

    func testApostrophesAreNotQuotes() {
        XCTAssertEqual(roles("Ayhan’s songs of the ’90s, rock ’n’ roll and the sides’ talks"), [.apostrophe, .apostrophe, .apostrophe, .apostrophe, .apostrophe])
    }

    func testNestedQuotesPair() {
        XCTAssertEqual(roles("“He said ‘no’ twice.”"), [.opening, .opening, .closing, .closing])
        let document = Document("👍🏽 “He said ‘no’ twice.")
        XCTAssertEqual(QuoteScanner.unclosedOpeners(in: document, range: 0..<document.count).map(\.offset), [5])
    }

    func testGermanLowHighQuotesPair() {
        XCTAssertEqual(roles("Er sagte „nein“ und „ja“."), [.opening, .closing, .opening, .closing])
        let document = Document("„Wir müssen fortsetzen“, sagte er.")
        XCTAssertEqual(QuoteScanner.unclosedOpeners(in: document, range: 0..<document.count), [])
    }

    func testStraightQuotesByContext() {
        XCTAssertEqual(roles("He said \"yes\" and \"no\"."), [.opening, .closing, .opening, .closing])
    }

    func testTwoApostrophesCloseADoubleQuote() {
        let document = Document("\"It was a pleasure to watch,'' he said. \"Fine.'' It's ma''am's 'tea''")
        let marks = QuoteScanner.marks(in: document, range: 0..<document.count)
        // Between letters (`ma''am`) or closing a single quote (`'tea''`) the apostrophes stay single marks.
        XCTAssertEqual(marks.map(\.role), [.opening, .closing, .opening, .closing, .apostrophe, .apostrophe, .apostrophe, .apostrophe,
                                           .opening, .closing, .apostrophe])
        XCTAssertEqual(marks.map(\.isDouble), [true, true, true, true, false, false, false, false, false, false, false])
        XCTAssertEqual(QuoteScanner.unclosedOpeners(of: marks), [])
    }

    func testQuickTestsForDoubleAndCurlyMarks() {
        let document = Document("It’s “fine”. Say \"no\". Les «amis». ‚low‛ 'x'")
        func range(_ needle: String) -> Range<Int> {
            let start = document.text.utf16.count - document.text[document.text.range(of: needle)!.lowerBound...].utf16.count
            return start..<(start + needle.utf16.count)
        }
        XCTAssertTrue(QuoteScanner.holdsDoubleMark(in: document, range: range("“fine”")))
        XCTAssertTrue(QuoteScanner.holdsDoubleMark(in: document, range: range("\"no\"")))
        XCTAssertTrue(QuoteScanner.holdsDoubleMark(in: document, range: range("«amis»")))
        XCTAssertFalse(QuoteScanner.holdsDoubleMark(in: document, range: range("It’s")))
        XCTAssertFalse(QuoteScanner.holdsDoubleMark(in: document, range: range("‚low‛ 'x'")))
        XCTAssertTrue(QuoteScanner.holdsCurlyMark(in: document, range: range("It’s")))
        XCTAssertTrue(QuoteScanner.holdsCurlyMark(in: document, range: range("“fine”")))
        XCTAssertFalse(QuoteScanner.holdsCurlyMark(in: document, range: range("Say \"no\". Les «amis». ‚low‛ 'x'")))
    }

    func testMarksAreReadOnlyInsideTheRange() {
        let document = Document("“Out” " + String(repeating: "words ", count: 8) + "“in” and ‘in’ " + "“out”")
        let inside = 54..<68
        XCTAssertEqual(document.string(inside), "“in” and ‘in’ ")
        XCTAssertEqual(QuoteScanner.marks(in: document, range: inside).map(\.offset), [54, 57, 63, 66])
        XCTAssertEqual(QuoteScanner.marks(in: document, range: 55..<66).map(\.offset), [57, 63])
        XCTAssertTrue(QuoteScanner.holdsDoubleMark(in: document, range: inside))
        XCTAssertFalse(QuoteScanner.holdsDoubleMark(in: document, range: 58..<68))    // only ‘ ’ there
        XCTAssertTrue(QuoteScanner.holdsCurlyMark(in: document, range: 58..<68))
        XCTAssertFalse(QuoteScanner.holdsCurlyMark(in: document, range: 6..<54))
        XCTAssertFalse(QuoteScanner.holdsDoubleMark(in: Document("it's 'quoted' ’90s"), range: 0..<18))
    }

    func testTheQuickMarkTestLetsEveryMarkThroughAndFewOthers() {
        let all = (0...UInt16.max).map { $0 }
        XCTAssertEqual(all.filter(QuoteScanner.isMarkUnit), [0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E])
        XCTAssertEqual(all.filter(QuoteScanner.mayBeMarkUnit), [0x22, 0x23, 0x26, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E])
        XCTAssertEqual(Document("#1 & ‚low‛ \"yes\"").quoteMarkOffsets, [11, 15])
    }
}

import XCTest
@testable import Tidings

final class QuotationScopeTests: XCTestCase {
    /// The first double-level opener of a text.
    private func opener(_ document: Document) throws -> QuoteScanner.Mark {
        try XCTUnwrap(QuoteScanner.marks(in: document, range: 0..<document.count).first { $0.isDouble && $0.role == .opening })
    }

    func testAQuotationRunsOnWhereTheNextParagraphOpensAgainOrCloses() throws {
        for text in ["“First part.\n\n“Second part,” she said.", "“First part.\n\nMost Read\n\n“Second part.”",
                     "\"First part.\n\nthe second part\" he said.",
                     // Pages mix curly and straight marks: another double mark opens the quotation again too.
                     "“First part.\n\n\"Another,\" he said."] {
            let document = Document(text)
            XCTAssertTrue(QuotationScope.runsOn(try opener(document), in: document), text)
        }
        for text in ["“First part.\n\nThe talks went on.", "“First part.\n\nMost Read today, said the site.\n\n“Second.”",
                     "“First part.\n\n‘Another,’ he said.", "“First part."] {
            let document = Document(text)
            XCTAssertFalse(QuotationScope.runsOn(try opener(document), in: document), text)
        }
    }

    func testARelatedLinkLineBetweenTheParagraphsIsSkipped() throws {
        for text in ["“First part.\n\nALSO READ: Governor opens a station in Ikeja\n\n“Second part,” he said.",
                     "“First part.\n\nRead more: Can the governor win again?\n\n“Second part.”"] {
            let document = Document(text)
            XCTAssertTrue(QuotationScope.runsOn(try opener(document), in: document), text)
        }
        // A label of four words, a line ending in a full stop, or a quotation in the line: no link line.
        for text in ["“First part.\n\nWhat we read today: a report\n\n“Second.”",
                     "“First part.\n\nNote: the talks went on.\n\n“Second.”",
                     "“First part.\n\nRead more: “Talks” resume\n\n“Second.”"] {
            let document = Document(text)
            XCTAssertFalse(QuotationScope.runsOn(try opener(document), in: document), text)
        }
    }

    func testTheScopeIsTheLineWhenLinesAreParagraphs() throws {
        let lines = Document("He wrote: “The archive is gone.\nSales rose.")
        XCTAssertEqual(QuotationScope.scope(of: try opener(lines), in: 0..<lines.count, document: lines), 0..<31)
        // A line ending mid-sentence (hard-wrapped text) or the paragraph's last line: the paragraph.
        let wrapped = Document("He wrote: “The archive is\ngone for good.")
        XCTAssertEqual(QuotationScope.scope(of: try opener(wrapped), in: 0..<wrapped.count, document: wrapped), 0..<wrapped.count)
    }
}

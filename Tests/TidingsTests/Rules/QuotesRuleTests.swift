import XCTest
@testable import Tidings

final class QuotesRuleTests: XCTestCase {
    func testOpenQuoteClosedBeforeReportingClause() throws {
        try assertCleans("“The border stays open for now said Interior Minister Kemal Ayhan.",
                         to: "“The border stays open for now,” said Interior Minister Kemal Ayhan.", only: ["en.quotes.close-unclosed"])
    }

    func testGuillemetsCloseWithTheirOwnMark() throws {
        try assertCleans("«We leave tomorrow said Minister Ana Torres.", to: "«We leave tomorrow,» said Minister Ana Torres.",
                         only: ["en.quotes.close-unclosed"])
    }

    func testOpenQuoteWithoutEvidenceIsOnlySuggestedAtParagraphEnd() throws {
        let result = try cleaned(multiUnitPrefix + "She wrote “the archive is gone.\n\nNext paragraph.", only: ["en.quotes.close-unclosed"])
        assertIdentical(result.text, multiUnitPrefix + "She wrote “the archive is gone.\n\nNext paragraph.")
        XCTAssertEqual(result.suggestions.map(\.after), ["”"])
        XCTAssertEqual(result.suggestions.first?.start.line, 1)
    }

    func testReportingVerbInsideTheQuoteIsNotAClause() throws {
        // `said` followed by an ordinary clause is part of the quotation: only a suggestion at the end.
        let result = try cleaned("“The mayor said the buses would run late", only: ["en.quotes.close-unclosed"])
        XCTAssertEqual(result.applied.count, 0)
        XCTAssertEqual(result.suggestions.map(\.after), ["”"])
    }

    func testSpacesInsideQuotesRemoved() throws {
        try assertCleans("They called it “ a turning point ” on Friday.", to: "They called it “a turning point” on Friday.",
                         only: ["en.quotes.inner-space"])
    }

    func testDoubledMarksMadeSingle() throws {
        try assertCleans("The word ““never”” came up.", to: "The word “never” came up.", only: ["en.quotes.doubled"])
    }

    func testAmericanPunctuationMovesInside() throws {
        try assertCleans("It was “historic”, then “over”.", to: "It was “historic,” then “over.”", only: ["en.quotes.american-punctuation"])
    }

    func testBritishPunctuationMovesOutsideWhenEnabled() throws {
        let result = try Cleaner(enable: ["en.quotes.british-punctuation"], only: ["en.quotes.british-punctuation"])
            .clean(multiUnitPrefix + "It was “historic,” then “over.”")
        assertIdentical(result.text, multiUnitPrefix + "It was “historic”, then “over”.")
    }

    func testNestedQuotesAndApostrophesAreKept() throws {
        let quotes = ["en.quotes.*"]
        try assertKeeps("“He said ‘not yet,’ and left,” Ayhan recalled.", only: quotes)
        try assertKeeps("Rock ’n’ roll in the ’90s, Ayhan’s songs and the sides’ talks.", only: quotes)
        try assertKeeps("“Was it over?” she asked. “Yes.”", only: quotes)
        try assertKeeps("He is 5'10\", she said, and \"fine\" was the word.", only: quotes)
    }

    func testBalancedSampleLikeParagraphIsKept() throws {
        try assertKeeps("Officials said “the talks, the visit and the dinner” were planned, and “more” would follow.",
                        only: ["en.quotes.*"])
    }

    func testDoubledMarksInTheLastParagraphOfALongText() throws {
        let plain = String(repeating: "Nothing doubled here. ", count: 3)
        try assertCleans(plain + "\n\n" + plain + "««vote»» ““now””", to: plain + "\n\n" + plain + "«vote» “now”", only: ["en.quotes.doubled"])
    }

    func testLastSimpleWordIsFoundInTheUnits() {
        func last(_ text: String, from start: Int = 0) -> QuotesRule.LastWord {
            Array(text.utf16).withUnsafeBufferPointer { QuotesRule.lastSimpleWord(in: start..<$0.count, units: $0) }
        }
        XCTAssertEqual(last("the deal is done."), .word(12..<16))
        XCTAssertEqual(last("it isn’t"), .word(3..<8))
        XCTAssertEqual(last("the minister's"), .word(4..<14))
        XCTAssertEqual(last("done"), .word(0..<4))
        XCTAssertEqual(last("x done", from: 2), .word(2..<6))
        XCTAssertEqual(last("... 42 !"), .none)
        XCTAssertEqual(last(""), .none)
        XCTAssertEqual(last("the café"), .unknown)           // a letter that needs Unicode properties
        XCTAssertEqual(last("said 😀, done"), .word(9..<13))  // the separator follows a simple unit
        XCTAssertEqual(last("said 😀 done"), .unknown)        // the space after 😀 could belong to its character
        XCTAssertEqual(last("cafe\u{301} done"), .unknown)
        XCTAssertEqual(last("done\u{301}"), .unknown)        // a combining mark joins the last letter
        XCTAssertEqual(last("’ done"), .word(2..<6))
    }

    func testAmericanPunctuationNeedsAnEnglishLastWordWhenALexiconIsSet() throws {
        let rules = ["en.quotes.american-punctuation"]
        try assertCleans("He called it “a turning point”, then left.", to: "He called it “a turning point,” then left.", only: rules)
        try assertCleans("He called it “the minister’s”, then left.", to: "He called it “the minister’s,” then left.", only: rules)
        try assertKeeps("Ele disse “a reforma é irreversível”, e saiu.", only: rules)
        try assertKeeps("Ele disse “a reforma avança 😀 rápido”, e saiu.", only: rules)
    }

    func testParagraphsWithoutMarksAreSkippedButTheOthersRepaired() throws {
        let plain = String(repeating: "No quotation here at all. ", count: 3)
        try assertCleans(plain + "\n\n“Over”, he said.\n\n" + plain + "\n\nThey called it “final”.",
                         to: plain + "\n\n“Over,” he said.\n\n" + plain + "\n\nThey called it “final.”", only: ["en.quotes.american-punctuation"])
    }
}

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

    func testQuotationRunningOnIntoTheNextParagraphIsLeftOpen() throws {
        // News style: a quotation over several paragraphs closes only at its end; each paragraph opens again.
        try assertKeeps("\"The second thing is the timing. We can't wait.\n\n\"And the third is trust.\"", only: ["en.quotes.close-unclosed"])
        try assertKeeps("“The second thing is the timing.\n \n“And the third is trust,” he said.", only: ["en.quotes.close-unclosed"])
        // Site chrome between the paragraphs (a short label) does not end the quotation.
        try assertKeeps("“The second thing is the timing.\n\nMost Read\n\n“And the third is trust,” he said.", only: ["en.quotes.close-unclosed"])
        // Pages mix curly and straight marks: a next paragraph opening with another double mark continues too.
        try assertKeeps("“The second thing is the timing.\n\n\"Trust,\" he said.", only: ["en.quotes.close-unclosed"])
        // One opening with a single mark is no continuation.
        let result = try cleaned("“The second thing is the timing.\n\n‘Trust,’ he said.", only: ["en.quotes.close-unclosed"])
        XCTAssertEqual(result.suggestions.map(\.after), ["”"])
    }

    func testASpaceMovedFromBeforeAClosingMarkToAfterIt() throws {
        // `inner-space` removes the space before the mark; `space-after-closer`, in the same phase,
        // then puts one after it.
        try assertCleans("“For good management, ”said Morales on Monday.", to: "“For good management,” said Morales on Monday.",
                         only: ["en.quotes.inner-space", "en.quotes.space-after-closer"])
    }

    func testClosersTypedTheWrongWayRound() throws {
        try assertCleans("“We honored our tradition, “he added. “Fine,” she said.", to: "“We honored our tradition,” he added. “Fine,” she said.",
                         only: ["en.quotes.reversed-closer"])
        try assertCleans("\"We are not kidding here. \"says Ana Torres.", to: "\"We are not kidding here.\" says Ana Torres.",
                         only: ["en.quotes.reversed-closer"])
        // Without a reporting verb after it the mark may open a new quotation: left alone.
        try assertKeeps("“We honored our tradition, “and then we left.", only: ["en.quotes.reversed-closer"])
        // Nothing is added at the end of the paragraph for such a quotation: it is closed.
        try assertKeeps("“We honored our tradition, “he added.\n\n\"We are not kidding here. \"says Ana Torres.", only: ["en.quotes.close-unclosed"])
        // A new quotation after an unclosed one is no closer.
        try assertKeeps("“We urge restraint said López. Marin said: “We can’t wait. “The talks, he said, “the rest", only: ["en.quotes.reversed-closer"])
    }

    func testCloserTypedAsAnOpenerGluedBeforePunctuation() throws {
        try assertCleans("“It happened in the United States“, sentenced the president. “No, that wouldn’t happen“.",
                         to: "“It happened in the United States”, sentenced the president. “No, that wouldn’t happen”.",
                         only: ["en.quotes.reversed-closer"])
        // Glued on both sides, or with no quotation open (German closes with “), the mark stays.
        try assertKeeps("“We share support“between the two countries. Sie sagte: „Das ist gut“, und ging.", only: ["en.quotes.reversed-closer"])
    }

    func testCloserTypedAsAnOpenerBeforeASpeakerName() throws {
        let ids = ["en.quotes.reversed-closer", "en.quotes.close-unclosed"]
        try assertCleans("“This is a historic day for the workers, “Lula said in Brasília.",
                         to: "“This is a historic day for the workers,” Lula said in Brasília.", only: ids)
        try assertCleans("“It was the worst decision of the year, “Foreign Minister Ana Torres said.",
                         to: "“It was the worst decision of the year,” Foreign Minister Ana Torres said.", only: ids)
        // After a reporting verb the mark opens a quotation; a capital with no verb after it starts one too.
        try assertKeeps("“We are done. He said, “Smith said it was over.”", only: ["en.quotes.reversed-closer"])
        try assertKeeps("“We are done. “The talks failed.” And so on.", only: ["en.quotes.reversed-closer"])
    }

    func testSpaceAfterAClosingMarkNotAfterAReversedOpener() throws {
        try assertCleans("“We will talk to the agencies”he added.", to: "“We will talk to the agencies” he added.", only: ["en.quotes.space-after-closer"])
        try assertKeeps("His commitment to being”the president of national growth“in search of unity.", only: ["en.quotes.space-after-closer"])
    }

    func testQuotationClosedParagraphsLaterOrBrokenMidSentenceIsLeftOpen() throws {
        // The closer comes two paragraphs later, after a nested pair; or is typed `’’`.
        try assertKeeps("“We will stay. We will fight.\n\nNo one leaves. He said: “Never.” We agree.\n\nThe plan is ready,” he said.",
                        only: ["en.quotes.close-unclosed"])
        try assertKeeps("“We will stay.\n\nNo one leaves.\n\nWe will win,’’ Wang said.", only: ["en.quotes.close-unclosed"])
        // A paragraph ending in a comma or `but` was broken by the page.
        try assertKeeps("«I believe in the honesty of the referees, but\n\nI dislike the pressure.", only: ["en.quotes.close-unclosed"])
        // With no closer later, the end of a sentence is still suggested.
        try assertSuggests("“We will stay.\n\nNo one leaves.", to: "“We will stay.”\n\nNo one leaves.", only: ["en.quotes.close-unclosed"])
    }

    func testQuotationClosingInTheNextParagraphRunsOn() throws {
        try assertKeeps("\"On a national level, they try to distance us \"I found a friend.\n\nIn politics this makes the difference\" he said.",
                        only: ["en.quotes.close-unclosed"])
    }

    func testTwoApostrophesCloseTheQuote() throws {
        try assertKeeps("\"It was a pleasure to watch,'' he told Sky Sports. \"We got the result.''", only: ["en.quotes.close-unclosed"])
    }

    func testParagraphsSetAsLinesCloseAtTheLineEnd() throws {
        // Scraped text with one paragraph per line: the quote ends with its line, not the block.
        let text = "He wrote: “The archive is gone.\nSales rose 4 percent in the quarter.\nThe shares fell."
        let result = try cleaned(text, only: ["en.quotes.close-unclosed"])
        XCTAssertEqual(result.suggestions.map(\.after), ["”"])
        XCTAssertEqual(result.suggestions.map(\.start.line), [1])
        XCTAssertEqual(result.suggestions.map(\.start.column), [32])
        // A line ending in another mark (`’` typed for `”`) gets nothing added.
        try assertKeeps("“Our portfolio will grow out in the world.’\nSales rose 4 percent.", only: ["en.quotes.close-unclosed"])
    }

    func testClosingAtTheEndIsSuggestedOnceAndStaysSettled() throws {
        let text = "Kuenssberg said: \"In that case, you have not given people a reason.\n\"The government has not.\"\n"
            + "Frazer replied: \"There are opportunities.\n\"Of course, we had questions.\"\nFrazer replied: \"Matt Hancock mak"
        let once = try cleaned(text, only: ["en.quotes.close-unclosed"], suggestions: true)
        assertIdentical(once.text, text + "\"")
        XCTAssertEqual(once.applied.count, 1)
        let twice = try cleaned(once.text, only: ["en.quotes.close-unclosed"], suggestions: true)
        XCTAssertEqual(twice.applied.count + twice.suggestions.count, 0)
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
        // In a document that mostly punctuates inside the closing mark, the two outside are inconsistent.
        let american = "“Yes,” he said. “No.” “Go,” she said. It was “historic”, then “over”."
        try assertCleans(american, to: "“Yes,” he said. “No.” “Go,” she said. It was “historic,” then “over.”",
                         only: ["en.quotes.american-punctuation"], suggestions: true)
        // House style elsewhere (British, logical punctuation): only suggested.
        let result = try cleaned(american, only: ["en.quotes.american-punctuation"])
        assertIdentical(result.text, american)
        XCTAssertEqual(result.suggestions.map(\.after), [",”", ".”"])
    }

    func testAmericanPunctuationFollowsTheDocument() throws {
        // Written consistently outside (or as often outside as inside), the punctuation is the house style.
        for text in ["It was “historic”, then “over”.", "“Yes,” he said. It was “historic”, then “over”. “No.”"] {
            let result = try cleaned(text, only: ["en.quotes.american-punctuation"], suggestions: true)
            assertIdentical(result.text, text)
        }
        XCTAssertThrowsError(try cleaned("x", yaml: """
            rules:
              - id: test.quotes
                kind: quotes
                operation: doubled
                follow-document: true
                level: fix
                message: m
                examples:
                  - in: "““a””"
                    out: "“a”"
                  - keep: "“a”"
            """)) { error in
            XCTAssertTrue("\(error)".contains("'follow-document' applies to operation punctuation only"), "\(error)")
        }
    }

    func testBritishPunctuationMovesOutsideWhenEnabled() throws {
        let result = try Cleaner(enable: ["en.quotes.british-punctuation"], only: ["en.quotes.british-punctuation"])
            .clean(multiUnitPrefix + "It was “historic,” then “over.”")
        assertIdentical(result.text, multiUnitPrefix + "It was “historic”, then “over”.")
    }

    func testNestedQuotesAndApostrophesAreKept() throws {
        // The default quote rules (not British punctuation, the opposite of the American one).
        let quotes = ["en.quotes.close-unclosed", "en.quotes.inner-space", "en.quotes.doubled", "en.quotes.american-punctuation"]
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

    func testParagraphsWithoutMarksAreSkippedButTheOthersRepaired() throws {
        let plain = String(repeating: "No quotation here at all. ", count: 3)
        // (A paragraph punctuated inside the marks makes it the document's style.)
        let inside = "\n\n“Yes,” “no.” and “go.”"
        try assertCleans(plain + "\n\n“Over”, he said.\n\n" + plain + inside + "\n\nThey called it “final”.",
                         to: plain + "\n\n“Over,” he said.\n\n" + plain + inside + "\n\nThey called it “final.”",
                         only: ["en.quotes.american-punctuation"], suggestions: true)
    }
}

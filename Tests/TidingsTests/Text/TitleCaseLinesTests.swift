import XCTest
@testable import Tidings

final class TitleCaseLinesTests: XCTestCase {
    private let lexicon = Lexicon(words: ["transit", "agency", "reports", "record", "as", "fares", "fall", "gang", "state", "guest",
                                          "house", "and", "at", "the", "in", "said", "rose", "city", "expands", "program", "for", "seniors"])

    /// The word tokens on title-case lines, as texts joined by spaces, one string per line found.
    private func titleCaseWords(_ text: String) -> [String] {
        let document = Document(text)
        let words = document.words
        let lines = TitleCaseLines(words, document: document, shapes: words.wordCases, lexicon: lexicon)
        var found: [[String]] = []
        var previous = -2
        for index in words.tokens.indices where lines.contains(token: index) {
            if index != previous + 1 { found.append([]) }
            found[found.count - 1].append(words.texts[index])
            previous = index
        }
        return found.map { $0.joined(separator: " ") }
    }

    func testHeadlinesInTitleCaseAreFound() {
        let text = "Transit Agency Reports Record Ridership As Fares Fall\n\nOfficials said ridership rose.\n"
            + "City Expands Telehealth Program for Seniors"
        XCTAssertEqual(titleCaseWords(text), ["Transit Agency Reports Record Ridership As Fares Fall",
                                              "City Expands Telehealth Program for Seniors"])
    }

    func testCaptionsOfNamesAndSentencesAreNot() {
        XCTAssertEqual(titleCaseWords("Antony Blinken and Qin Gang, at the Diaoyutai State Guest House in Beijing (LEAH MILLIS)"), [])
        XCTAssertEqual(titleCaseWords("The State Guest House said the transit agency reports rose."), [])
        // Three capitalized ordinary words are needed after the first word; lowercase words must be fewer.
        XCTAssertEqual(titleCaseWords("Transit Agency Reports Ridership"), [])
        XCTAssertEqual(titleCaseWords("Agency Reports Record and the fares fall in the city"), [])
        XCTAssertEqual(titleCaseWords(""), [])
    }
}

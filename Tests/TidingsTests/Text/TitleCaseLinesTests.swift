import XCTest
@testable import Tidings

final class TitleCaseLinesTests: XCTestCase {
    private let lexicon = Lexicon(words: ["transit", "agency", "reports", "record", "as", "fares", "fall", "gang", "state", "guest",
                                          "house", "and", "at", "the", "in", "said", "rose", "city", "expands", "program", "for", "seniors",
                                          "watch", "statement", "on", "meltdown", "met"])

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
        // Names among the capitals: more than half of them are still ordinary words.
        XCTAssertEqual(titleCaseWords("Union Watch Statement on Ana’s Lima Meltdown"), ["Union Watch Statement on Ana’s Lima Meltdown"])
        // Capitals but for a capitalized word, no lowercase word: a court caption.
        XCTAssertEqual(titleCaseWords("ANA MARIA TORRES, Appellee.\nThe court said so."), ["ANA MARIA TORRES Appellee"])
        XCTAssertEqual(titleCaseWords("ANA TORRES and Pedro Ruiz Left\nANA TORRES, Appellee, left"), [])
    }

    func testCaptionsOfNamesAndSentencesAreNot() {
        XCTAssertEqual(titleCaseWords("Antony Blinken and Qin Gang, at the Diaoyutai State Guest House in Beijing (LEAH MILLIS)"), [])
        XCTAssertEqual(titleCaseWords("The State Guest House said the transit agency reports rose."), [])
        // Three capitalized ordinary words are needed after the first word; lowercase words must be fewer.
        XCTAssertEqual(titleCaseWords("Transit Agency Reports Ridership"), [])
        // Ordinary words half of the capitalized ones: a caption of names.
        XCTAssertEqual(titleCaseWords("Pedro Ruiz Met Ana Torres at the Lima State Guest House"), [])
        XCTAssertEqual(titleCaseWords("Agency Reports Record and the fares fall in the city"), [])
        XCTAssertEqual(titleCaseWords(""), [])
    }
}

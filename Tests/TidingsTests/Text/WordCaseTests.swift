import XCTest
@testable import Tidings

final class WordCaseTests: XCTestCase {
    func testASCIIWords() {
        XCTAssertEqual(WordCase("gang"), [.lowercaseLetters])
        XCTAssertEqual(WordCase("Beijing"), [.capitalized, .nameLike])
        XCTAssertEqual(WordCase("McDonald"), [.nameLike])
        XCTAssertEqual(WordCase("US"), [])
        XCTAssertEqual(WordCase("A"), [.capitalized])
        XCTAssertEqual(WordCase("eBay"), [])
        XCTAssertEqual(WordCase("G20"), [.capitalized])
        XCTAssertEqual(WordCase("don't"), [])
        XCTAssertEqual(WordCase("O'Neill"), [.nameLike])
        XCTAssertEqual(WordCase("Smith's"), [.capitalized, .nameLike])
    }

    func testCurlyApostrophe() {
        XCTAssertEqual(WordCase("O’Neill"), [.nameLike])
        XCTAssertEqual(WordCase("Blinken’s"), [.capitalized, .nameLike])
        XCTAssertEqual(WordCase("doesn’t"), [])
        XCTAssertEqual(WordCase("’90s"), [])
    }

    func testOtherWordsGoThroughWordShape() {
        XCTAssertEqual(WordCase("dvořák"), [.lowercaseLetters])
        XCTAssertEqual(WordCase("Ñoño"), [.capitalized, .nameLike])
        XCTAssertEqual(WordCase("Dvořák’s"), [.capitalized, .nameLike])
        XCTAssertEqual(WordCase("q\u{307}uick"), [.lowercaseLetters])
        XCTAssertEqual(WordCase("ÉU"), [])
        XCTAssertEqual(WordCase("Straße"), [.capitalized, .nameLike])
        // Apostrophes among letters below U+0590 need no Foundation search; other characters still do.
        XCTAssertEqual(WordCase("Ørsted’s"), [.capitalized, .nameLike])
        XCTAssertEqual(WordCase("Øx’-y"), [.capitalized])
        XCTAssertEqual(WordCase("Žofie’Ř"), [.nameLike])
    }

    func testAgreesWithWordShape() {
        for word in ["gang", "Gang", "GANG", "iPhone", "COVID-19", "win-win", "x", "I", "Mr.", "Ali’s", "ali’s", "Émile", "émile", "d’Estaing",
                     "N’Djamena", "Øx’-y", "Øx’y", "Ørsted's", "Ǆx’y", "Ж’ж", "Ж’2", "Šárka’s’", "Ωmega'\u{301}s", "ß’Ä", "Ā’"] {
            let facts = WordCase(word)
            XCTAssertEqual(facts.contains(.lowercaseLetters), WordShape.isLowercase(word) && WordShape.isLetters(word), word)
            XCTAssertEqual(facts.contains(.capitalized), WordShape.isCapitalized(word), word)
            let lettersOnly = word.replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: "")
            let nameLike = WordShape.startsUppercase(word) && word.unicodeScalars.contains { $0.properties.isLowercase } && WordShape.isLetters(lettersOnly)
            XCTAssertEqual(facts.contains(.nameLike), nameLike, word)
        }
    }
}

import XCTest
@testable import Tidings

final class LexiconTests: XCTestCase {
    func testCaseOfEntriesMatters() {
        let lexicon = Lexicon(words: ["gang", "Beijing", "bill", "Bill"])
        XCTAssertTrue(lexicon.contains("gang"))
        XCTAssertTrue(lexicon.contains("Gang"))
        XCTAssertTrue(lexicon.contains("Beijing"))
        XCTAssertFalse(lexicon.contains("beijing"))
        XCTAssertTrue(lexicon.containsLowercase("Bill"))
        XCTAssertFalse(lexicon.containsLowercase("Beijing"))
    }

    func testEntriesWithAnApostropheAreFoundWithTheTypographicOne() {
        let lexicon = Lexicon(words: ["I'll", "don't", "O'Neill"])
        XCTAssertEqual(["I’ll", "don’t", "Don’t", "O’Neill", "I'll"].map(lexicon.contains), [true, true, true, true, true])
        XCTAssertEqual(["don’t", "I’ll"].map(lexicon.containsLowercase), [true, false])
        XCTAssertEqual(["o’neill", "I‘ll", "dont"].map(lexicon.contains), [false, false, false])
    }

    func testLowercaseEntriesNeedASmallLetterAndNoCapital() {
        let lexicon = Lexicon(words: ["x2", "42", "e.g.", "iPhone", "gang", "gang"])
        XCTAssertEqual(["x2", "e.g.", "gang"].map(lexicon.containsLowercase), [true, true, true])
        XCTAssertEqual(["42", "iPhone", "IPHONE"].map(lexicon.containsLowercase), [false, false, false])
        XCTAssertEqual(["X2", "E.G.", "Gang", "42"].map(lexicon.contains), [true, true, true, true])
        XCTAssertFalse(lexicon.contains("IPhone"))
    }

    func testASCIIUnitLookupAnswersAsContains() {
        // KELVIN SIGN is canonically equivalent to `K`: `String ==` finds `Kelvin` through it.
        let lexicon = Lexicon(words: ["gang", "Beijing", "\u{212A}elvin", "café"])
        func contains(_ word: String) -> Bool {
            Array(word.utf16).withUnsafeBufferPointer { lexicon.contains(asciiUnits: $0) }
        }
        for word in ["gang", "Gang", "GANG", "Beijing", "beijing", "BEIJING", "Kelvin", "kelvin", "cafe", "gan"] {
            XCTAssertEqual(contains(word), lexicon.contains(word), word)
        }
        XCTAssertEqual(["gang", "Gang", "GANG", "Beijing", "Kelvin"].map(contains), [true, true, true, true, true])
        XCTAssertEqual(["beijing", "kelvin", "cafe"].map(contains), [false, false, false])
    }

    func testWordsAreFoundUpToCanonicalEquivalence() {
        let lexicon = Lexicon(words: ["café", "\u{212A}elvin", "naïve", "Zoë"])
        XCTAssertTrue(lexicon.contains("cafe\u{301}"))
        XCTAssertTrue(lexicon.contains("Kelvin"))
        XCTAssertTrue(lexicon.containsExactly("\u{212A}elvin"))
        XCTAssertTrue(lexicon.contains("NAÏVE"))
        XCTAssertTrue(lexicon.containsLowercase("Naïve"))
        XCTAssertFalse(lexicon.containsLowercase("Zoë"))
        XCTAssertFalse(lexicon.contains("zoë"))
        XCTAssertEqual(Lexicon.asciiEquivalent(of: "\u{212A}elvin\u{37E}"), "Kelvin;")
        XCTAssertNil(Lexicon.asciiEquivalent(of: "cafe\u{301}"))
    }

    func testBuiltInLexiconIsLoadedFromTheRuleFiles() throws {
        let set = try XCTUnwrap(RuleSet.builtIn().rules.compactMap { $0 as? SplitMergedRule }.first).lexicon
        XCTAssertTrue(set.contains("security"))
        XCTAssertTrue(set.contains("Time"))
        XCTAssertFalse(set.contains("timesaid"))
        XCTAssertFalse(set.containsLowercase("qxz"))
    }

    func testLexiconShipsWithItsLicense() {
        let paths = BuiltinRuleFiles.files.map(\.path)
        XCTAssertTrue(paths.contains("en/lexicon/words.txt"))
        XCTAssertTrue(BuiltinRuleFiles.files.first { $0.path == "en/lexicon/LICENSE-SCOWL.txt" }?.contents.contains("Kevin Atkinson") ?? false)
    }

    func testShortAndLongASCIIEntriesAnswerAlike() {
        // `counterrevolutionary` (20 letters) is kept apart from the words of 15 letters or fewer.
        let lexicon = Lexicon(words: ["counterrevolutionary", "Counterintelligence", "fifteen-letters", "sixteen-letters!", "Bill"])
        XCTAssertTrue(lexicon.contains("counterrevolutionary"))
        XCTAssertTrue(lexicon.contains("Counterrevolutionary"))
        XCTAssertTrue(lexicon.contains("COUNTERREVOLUTIONARY"))
        XCTAssertTrue(lexicon.containsLowercase("Counterrevolutionary"))
        XCTAssertTrue(lexicon.containsExactly("Counterintelligence"))
        XCTAssertFalse(lexicon.containsLowercase("counterintelligence"))
        XCTAssertFalse(lexicon.contains("counterintelligence"))
        XCTAssertTrue(lexicon.contains("FIFTEEN-LETTERS"))
        XCTAssertTrue(lexicon.containsLowercase("sixteen-letters!"))
        XCTAssertFalse(lexicon.contains("sixteen-letters"))
        XCTAssertTrue(lexicon.contains("Bill"))
        XCTAssertFalse(lexicon.contains("bill"))
        XCTAssertFalse(lexicon.containsLowercase("Bill"))
        XCTAssertFalse(lexicon.contains(""))
    }

    func testLatin1WordsWithoutCapitalsAreTheirOwnLowerCase() {
        let lexicon = Lexicon(words: ["café", "Zoë", "µs"])
        XCTAssertTrue(lexicon.contains("café"))
        XCTAssertTrue(lexicon.contains("Café"))
        XCTAssertTrue(lexicon.contains("CAFÉ"))
        XCTAssertTrue(lexicon.contains("Zoë"))
        XCTAssertFalse(lexicon.contains("zoë"))
        XCTAssertFalse(lexicon.contains("ZOË"))
        XCTAssertFalse(lexicon.contains("cafés"))
        XCTAssertFalse(lexicon.contains("naïve×"))
        XCTAssertTrue(lexicon.contains("µs"))
        XCTAssertTrue(lexicon.contains("µS"))
    }
}

@testable import Tidings
import XCTest

final class WordSetTests: XCTestCase {
    func testParsesOneEntryPerLineWithCommentsSpacesAndLineEndings() {
        let text = "# header\nsaid\r\n  told \t\n\nZürich # a city\nde la Cruz\nstated\u{2028}noted\n#only comment\nlast"
        XCTAssertEqual(WordSet.parseList(text), ["said", "told", "Zürich", "de la Cruz", "stated", "noted", "last"])
    }

    func testBareWordLinesAndOtherLinesMix() {
        let text = "alpha\n\n#x\nbeta gamma\n\tdelta\nepsilon#note\nzeta\n"
        XCTAssertEqual(WordSet.parseList(text), ["alpha", "beta gamma", "delta", "epsilon", "zeta"])
        XCTAssertEqual(WordSet.parseList("last"), ["last"])
        XCTAssertEqual(WordSet.parseList(""), [])
    }

    func testMembershipCanIgnoreCase() {
        let set = WordSet(name: "verbs", words: ["Said"], caseInsensitive: true)
        XCTAssertTrue(set.contains("SAID"))
        XCTAssertFalse(WordSet(name: "verbs", words: ["Said"]).contains("said"))
    }

    func testCountsDistinctWords() {
        XCTAssertEqual(WordSet(name: "s", words: ["a", "b", "a"]).count, 2)
        XCTAssertEqual(WordSet(name: "s", words: ["Said", "said"], caseInsensitive: true).count, 1)
    }

    func testChangedWordsAndCaseRebuildMembership() {
        var set = WordSet(name: "s", words: ["Said"])
        XCTAssertFalse(set.contains("said"))
        set.caseInsensitive = true
        XCTAssertTrue(set.contains("said"))
        let copy = set
        set.words = ["told"]
        XCTAssertTrue(set.contains("TOLD"))
        XCTAssertFalse(set.contains("said"))
        XCTAssertTrue(copy.contains("said"))
    }

    func testTrieAlternationFollowsTheWords() {
        var set = WordSet(name: "s", words: ["minister", "mayor"])
        XCTAssertEqual(set.trieAlternation, RegexWordTrie.alternation(of: ["minister", "mayor"]))
        let copy = set
        set.words = ["vice"]
        XCTAssertEqual(set.trieAlternation, "(?:vice)")
        XCTAssertEqual(copy.trieAlternation, RegexWordTrie.alternation(of: ["minister", "mayor"]))
    }

    func testEqualityFollowsNameWordsAndCase() {
        let set = WordSet(name: "s", words: ["a"])
        _ = set.contains("a")
        XCTAssertEqual(set, WordSet(name: "s", words: ["a"]))
        XCTAssertEqual(set.hashValue, WordSet(name: "s", words: ["a"]).hashValue)
        XCTAssertNotEqual(set, WordSet(name: "s", words: ["a"], caseInsensitive: true))
        XCTAssertNotEqual(set, WordSet(name: "t", words: ["a"]))
    }

    func testAlternationQuotesRegexSyntaxAndPrefersLongerWords() {
        XCTAssertEqual(WordSet(name: "s", words: ["a.b", "a.b.c"]).regexAlternation, "(?:a\\.b\\.c|a\\.b)")
    }
}

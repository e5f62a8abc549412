@testable import Tidings
import XCTest

final class WordSetTests: XCTestCase {
    func testParsesOneEntryPerLineWithCommentsSpacesAndLineEndings() {
        let text = "# header\nsaid\r\n  told \t\n\nZürich # a city\nde la Cruz\nstated\u{2028}noted\n#only comment\nlast"
        XCTAssertEqual(WordSet.parseList(text), ["said", "told", "Zürich", "de la Cruz", "stated", "noted", "last"])
    }

    func testMembershipCanIgnoreCase() {
        let set = WordSet(name: "verbs", words: ["Said"], caseInsensitive: true)
        XCTAssertTrue(set.contains("SAID"))
        XCTAssertFalse(WordSet(name: "verbs", words: ["Said"]).contains("said"))
    }

    func testAlternationQuotesRegexSyntaxAndPrefersLongerWords() {
        XCTAssertEqual(WordSet(name: "s", words: ["a.b", "a.b.c"]).regexAlternation, "(?:a\\.b\\.c|a\\.b)")
    }
}

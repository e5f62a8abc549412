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
}

import XCTest
@testable import Tidings

/// The built-in rules on the repository's sample articles: the listed repairs happen, and the
/// clean parts stay byte for byte.
final class SampleArticleTests: XCTestCase {
    private func sample(_ name: String) throws -> String {
        try RepositoryFiles.text("samples/\(name)")
    }

    func testSpanishTranslationArtifactsAreRepaired() throws {
        let result = try Cleaner().clean(try sample("mt-article-es-en.txt"))
        for expected in ["Antony Blinken, the State Department said", "the minister Qin Gang",
                         "mutually suitable time,” said US State Department spokesman",
                         "five and a half hours, reported journalists", "urged the Chinese minister to",
                         "The Chinese regime chancellor", "is long: ranges", "(LEAH MILLIS)",
                         "Microsoft Corp. co-founder", "Sino-US", "8:00 p.m.", "G-20", "de-escalate", "Xi Jinping"] {
            XCTAssertTrue(result.text.contains(expected), "missing: \(expected)")
        }
        for damaged in ["Blinkenthe", "timesaid", "hoursreported", "qin gang", "minister Chinese", "He Chinese", "long.:", "/)"] {
            XCTAssertFalse(result.text.contains(damaged), "still there: \(damaged)")
        }
        let document = Document(result.text)
        for paragraph in document.paragraphs {
            XCTAssertEqual(QuoteScanner.unclosedOpeners(in: document, range: paragraph).count, 0, document.string(paragraph))
        }
    }

    func testCleaningTheCleanedSampleChangesNothing() throws {
        let cleaner = try Cleaner()
        let once = try cleaner.clean(try sample("mt-article-es-en.txt")).text
        let twice = try cleaner.clean(once)
        assertIdentical(twice.text, once)
        XCTAssertEqual(twice.applied.count, 0)
    }

    func testSpunArticleSentencesAreUnchanged() throws {
        let original = try sample("spun-article-with-chrome.txt")
        let result = try Cleaner().clean(original)
        let ids = Set(result.applied.map(\.ruleID))
        XCTAssertTrue(ids.allSatisfy { $0.hasPrefix("core.") || $0.hasPrefix("chrome.") }, "\(ids)")
        let cleanedLines = Set(result.text.split(separator: "\n").map(String.init))
        for line in original.split(separator: "\n") {
            let body = line.trimmingCharacters(in: .whitespaces)
            guard body.count > 40 else { continue }
            XCTAssertTrue(cleanedLines.contains(body), "changed: \(body)")
        }
    }

    func testCleaningScrapedShapesTwiceChangesNothingMore() throws {
        let texts = [" date 2017-05-24 Deliberating and approving the budget is our duty.\n",
                     "Kuenssberg said: \"In that case, no.\n\"The government has not.\"\nFrazer replied: \"Matt Hancock mak",
                     "Hinds said “unnamed sources” should not be believed over th\n\n    - item one\n      - item two\n"]
        for text in texts {
            let once = try Cleaner().clean(text, options: CleanOptions(applySuggestions: true)).text
            let twice = try Cleaner().clean(once, options: CleanOptions(applySuggestions: true))
            assertIdentical(twice.text, once)
            XCTAssertEqual(twice.applied.map(\.ruleID), [])
        }
    }
}

@testable import Tidings
import XCTest

/// The sample articles clean to their committed expected outputs (regenerate with
/// `swift run tidings clean samples/NAME.txt > samples/NAME.cleaned.txt` when rules change).
final class SamplesTests: XCTestCase {
    func testSamplesCleanToTheirExpectedOutput() throws {
        let cleaner = try Cleaner()
        let names = try RepositoryFiles.sampleNames()
        XCTAssertGreaterThanOrEqual(names.count, 2)
        for name in names {
            let input = try RepositoryFiles.text("samples/\(name).txt")
            let expected = try RepositoryFiles.text("samples/\(name).cleaned.txt")
            let output = try cleaner.clean(input).text
            XCTAssertTrue(output.isIdentical(to: expected), "samples/\(name).txt no longer cleans to samples/\(name).cleaned.txt")
        }
    }

    func testCleaningTheOutputAgainChangesNothing() throws {
        let cleaner = try Cleaner()
        for name in try RepositoryFiles.sampleNames() {
            let once = try cleaner.clean(try RepositoryFiles.text("samples/\(name).txt"))
            let twice = try cleaner.clean(once.text, options: CleanOptions(applySuggestions: false))
            XCTAssertTrue(twice.applied.isEmpty, "\(name): second run changed \(twice.applied.map(\.ruleID))")
        }
    }

    func testSpunSampleLosesItsChromeAndIndentationButNoSentence() throws {
        let input = try RepositoryFiles.text("samples/spun-article-with-chrome.txt")
        let output = try Cleaner().clean(input).text
        for chrome in ["Languages —\n", "\nMore\n", "Share This Post"] {
            XCTAssertFalse(output.contains(chrome), "chrome left: \(chrome.debugDescription)")
        }
        XCTAssertFalse(output.split(separator: "\n").contains { $0.hasPrefix(" ") }, "a paragraph is still indented")
        let sentences = input.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasSuffix(".") || $0.hasSuffix(".”") }
        XCTAssertEqual(sentences.count, 15)
        for sentence in sentences {
            XCTAssertTrue(output.contains(sentence + "\n"), "sentence changed or lost: \(sentence)")
        }
    }
}

import ICU
import XCTest

final class BreakIteratorTests: XCTestCase {
    func testWordBoundariesCarryRuleStatus() throws {
        let text = TextBuffer("Hi, 42 ok")
        let boundaries = try BreakIterator.boundaries(.word, in: text)
        XCTAssertEqual(boundaries.map(\.offset), [2, 3, 4, 6, 7, 9])
        XCTAssertEqual(boundaries.map { $0.ruleStatus / 100 }, [2, 0, 0, 1, 0, 2])
    }

    func testSentenceBreakSuppressionsKeepAbbreviationsTogether() throws {
        let text = TextBuffer("He met Mr. Smith. Then he left.")
        XCTAssertEqual(try BreakIterator.boundaries(.sentence, in: text, locale: "en").map(\.offset), [11, 18, 31])
        let suppressed = try BreakIterator.boundaries(.sentence, in: text, locale: "en@ss=standard")
        XCTAssertEqual(suppressed.map(\.offset), [18, 31])
    }

    func testRangeLimitsIteration() throws {
        let text = TextBuffer("one two three")
        let boundaries = try BreakIterator.boundaries(.word, in: text, range: 4..<7)
        XCTAssertEqual(boundaries.map(\.offset), [7])
    }

    func testBoundariesBeyondOneBatchKeepOrderAndStatus() throws {
        // 300 letters and 300 spaces: 600 boundaries, more than one batch from the shim.
        let text = TextBuffer(String(repeating: "a ", count: 299) + "7 ")
        let boundaries = try BreakIterator.boundaries(.word, in: text)
        XCTAssertEqual(boundaries.map(\.offset), Array(1...600))
        XCTAssertEqual(boundaries.prefix(4).map { $0.ruleStatus / 100 }, [2, 0, 2, 0])
        XCTAssertEqual(boundaries.suffix(2).map { $0.ruleStatus / 100 }, [1, 0])
    }
}

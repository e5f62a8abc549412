import XCTest
@testable import Tidings

final class LineDiffHunkTests: XCTestCase {
    private func numbered(_ count: Int) -> [String] {
        (1...count).map { "line \($0)" }
    }

    private func replacing(_ lines: [String], _ replacements: [Int: String]) -> [String] {
        var result = lines
        for (lineNumber, text) in replacements { result[lineNumber - 1] = text }
        return result
    }

    func testIdenticalTextsHaveNoHunks() {
        XCTAssertEqual(LineDiff.hunks(old: numbered(10), new: numbered(10)), [])
        XCTAssertEqual(LineDiff.hunks(old: [], new: []), [])
    }

    func testSingleChangedLineInTheMiddle() {
        let old = numbered(10)
        let new = replacing(old, [5: "LINE FIVE"])
        XCTAssertEqual(LineDiff.hunks(old: old, new: new), [
            DiffHunk(oldStart: 2, oldCount: 7, newStart: 2, newCount: 7, lines: [
                .context("line 2"), .context("line 3"), .context("line 4"),
                .removed("line 5"), .added("LINE FIVE"),
                .context("line 6"), .context("line 7"), .context("line 8"),
            ]),
        ])
    }

    func testTwoChangesFarApartGiveTwoHunks() {
        let old = numbered(20)
        let new = replacing(old, [2: "second", 18: "eighteenth"])
        XCTAssertEqual(LineDiff.hunks(old: old, new: new), [
            DiffHunk(oldStart: 1, oldCount: 5, newStart: 1, newCount: 5, lines: [
                .context("line 1"), .removed("line 2"), .added("second"),
                .context("line 3"), .context("line 4"), .context("line 5"),
            ]),
            DiffHunk(oldStart: 15, oldCount: 6, newStart: 15, newCount: 6, lines: [
                .context("line 15"), .context("line 16"), .context("line 17"),
                .removed("line 18"), .added("eighteenth"),
                .context("line 19"), .context("line 20"),
            ]),
        ])
    }

    func testCloseChangesAreMergedIntoOneHunk() {
        let old = numbered(10)
        let new = replacing(old, [3: "three", 8: "eight"])
        XCTAssertEqual(LineDiff.hunks(old: old, new: new), [
            DiffHunk(oldStart: 1, oldCount: 10, newStart: 1, newCount: 10, lines: [
                .context("line 1"), .context("line 2"),
                .removed("line 3"), .added("three"),
                .context("line 4"), .context("line 5"), .context("line 6"), .context("line 7"),
                .removed("line 8"), .added("eight"),
                .context("line 9"), .context("line 10"),
            ]),
        ])
    }

    func testGapOfTwiceTheContextMergesAndOneMoreSplits() {
        let old = numbered(15)
        // Six unchanged lines (3...8) between the changes: contexts touch, one hunk.
        let merged = LineDiff.hunks(old: old, new: replacing(old, [2: "two", 9: "nine"]))
        XCTAssertEqual(merged.map { [$0.oldStart, $0.oldCount, $0.newStart, $0.newCount] }, [[1, 12, 1, 12]])
        // Seven unchanged lines (3...9) between the changes: two hunks.
        let split = LineDiff.hunks(old: old, new: replacing(old, [2: "two", 10: "ten"]))
        XCTAssertEqual(split.map { [$0.oldStart, $0.oldCount, $0.newStart, $0.newCount] }, [[1, 5, 1, 5], [7, 7, 7, 7]])
    }

    func testInsertionOnly() {
        let old = numbered(6)
        var new = old
        new.insert("inserted", at: 3)
        XCTAssertEqual(LineDiff.hunks(old: old, new: new), [
            DiffHunk(oldStart: 1, oldCount: 6, newStart: 1, newCount: 7, lines: [
                .context("line 1"), .context("line 2"), .context("line 3"),
                .added("inserted"),
                .context("line 4"), .context("line 5"), .context("line 6"),
            ]),
        ])
    }

    func testInsertionWithoutContextUsesTheLineBeforeAsOldStart() {
        let old = numbered(6)
        var new = old
        new.insert("inserted", at: 3)
        XCTAssertEqual(LineDiff.hunks(old: old, new: new, context: 0), [
            DiffHunk(oldStart: 3, oldCount: 0, newStart: 4, newCount: 1, lines: [.added("inserted")]),
        ])
    }

    func testInsertionIntoEmptyText() {
        XCTAssertEqual(LineDiff.hunks(old: [], new: ["a", "b"]), [
            DiffHunk(oldStart: 0, oldCount: 0, newStart: 1, newCount: 2, lines: [.added("a"), .added("b")]),
        ])
    }

    func testDeletionOfFirstAndLastLines() {
        let old = numbered(10)
        let new = Array(old[1..<9])
        XCTAssertEqual(LineDiff.hunks(old: old, new: new), [
            DiffHunk(oldStart: 1, oldCount: 4, newStart: 1, newCount: 3, lines: [
                .removed("line 1"), .context("line 2"), .context("line 3"), .context("line 4"),
            ]),
            DiffHunk(oldStart: 7, oldCount: 4, newStart: 6, newCount: 3, lines: [
                .context("line 7"), .context("line 8"), .context("line 9"), .removed("line 10"),
            ]),
        ])
    }

    func testDeletionWithoutContextUsesTheLineBeforeAsNewStart() {
        let old = numbered(10)
        var new = old
        new.remove(at: 4)
        XCTAssertEqual(LineDiff.hunks(old: old, new: new, context: 0), [
            DiffHunk(oldStart: 5, oldCount: 1, newStart: 4, newCount: 0, lines: [.removed("line 5")]),
        ])
    }

    func testDeletingEverything() {
        XCTAssertEqual(LineDiff.hunks(old: ["a", "b"], new: []), [
            DiffHunk(oldStart: 1, oldCount: 2, newStart: 0, newCount: 0, lines: [.removed("a"), .removed("b")]),
        ])
    }

    func testRemovalsComeBeforeAdditionsInAReplacedBlock() {
        let old = ["keep", "old one", "old two", "keep too"]
        let new = ["keep", "new one", "new two", "new three", "keep too"]
        XCTAssertEqual(LineDiff.hunks(old: old, new: new), [
            DiffHunk(oldStart: 1, oldCount: 4, newStart: 1, newCount: 5, lines: [
                .context("keep"), .removed("old one"), .removed("old two"),
                .added("new one"), .added("new two"), .added("new three"), .context("keep too"),
            ]),
        ])
    }

    func testCanonicallyEquivalentLinesStillDiffer() {
        // Swift's == says these are equal; the byte-exact line diff must not.
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        XCTAssertEqual(composed, decomposed)
        let hunks = LineDiff.hunks(old: [composed], new: [decomposed])
        XCTAssertEqual(hunks.count, 1)
        XCTAssertEqual(hunks.first?.lines.count, 2)
        guard case let .removed(removed)? = hunks.first?.lines.first,
              case let .added(added)? = hunks.first?.lines.last else {
            return XCTFail("expected one removed and one added line, got \(hunks)")
        }
        XCTAssertEqual(Array(removed.utf8), Array(composed.utf8))
        XCTAssertEqual(Array(added.utf8), Array(decomposed.utf8))
    }
}

@testable import Tidings
import XCTest

final class DropLineRuleTests: XCTestCase {
    func testDropsWholeLinesOnlyAndTheBlankLineAfter() throws {
        let fields = "pattern: 'Share This Post'"
        XCTAssertEqual(try cleaned("Intro 👍.\n\n  Share This Post  \n\nBody.\nShare This Post now.\n", kind: "drop-line", fields),
                       "Intro 👍.\n\nBody.\nShare This Post now.\n")
    }

    func testStartPositionLimitsToFirstLines() throws {
        let fields = "pattern: 'More'\nposition: start\nwithin: 2"
        XCTAssertEqual(try cleaned("Date\nMore\nA.\nMore\nB.", kind: "drop-line", fields), "Date\nA.\nMore\nB.")
    }

    func testEndAndEdgePositions() throws {
        XCTAssertEqual(try cleaned("More\nA.\nB.\nC.\nMore", kind: "drop-line", "pattern: 'More'\nposition: end\nwithin: 1"), "More\nA.\nB.\nC.\n")
        XCTAssertEqual(try cleaned("More\nA.\nMore\nB.\nC.\nMore", kind: "drop-line", "pattern: 'More'\nposition: edge\nwithin: 1"),
                       "A.\nMore\nB.\nC.\n")
    }

    func testFollowingHeadlinesDropsTheRelatedBlockOnlyWhenAllHeadlines() throws {
        let fields = "pattern: 'Keep reading:'\nfollowing: headlines"
        XCTAssertEqual(try cleaned("Body.\n\nKeep reading:\n\nFirst headline here\n\nSecond one", kind: "drop-line", fields), "Body.\n\n")
        XCTAssertEqual(try cleaned("Body.\n\nKeep reading:\n\nThe article goes on here.\n", kind: "drop-line", fields),
                       "Body.\n\nThe article goes on here.\n")
    }

    func testInvalidPositionIsRejected() {
        XCTAssertThrowsError(try singleRuleCleaner(kind: "drop-line", "pattern: 'x'\nposition: middle")) { error in
            XCTAssertTrue("\(error)".contains("'position' must be one of anywhere, start, end, edge"), "\(error)")
        }
    }
}

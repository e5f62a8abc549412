@testable import Tidings
import XCTest

final class LineDiffAlignmentTests: XCTestCase {
    func testDedentedLinesPairWithTheirNewSelvesNotWithBlankLines() {
        let old = ["Menu", "", "    First paragraph.", "", "    Second paragraph."]
        let new = ["First paragraph.", "", "Second paragraph."]
        let hunks = LineDiff.hunks(old: old, new: new)
        XCTAssertEqual(hunks.count, 1)
        XCTAssertEqual(hunks[0].lines, [
            .removed("Menu"), .removed(""),
            .removed("    First paragraph."), .added("First paragraph."),
            .context(""),
            .removed("    Second paragraph."), .added("Second paragraph."),
        ])
    }
}

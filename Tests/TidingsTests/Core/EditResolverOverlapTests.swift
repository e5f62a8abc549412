import XCTest
@testable import Tidings

final class EditResolverOverlapTests: XCTestCase {
    private func edit(_ range: Range<Int>, _ text: String = "x", rule: String = "r") -> Edit {
        Edit(range: range, replacement: text, ruleID: rule, message: "", level: .fix)
    }

    func testALaterEditOverlappingManyAcceptedOnesLoses() {
        let small = (0..<50).map { (edit: edit(($0 * 10)..<($0 * 10 + 1)), order: 0) }
        let big = (edit: edit(5..<400, "big", rule: "late"), order: 1)
        let (accepted, conflicts) = EditResolver.resolve(small + [big])
        XCTAssertEqual(accepted.count, 50)
        XCTAssertEqual(conflicts.map(\.loser.ruleID), ["late"])
    }

    func testEditsInsideABigAcceptedEditLoseAndTouchingOnesWin() {
        let big = (edit: edit(10..<100, "big"), order: 0)
        let inside = (edit: edit(50..<51, rule: "inside"), order: 1)
        let insertionInside = (edit: edit(60..<60, rule: "insertion"), order: 1)
        let touching = (edit: edit(100..<101, rule: "touching"), order: 1)
        let insertionAtEnd = (edit: edit(100..<100, rule: "at-end"), order: 1)
        let (accepted, conflicts) = EditResolver.resolve([big, inside, insertionInside, touching, insertionAtEnd])
        XCTAssertEqual(accepted.map(\.ruleID), ["r", "at-end", "touching"])
        XCTAssertEqual(Set(conflicts.map(\.loser.ruleID)), ["inside", "insertion"])
    }

    func testManyEditsResolveInOrder() {
        let proposals = (0..<20_000).reversed().map { (edit: edit(($0 * 2)..<($0 * 2 + 1)), order: $0 % 3) }
        let (accepted, conflicts) = EditResolver.resolve(proposals)
        XCTAssertEqual(accepted.count, 20_000)
        XCTAssertTrue(conflicts.isEmpty)
        XCTAssertEqual(accepted.map(\.range.lowerBound), (0..<20_000).map { $0 * 2 })
    }
}

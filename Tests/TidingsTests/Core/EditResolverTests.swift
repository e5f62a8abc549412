@testable import Tidings
import XCTest

final class EditResolverTests: XCTestCase {
    private func edit(_ range: Range<Int>, _ text: String, _ id: String, _ level: Level = .fix) -> (edit: Edit, order: Int) {
        (Edit(range: range, replacement: text, ruleID: id, message: "", level: level), Int(id.dropFirst()) ?? 0)
    }

    func testEarlierRuleWinsOverlapAndLoserNamesWinner() {
        let (accepted, conflicts) = EditResolver.resolve([edit(3..<6, "b", "r2"), edit(0..<4, "a", "r1"), edit(8..<9, "c", "r3")])
        XCTAssertEqual(accepted.map(\.ruleID), ["r1", "r3"])
        XCTAssertEqual(conflicts.map(\.loser.ruleID), ["r2"])
        XCTAssertEqual(conflicts.map(\.winner.ruleID), ["r1"])
    }

    func testTouchingEditsDoNotConflict() {
        let (accepted, conflicts) = EditResolver.resolve([edit(0..<3, "a", "r1"), edit(3..<5, "b", "r2"), edit(3..<3, "+", "r3")])
        XCTAssertEqual(accepted.map(\.ruleID), ["r1", "r3", "r2"])
        XCTAssertTrue(conflicts.isEmpty)
    }

    func testTwoInsertionsAtOnePointConflict() {
        let (accepted, conflicts) = EditResolver.resolve([edit(2..<2, ",", "r1"), edit(2..<2, ";", "r2")])
        XCTAssertEqual(accepted.map(\.replacement), [","])
        XCTAssertEqual(conflicts.count, 1)
    }

    func testFixOutranksEarlierSuggestion() {
        let (accepted, _) = EditResolver.resolve([edit(0..<4, "s", "r1", .suggest), edit(2..<6, "f", "r9")])
        XCTAssertEqual(accepted.map(\.ruleID), ["r9"])
    }
}

@testable import Tidings
import XCTest

final class EngineTests: XCTestCase {
    private func run(_ rules: [any Rule], _ text: String, suggest: Bool = false) throws -> CleanResult {
        try Engine(rules: rules).run(text, locale: "en", applySuggestions: suggest)
    }

    func testAppliesEditsAndReportsThemAgainstTheOriginal() throws {
        let result = try run([LiteralRule("t.fix", "teh", "the")], "See teh list.\nAnd teh end.")
        XCTAssertEqual(result.text, "See the list.\nAnd the end.")
        XCTAssertEqual(result.applied.map(\.start), [
            SourceLocation(line: 1, column: 5, utf8Offset: 4),
            SourceLocation(line: 2, column: 5, utf8Offset: 18),
        ])
        XCTAssertEqual(result.applied.map(\.before), ["teh", "teh"])
    }

    func testPositionsCountScalarsAndUTF8BytesAfterEmojiAndCombiningMarks() throws {
        let text = "👨‍👩‍👧 e\u{301} teh"
        let edit = try XCTUnwrap(run([LiteralRule("t.fix", "teh", "the")], text).applied.first)
        // 👨‍👩‍👧 is 5 scalars / 18 bytes; " e\u{301} " is 4 scalars / 5 bytes.
        XCTAssertEqual(edit.start, SourceLocation(line: 1, column: 10, utf8Offset: 23))
        XCTAssertEqual(edit.end, SourceLocation(line: 1, column: 13, utf8Offset: 26))
    }

    func testLaterPhasesSeeEarlierOutputButReportOriginalPositions() throws {
        let rules: [any Rule] = [
            LiteralRule("t.second", "XY", "Z", phase: .layout),
            LiteralRule("t.first", "abc", "X", phase: .characters),
        ]
        let result = try run(rules, "--abcY--")
        XCTAssertEqual(result.text, "--Z--")
        XCTAssertEqual(result.applied.map(\.ruleID), ["t.first", "t.second"])
        // "XY" in the second phase covers the replaced "abc" and the "Y": original bytes 2..<6.
        XCTAssertEqual(result.applied[1].start.utf8Offset, 2)
        XCTAssertEqual(result.applied[1].end.utf8Offset, 6)
    }

    func testOverlappingEditLosesToEarlierRuleAndIsReported() throws {
        let rules: [any Rule] = [LiteralRule("t.a", "big cat", "kitten"), LiteralRule("t.b", "cat", "dog")]
        let result = try run(rules, "a big cat")
        XCTAssertEqual(result.text, "a kitten")
        XCTAssertEqual(result.conflicts.map(\.ruleID), ["t.b"])
        XCTAssertEqual(result.conflicts.first?.overriddenBy, "t.a")
    }

    func testFixesBeatSuggestionsWhenSuggestionsAreApplied() throws {
        let rules: [any Rule] = [LiteralRule("t.s", "colour", "color", level: .suggest), LiteralRule("t.f", "our", "OUR")]
        let result = try run(rules, "colour", suggest: true)
        XCTAssertEqual(result.text, "colOUR")
        XCTAssertEqual(result.conflicts.map(\.ruleID), ["t.s"])
    }

    func testSuggestionsAreReportedNotAppliedByDefault() throws {
        let rules: [any Rule] = [LiteralRule("t.s", "colour", "color", level: .suggest)]
        let result = try run(rules, "colour and colour")
        XCTAssertEqual(result.text, "colour and colour")
        XCTAssertEqual(result.suggestions.map(\.start.column), [1, 12])
        XCTAssertTrue(result.applied.isEmpty)
        XCTAssertEqual(try run(rules, "colour", suggest: true).text, "color")
    }

    func testASuggestionAnAppliedEditMakesAnywayIsNotReported() throws {
        let rules: [any Rule] = [LiteralRule("t.fix", "amina", "Amina"), LiteralRule("t.s", "amina", "Amina", level: .suggest),
                                 LiteralRule("t.other", "amina", "AMINA", level: .suggest)]
        let result = try run(rules, "amina spoke")
        XCTAssertEqual(result.text, "Amina spoke")
        XCTAssertEqual(result.applied.map(\.ruleID), ["t.fix"])
        // A different suggestion at the same place is still reported.
        XCTAssertEqual(result.suggestions.map(\.ruleID), ["t.other"])
    }

    func testPhaseRunsUntilStable() throws {
        let result = try run([LiteralRule("t.collapse", "  ", " ")], "a        b")
        XCTAssertEqual(result.text, "a b")
    }

    func testIdenticalProposalsFromTwoRulesApplyOnce() throws {
        let rules: [any Rule] = [LiteralRule("t.a", "x", "y"), LiteralRule("t.b", "x", "y")]
        let result = try run(rules, "x")
        XCTAssertEqual(result.text, "y")
        XCTAssertTrue(result.conflicts.isEmpty)
    }

    func testInsertionsAndReplacementsAtTheSamePlaceBothApply() throws {
        let rules: [any Rule] = [InsertBeforeRule(), LiteralRule("t.replace", "b", "B")]
        XCTAssertEqual(try run(rules, "ab").text, "a[B")
    }
}

/// Inserts "[" before every "b" (an empty-range edit at the same offset where another rule replaces "b").
private struct InsertBeforeRule: Rule {
    let info = RuleInfo(id: "t.insert", kind: "test", level: .fix, message: "insert", phase: .tokens)
    func edits(in document: Document) throws -> [Edit] {
        document.units.indices.filter { document.units[$0] == 0x62 && ($0 == 0 || document.units[$0 - 1] != 0x5B) }
            .map { info.edit($0..<$0, "[") }
    }
}

@testable import Tidings
import XCTest

final class CleanerTests: XCTestCase {
    func testBuiltinRulesWorkFromAnyDirectory() throws {
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(NSTemporaryDirectory()))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let result = try Cleaner().clean("    Share This Post\n\nThe talks  ended.")
        XCTAssertEqual(result.text, "The talks ended.\n")
    }

    func testSafeToShareAcrossTasks() async throws {
        let cleaner = try Cleaner()
        let inputs = (0..<32).map { "    Paragraph \($0)  with  spaces.\n\n\n\nShare This Post\n" }
        let outputs = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, try cleaner.clean(input).text) }
            }
            var results = [String](repeating: "", count: inputs.count)
            for try await (index, text) in group { results[index] = text }
            return results
        }
        XCTAssertEqual(outputs, (0..<32).map { "Paragraph \($0) with spaces.\n" })
    }

    func testSelectingRulesByGlob() throws {
        let text = "    Share This Post\n\nThe talks  ended."
        XCTAssertEqual(try Cleaner(disable: ["chrome.*"]).clean(text).text, "Share This Post\n\nThe talks ended.\n")
        XCTAssertEqual(try Cleaner(only: ["core.space-runs"]).clean(text).text, "    Share This Post\n\nThe talks ended.")
        XCTAssertThrowsError(try Cleaner(disable: ["chrome.nope*"])) { error in
            XCTAssertEqual(error as? TidingsError, .usage("no rule matches 'chrome.nope*' (see `tidings rules list`)"))
        }
    }

    func testUserRulesCanUseBuiltinRulesAlongside() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tidings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "colour\nflavour\n".write(to: folder.appendingPathComponent("british.txt"), atomically: true, encoding: .utf8)
        try """
        sets:
          british: {file: british.txt}
        rules:
          - id: house.spelling
            kind: replace
            level: suggest
            message: House style is American spelling
            pattern: '\\b({british})\\b'
            replacement: '$1'
            examples:
              - in: colour
                out: colour!
              - keep: color
        """.replacingOccurrences(of: "replacement: '$1'", with: "replacement: '$1!'")
            .replacingOccurrences(of: "'\\b({british})\\b'", with: "'\\b({british})\\b(?!!)'")
            .write(to: folder.appendingPathComponent("house.yaml"), atomically: true, encoding: .utf8)
        let cleaner = try Cleaner(ruleFiles: [folder.path])
        let result = try cleaner.clean("The colour.\n")
        XCTAssertEqual(result.text, "The colour.\n")
        XCTAssertEqual(result.suggestions.map(\.after), ["colour!"])
        XCTAssertTrue(cleaner.rules.contains { $0.info.id == "core.nfc" })
    }

    func testEditsAreLocatedUnlessTheCallerOptsOut() throws {
        let cleaner = try Cleaner()
        let located = try cleaner.clean("Talks.\nThe  end.\n")
        XCTAssertEqual(located.applied.map(\.start), [SourceLocation(line: 2, column: 4, utf8Offset: 10)])
        let counted = try cleaner.clean("Talks.\nThe  end.\n", options: CleanOptions(locatesEdits: false))
        XCTAssertEqual(counted.text, "Talks.\nThe end.\n")
        XCTAssertEqual(counted.applied.map(\.ruleID), ["core.space-runs"])
        XCTAssertEqual(counted.applied.map(\.start), [.unknown])
        XCTAssertEqual(counted.applied.map(\.before), ["  "])
    }
}

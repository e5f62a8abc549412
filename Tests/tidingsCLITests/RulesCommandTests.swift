import Foundation
import XCTest

final class RulesCommandTests: XCTestCase {
    private func write(_ yaml: String) throws -> URL {
        try UserRuleFile.write(yaml, for: self)
    }

    private let rule = UserRuleFile.typo

    func testListShowsIdKindLevelSourceAndMessage() throws {
        let output = try CLIRunner.run(["rules", "list"])
        XCTAssertEqual(output.status, 0)
        let line = try XCTUnwrap(output.stdout.split(separator: "\n").first { $0.hasPrefix("chrome.share ") })
        XCTAssertTrue(line.contains("drop-line"))
        XCTAssertTrue(line.contains("fix"))
        XCTAssertTrue(line.contains("rules/chrome/site-chrome.yaml:"))
        XCTAssertTrue(line.hasSuffix("Share-button text removed"))
    }

    func testBuiltinExamplesPass() throws {
        let output = try CLIRunner.run(["rules", "test"])
        XCTAssertEqual(output.status, 0, output.stdout)
        XCTAssertTrue(output.stdout.contains(" 0 failed"), output.stdout)
    }

    func testFailingExampleExitsOneWithExpectedAndActual() throws {
        let url = try write(rule.replacingOccurrences(of: "out: the end", with: "out: thee end"))
        let output = try CLIRunner.run(["rules", "test", url.path], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stdout.contains("\(url.path):9: rule house.teh: 'in' did not become 'out'"), output.stdout)
        XCTAssertTrue(output.stdout.contains("expected: \"thee end\""), output.stdout)
        XCTAssertTrue(output.stdout.contains("actual:   \"the end\""), output.stdout)
        XCTAssertTrue(output.stdout.hasSuffix("1 rules, 2 examples: 0 passed, 1 failed\n"), output.stdout)
    }

    func testLintRejectsBadRegexWithFileAndLine() throws {
        let url = try write(rule.replacingOccurrences(of: "'\\bteh\\b'", with: "'[teh'"))
        let output = try CLIRunner.run(["rules", "lint", url.path])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stdout.hasPrefix("\(url.path):6:14: error: rule house.teh: invalid regex in 'pattern': U_REGEX_MISSING_CLOSE_BRACKET"), output.stdout)
    }

    func testLintRejectsMissingExamples() throws {
        let url = try write(rule.components(separatedBy: "\n    examples:")[0])
        let output = try CLIRunner.run(["rules", "lint", url.path])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stdout.hasPrefix("\(url.path):2:5: error: rule house.teh has no examples"), output.stdout)
        XCTAssertEqual(try CLIRunner.run(["clean", "--rules", url.path, "-"], stdin: Data()).status, 2)
    }

    func testLintAcceptsValidFile() throws {
        let output = try CLIRunner.run(["rules", "lint", try write(rule).path])
        XCTAssertEqual(output.status, 0)
        XCTAssertEqual(output.stdout, "ok: 1 rule(s) in 1 file(s)\n")
    }

    func testLintAndTestAcceptBuiltinFilesBeingEdited() throws {
        let lint = try CLIRunner.run(["rules", "lint", "rules/chrome/site-chrome.yaml"])
        XCTAssertEqual(lint.status, 0, lint.stdout)
        XCTAssertTrue(lint.stdout.hasPrefix("ok: "), lint.stdout)
        let test = try CLIRunner.run(["rules", "test", "rules/chrome"])
        XCTAssertEqual(test.status, 0, test.stdout)
    }
}

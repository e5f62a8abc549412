import Foundation
import XCTest

/// A small valid user rule file (a typo fix with its examples) that CLI tests write and vary.
enum UserRuleFile {
    /// The YAML text; the `pattern` value is on line 6, column 14, and the rule starts on line 2.
    static let typo = """
    rules:
      - id: house.teh
        kind: replace
        level: fix
        message: Typo
        pattern: '\\bteh\\b'
        replacement: the
        examples:
          - in: teh end
            out: the end
          - keep: tehran
    """

    /// Writes YAML to `user.yaml` in a temporary folder that the test case removes afterwards.
    static func write(_ yaml: String = typo, for testCase: XCTestCase) throws -> URL {
        let url = try CLIRunner.temporaryFolder(for: testCase).appendingPathComponent("user.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url
    }
}

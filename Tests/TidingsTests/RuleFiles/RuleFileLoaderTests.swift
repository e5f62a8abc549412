@testable import Tidings
import XCTest

final class RuleFileLoaderTests: XCTestCase {
    /// Loads YAML as a user's file (built-in sets available) and returns the error it raises.
    private func loadError(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> (line: Int, column: Int, reason: String)? {
        do {
            _ = try RuleSet.load([RuleFileSource(path: "user.yaml", contents: yaml)], includeBuiltIn: false)
            XCTFail("expected the file to be rejected", file: file, line: line)
        } catch let TidingsError.ruleFile(path, errorLine, column, reason) {
            XCTAssertEqual(path, "user.yaml", file: file, line: line)
            return (errorLine, column, reason)
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
        return nil
    }

    private let validRule = """
    rules:
      - id: user.teh
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

    func testValidFileLoads() throws {
        let rules = try RuleSet.load([RuleFileSource(path: "user.yaml", contents: validRule)], includeBuiltIn: false).rules
        XCTAssertEqual(rules.map(\.info.id), ["user.teh"])
        XCTAssertEqual(rules.first?.info.line, 2)
        XCTAssertEqual(rules.first?.info.file, "user.yaml")
    }

    func testBadRegexNamesLineColumnAndICUReason() throws {
        let error = try XCTUnwrap(loadError(validRule.replacingOccurrences(of: "'\\bteh\\b'", with: "'(teh'")))
        XCTAssertEqual(error.line, 6)
        XCTAssertEqual(error.column, 14)
        XCTAssertTrue(error.reason.contains("invalid regex in 'pattern': U_REGEX_MISMATCHED_PAREN"), error.reason)
    }

    func testRuleWithoutExamplesIsRejected() throws {
        let yaml = validRule.components(separatedBy: "\n    examples:")[0]
        let error = try XCTUnwrap(loadError(yaml))
        XCTAssertEqual(error.line, 2)
        XCTAssertTrue(error.reason.contains("has no examples"), error.reason)
    }

    func testRuleWithoutKeepExampleIsRejected() throws {
        let error = try XCTUnwrap(loadError(validRule.replacingOccurrences(of: "      - keep: tehran\n", with: "").replacingOccurrences(of: "      - keep: tehran", with: "")))
        XCTAssertTrue(error.reason.contains("needs at least one 'in'/'out' example and one 'keep'"), error.reason)
    }

    func testUnknownKeyIsRejectedAtItsPosition() throws {
        let error = try XCTUnwrap(loadError(validRule.replacingOccurrences(of: "    replacement: the", with: "    replacement: the\n    whole-wrod: true")))
        XCTAssertEqual(error.line, 8)
        XCTAssertEqual(error.column, 5)
        XCTAssertTrue(error.reason.contains("unknown key 'whole-wrod'"), error.reason)
    }

    func testUnknownSetIsRejected() throws {
        let error = try XCTUnwrap(loadError(validRule.replacingOccurrences(of: "'\\bteh\\b'", with: "'{no-such-set}'")))
        XCTAssertTrue(error.reason.contains("unknown word set 'no-such-set'"), error.reason)
    }

    func testQuantifierBracesAreNotSets() throws {
        let yaml = validRule.replacingOccurrences(of: "'\\bteh\\b'", with: "'\\bte{1,2}h\\b'")
        XCTAssertNoThrow(try RuleSet.load([RuleFileSource(path: "user.yaml", contents: yaml)], includeBuiltIn: false))
    }

    func testDuplicateIdIsRejected() throws {
        let rule = validRule.components(separatedBy: "rules:\n")[1]
        let error = try XCTUnwrap(loadError(validRule + "\n" + rule))
        XCTAssertEqual(error.line, 12)
        XCTAssertTrue(error.reason.contains("duplicate rule id 'user.teh'"), error.reason)
    }

    func testUnknownKindListsKnownKinds() throws {
        let error = try XCTUnwrap(loadError(validRule.replacingOccurrences(of: "kind: replace", with: "kind: rewrite")))
        XCTAssertEqual(error.line, 3)
        XCTAssertTrue(error.reason.contains("unknown kind 'rewrite' (known kinds: replace, drop-line, normalize"), error.reason)
    }

    func testYAMLSyntaxErrorHasPosition() throws {
        let error = try XCTUnwrap(loadError("rules:\n  - id: [unclosed\n"))
        XCTAssertEqual(error.line, 3)
        XCTAssertTrue(error.reason.hasPrefix("YAML:"), error.reason)
    }

    func testReplacementReferencingMissingGroupIsRejected() throws {
        let error = try XCTUnwrap(loadError(validRule.replacingOccurrences(of: "replacement: the", with: "replacement: $2")))
        XCTAssertTrue(error.reason.contains("'$2' but the pattern has only 0 group(s)"), error.reason)
    }

    func testSameInAndOutIsRejected() throws {
        let error = try XCTUnwrap(loadError(validRule.replacingOccurrences(of: "out: the end", with: "out: teh end")))
        XCTAssertTrue(error.reason.contains("are the same"), error.reason)
    }

    func testSetsFromInlineListsAndExpandedInPatterns() throws {
        let yaml = """
        sets:
          verbs: [said, told]
        rules:
          - id: user.verb
            kind: replace
            level: fix
            message: m
            pattern: '\\b({verbs}) me\\b'
            replacement: '$1 you'
            examples:
              - in: he said me
                out: he said you
              - keep: he said
        """
        let cleaner = try Cleaner(yaml: yaml)
        XCTAssertEqual(try cleaner.clean("she told me, he said me").text, "she told you, he said you")
    }

    func testPlainScalarsAreReadAsWrittenWhateverTheyLookLike() throws {
        let yaml = """
        sets:
          odd: [yes, 1.50, null, ~, 0x1F, 2024-01-02]
        rules:
          - id: user.odd
            kind: replace
            level: fix
            message: m
            pattern: '<({odd})>'
            replacement: '$1'
            examples:
              - in: <yes>
                out: yes
              - keep: <no>
        """
        let cleaner = try Cleaner(yaml: yaml)
        XCTAssertEqual(try cleaner.clean("<1.50> <null> <~> <0x1F> <2024-01-02> <true>").text, "1.50 null ~ 0x1F 2024-01-02 <true>")
    }

    func testDuplicateKeysAreRejected() throws {
        let duplicate = validRule.replacingOccurrences(of: "    message: Typo\n", with: "    message: Typo\n    message: Again\n")
        XCTAssertNotNil(loadError(duplicate))
    }

    func testBrokenFileRejectsWholeLoad() {
        let broken = RuleFileSource(path: "broken.yaml", contents: "rules:\n  - id: x\n")
        let good = RuleFileSource(path: "user.yaml", contents: validRule)
        XCTAssertThrowsError(try RuleSet.load([good, broken], includeBuiltIn: false))
    }
}

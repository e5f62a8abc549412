import Foundation
import XCTest

final class JSONLinesCommandTests: XCTestCase {
    /// Only the whitespace rules, so expected outputs stay small and stable as the built-in rules grow.
    private let rules = ["--only", "core.space-runs"]

    private func record(_ index: Int) -> String {
        #"{"id": \#(index), "text": "Doc  \#(index)  here", "tail": [\#(index), 1.0]}"#
    }

    func testOrderIsKeptWithFourJobsAndTinyBatches() throws {
        let input = (1...200).map(record).joined(separator: "\n") + "\n"
        let result = try CLIRunner.run(["clean", "--jsonl", "--jobs", "4", "--batch-lines", "1", "--quiet"] + rules, stdin: Data(input.utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = (1...200).map { #"{"id": \#($0), "text": "Doc \#($0) here", "tail": [\#($0), 1.0]}"# }.joined(separator: "\n") + "\n"
        XCTAssertEqual(result.stdout, expected)
        XCTAssertEqual(result.stderr, "")
    }

    func testOtherFieldsAndKeyOrderAreByteIdentical() throws {
        let line = #"{ "z":1.50E+2 ,"text" : "a  b","a":{"y":"\u00e9\"","x":[true,null]},  "id":"k"}"#
        let result = try CLIRunner.run(["clean", "--jsonl"] + rules, stdin: Data((line + "\n").utf8))
        XCTAssertEqual(result.stdout, #"{ "z":1.50E+2 ,"text" : "a b","a":{"y":"\u00e9\"","x":[true,null]},  "id":"k"}"# + "\n")
    }

    func testFieldsAreCleanedAsFieldsWithoutAFinalNewline() throws {
        let line = #"{"text": "    Share This Post\n\nThe talks  ended."}"#
        let result = try CLIRunner.run(["clean", "--jsonl"], stdin: Data((line + "\n").utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, #"{"text": "The talks ended."}"# + "\n")
    }

    func testNestedFieldIsCleanedAndTopLevelTextLeftAlone() throws {
        let line = #"{"text": "x  y", "meta": {"body": "p  q"}}"#
        let result = try CLIRunner.run(["clean", "--jsonl", "--field", "meta.body"] + rules, stdin: Data((line + "\n").utf8))
        XCTAssertEqual(result.stdout, #"{"text": "x  y", "meta": {"body": "p q"}}"# + "\n")
    }

    func testBadLinesPassThroughAndAreCounted() throws {
        let input = [record(1), "not json at all", #"{"id": 2, "body": "a  b"}"#, record(3)].joined(separator: "\n") + "\n"
        let result = try CLIRunner.run(["clean", "--jsonl", "--jobs", "2", "--batch-lines", "1"] + rules, stdin: Data(input.utf8))
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout.split(separator: "\n").map(String.init), [
            #"{"id": 1, "text": "Doc 1 here", "tail": [1, 1.0]}"#,
            "not json at all",
            #"{"id": 2, "body": "a  b"}"#,
            #"{"id": 3, "text": "Doc 3 here", "tail": [3, 1.0]}"#,
        ])
        XCTAssertEqual(result.stderr, "tidings: warning: 4 line(s), 2 cleaned (2 changed); not cleaned as asked: "
            + "1 not JSON, 1 with field 'text' is missing; 2 line(s) passed through unchanged\n")
    }

    func testStrictStopsAtTheBadLineWithItsNumber() throws {
        let folder = try CLIRunner.temporaryFolder(for: self)
        let path = try folder.write("in.jsonl", [record(1), record(2), "{\"id\": 3, \"text\": ", record(4)].joined(separator: "\n") + "\n")
        let result = try CLIRunner.run(["clean", "--jsonl", "--strict", "--jobs", "3", "--batch-lines", "1", path] + rules)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, #"{"id": 1, "text": "Doc 1 here", "tail": [1, 1.0]}"# + "\n" + #"{"id": 2, "text": "Doc 2 here", "tail": [2, 1.0]}"# + "\n")
        XCTAssertEqual(result.stderr, "tidings: \(path):3: error: not JSON (unexpected end of text, expected a value at column 19) (--strict)\n")
    }

    func testStrictNamesAMissingField() throws {
        let result = try CLIRunner.run(["clean", "--jsonl", "--strict"] + rules, stdin: Data((record(1) + "\n{\"body\": \"x\"}\n").utf8))
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "tidings: <stdin>:2: error: field 'text' is missing (--strict)\n")
    }

    func testReportHasOneLinePerDocument() throws {
        let folder = try CLIRunner.temporaryFolder(for: self)
        let input = [#"{"id": "a-1", "text": "x  y  z"}"#, "oops", #"{"text": "clean"}"#].joined(separator: "\n") + "\n"
        let result = try CLIRunner.run(["clean", "--jsonl", "--report", "report.jsonl", "--quiet"] + rules, stdin: Data(input.utf8), in: folder)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(try folder.read("report.jsonl"), """
            {"file":"<stdin>","line":1,"id":"a-1","changed":true,"edits":{"core.space-runs":2},"suggestions":0,"conflicts":0}
            {"file":"<stdin>","line":2,"changed":false,"edits":{},"suggestions":0,"conflicts":0,"skipped":"not JSON: unexpected character, expected a value at column 1"}
            {"file":"<stdin>","line":3,"changed":false,"edits":{},"suggestions":0,"conflicts":0}

            """)
    }

    func testInPlaceRewritesSeveralFilesAndKeepsLastLineWithoutNewline() throws {
        let folder = try CLIRunner.temporaryFolder(for: self)
        let first = try folder.write("a.jsonl", record(1) + "\n" + record(2))
        let second = try folder.write("b.jsonl", record(3) + "\n")
        let result = try CLIRunner.run(["clean", "--jsonl", "--in-place", "--jobs", "2", "--batch-lines", "1", first, second] + rules)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(try folder.read("a.jsonl"), #"{"id": 1, "text": "Doc 1 here", "tail": [1, 1.0]}"# + "\n" + #"{"id": 2, "text": "Doc 2 here", "tail": [2, 1.0]}"# + "\n")
        XCTAssertEqual(try folder.read("b.jsonl"), #"{"id": 3, "text": "Doc 3 here", "tail": [3, 1.0]}"# + "\n")
    }

    func testFieldOptionsNeedJSONLines() throws {
        let result = try CLIRunner.run(["clean", "--field", "body"], stdin: Data("x".utf8))
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("--field, --strict and --report work with --jsonl only."), result.stderr)
    }
}

import XCTest
@testable import Tidings

final class JSONLineCleanerTests: XCTestCase {
    private let yaml = """
        rules:
          - id: test.space-runs
            kind: normalize
            operation: space-runs
            level: fix
            message: spaces
            examples:
              - in: "a  b"
                out: "a b"
              - keep: "a b"
        """

    private func clean(_ line: String, fields: [String] = ["text"], lossy: Bool = false) throws -> JSONLineOutcome {
        let cleaner = JSONLineCleaner(cleaner: try Cleaner(yaml: yaml), fields: fields.map { JSONFieldPath(dotted: $0)! }, lossy: lossy)
        return try Array(line.utf8).withUnsafeBufferPointer { try cleaner.clean($0) }
    }

    private func text(_ outcome: JSONLineOutcome) -> String { String(decoding: outcome.line, as: UTF8.self) }

    func testCleansFieldAndKeepsEveryOtherByte() throws {
        let line = #"{ "z" : 1.50e0,"text":"a  b",  "id": "x-1", "nested": {"k": [1, "a  b"]} }"#
        let outcome = try clean(line)
        XCTAssertEqual(text(outcome), #"{ "z" : 1.50e0,"text":"a b",  "id": "x-1", "nested": {"k": [1, "a  b"]} }"#)
        XCTAssertTrue(outcome.changed)
        XCTAssertEqual(outcome.id.map { String(decoding: $0, as: UTF8.self) }, #""x-1""#)
        XCTAssertEqual(outcome.cleaned.map(\.result.applied.count), [1])
        // Counted, not located (`CleanOptions.locatesEdits` is off for records).
        XCTAssertEqual(outcome.cleaned.first?.result.applied.map(\.start), [.unknown])
    }

    func testUnchangedRecordKeepsItsEscapesExactly() throws {
        let line = #"{"text": "caf\u00e9 \"a b\"\/"}"#
        let outcome = try clean(line)
        XCTAssertFalse(outcome.changed)
        XCTAssertEqual(text(outcome), line)
    }

    func testEscapedInputIsReencodedInTheSameStyle() throws {
        XCTAssertEqual(text(try clean(#"{"text": "caf\u00e9  \ud83d\udc4d"}"#)), #"{"text": "caf\u00e9 \ud83d\udc4d"}"#)
        XCTAssertEqual(text(try clean(#"{"text": "café  \"q\"\n"}"#)), #"{"text": "café \"q\"\n"}"#)
    }

    func testNestedAndSeveralFields() throws {
        let outcome = try clean(#"{"title": "a  b", "meta": {"body": "c  d"}, "text": "e  f"}"#, fields: ["meta.body", "title"])
        XCTAssertEqual(text(outcome), #"{"title": "a b", "meta": {"body": "c d"}, "text": "e  f"}"#)
    }

    func testMissingNonStringAndUndecodableFieldsAreProblems() throws {
        let missing = try clean(#"{"body": "a  b"}"#)
        XCTAssertTrue(missing.passedThrough)
        XCTAssertEqual(missing.problems.map(\.description), ["field 'text' is missing"])
        XCTAssertEqual(try clean(#"{"text": 5}"#).problems.map(\.description), ["field 'text' is not a string"])
        XCTAssertEqual(try clean(#"{"text": "\ud800"}"#).problems.map(\.description),
                       [#"field 'text' cannot be decoded: lone surrogate escape \uD800 at byte 10"#])
        XCTAssertEqual(text(try clean(#"{"text": "\ud800  x"}"#, lossy: true)), "{\"text\": \"\u{FFFD} x\"}")
    }

    func testNotJSONAndBlankLinesPassThrough() throws {
        let broken = try clean(#"{"text": "a  b""#)
        XCTAssertEqual(broken.syntaxError?.reason, "unexpected end of text inside an object")
        XCTAssertEqual(text(broken), #"{"text": "a  b""#)
        XCTAssertTrue(try clean("  \r").isBlank)
    }
}

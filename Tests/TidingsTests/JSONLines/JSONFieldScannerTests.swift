import XCTest
@testable import Tidings

final class JSONFieldScannerTests: XCTestCase {
    private func scan(_ json: String, _ paths: String...) throws -> [[String]] {
        let scanner = JSONFieldScanner(paths: paths.map { JSONFieldPath(dotted: $0)! })
        let bytes = Array(json.utf8)
        let found = try bytes.withUnsafeBufferPointer { try scanner.scan($0) }
        return found.map { values in values.map { String(decoding: bytes[$0.range], as: UTF8.self) } }
    }

    private func syntaxError(_ json: String) -> JSONFieldScanner.SyntaxError? {
        let bytes = Array(json.utf8)
        do {
            _ = try bytes.withUnsafeBufferPointer { try JSONFieldScanner(paths: []).scan($0) }
            return nil
        } catch {
            return error as? JSONFieldScanner.SyntaxError
        }
    }

    func testFindsTopLevelStringWithQuotes() throws {
        XCTAssertEqual(try scan(#"{"id": 7, "text": "Hello"}"#, "text", "id"), [[#""Hello""#], ["7"]])
    }

    func testFindsNestedFieldAndIgnoresSameKeyElsewhere() throws {
        let json = #"{"text": "top", "meta": {"other": {"text": "deep"}, "text": "nested"}, "list": [{"text": "in array"}]}"#
        XCTAssertEqual(try scan(json, "meta.text"), [[#""nested""#]])
        XCTAssertEqual(try scan(json, "meta.other.text", "text"), [[#""deep""#], [#""top""#]])
    }

    func testStringWithEscapedQuotesAndBackslashesEndsAtTheRealQuote() throws {
        XCTAssertEqual(try scan(#"{"text": "say \"hi\" \\", "n": 1}"#, "text"), [[#""say \"hi\" \\""#]])
    }

    func testKeyWrittenWithEscapesStillMatches() throws {
        XCTAssertEqual(try scan(#"{"t\u0065xt": "x"}"#, "text"), [[#""x""#]])
    }

    func testMissingFieldAndRepeatedKey() throws {
        XCTAssertEqual(try scan(#"{"a": 1}"#, "text"), [[]])
        XCTAssertEqual(try scan(#"{"text": "1", "text": "2"}"#, "text"), [[#""1""#, #""2""#]])
    }

    func testNonStringValuesAreFoundWithTheirKind() throws {
        let scanner = JSONFieldScanner(paths: [JSONFieldPath(dotted: "text")!])
        let bytes = Array(#"{"text": {"a": [1, 2.5e-3, true, null]}}"#.utf8)
        let found = try bytes.withUnsafeBufferPointer { try scanner.scan($0) }
        XCTAssertEqual(found[0].map(\.kind), [.object])
    }

    func testAcceptsEveryKindOfValueAndSurroundingSpace() {
        XCTAssertNil(syntaxError(" {\"a\": [true, false, null, -0.5, 1E+9, \"s\", {}, []]}\r"))
        XCTAssertNil(syntaxError("\u{FEFF}{}"))
        XCTAssertNil(syntaxError("[1]"))
    }

    func testRejectsBrokenJSONWithOffset() {
        XCTAssertEqual(syntaxError(#"{"a": 1,}"#)?.offset, 8)
        XCTAssertEqual(syntaxError(#"{"a" 1}"#)?.reason, "expected ':' after the key")
        XCTAssertEqual(syntaxError(#"{"a": "open}"#)?.reason, "unterminated string")
        XCTAssertEqual(syntaxError(#"{"a": "\x"}"#)?.reason, "bad escape in a string")
        XCTAssertEqual(syntaxError(#"{"a": "\u12"}"#)?.reason, "bad \\u escape in a string")
        XCTAssertEqual(syntaxError("{\"a\": \"tab\there\"}")?.reason, "control character inside a string")
        XCTAssertEqual(syntaxError(#"{"a": 01}"#)?.reason, "expected ',' or '}' in an object")
        XCTAssertEqual(syntaxError(#"{} {}"#)?.reason, "unexpected text after the JSON value")
        XCTAssertEqual(syntaxError("not json")?.offset, 1)
        XCTAssertEqual(syntaxError(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))?.reason,
                       "nesting deeper than 512")
    }

    func testLongStringsEndAtTheRealQuoteWhereverTheEscapesFall() throws {
        for padding in 28..<36 {
            let contents = String(repeating: "x", count: padding) + #"\"q\" \\ \u00e9 "# + String(repeating: "y", count: 40)
            XCTAssertEqual(try scan(#"{"text": ""# + contents + #"", "n": 1}"#, "text", "n"), [["\"" + contents + "\""], ["1"]], "\(padding)")
        }
    }

    func testControlCharacterOrMissingQuoteInALongString() {
        let long = String(repeating: "x", count: 40)
        XCTAssertEqual(syntaxError(#"{"text": ""# + long + "\u{1}" + #""}"#), JSONFieldScanner.SyntaxError(offset: 50, reason: "control character inside a string"))
        XCTAssertEqual(syntaxError(#"{"text": ""# + long), JSONFieldScanner.SyntaxError(offset: 50, reason: "unterminated string"))
        XCTAssertEqual(syntaxError(#"{"text": ""# + long + "\\"), JSONFieldScanner.SyntaxError(offset: 51, reason: "unterminated string"))
    }
}

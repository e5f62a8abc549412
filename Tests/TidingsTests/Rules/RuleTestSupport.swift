import XCTest
@testable import Tidings

/// Multi-unit characters (an accented letter, emoji with modifiers and joiners, a combining mark)
/// placed before an edit so offset mistakes show.
let multiUnitPrefix = "Zoë 👍🏽 q\u{307} 👨‍👩‍👧 日本 "

/// Cleans a text with the built-in rules whose ids match the globs (suggestions applied when asked).
func cleaned(_ text: String, only ids: [String], suggestions: Bool = false) throws -> CleanResult {
    try Cleaner(only: ids).clean(text, options: CleanOptions(applySuggestions: suggestions))
}

/// Cleans a text with rules declared in YAML (built-in word sets available), running only those rules.
func cleaned(_ text: String, yaml: String, suggestions: Bool = false) throws -> CleanResult {
    let rules = try RuleSet.load([RuleFileSource(path: "test.yaml", contents: yaml)], includeBuiltIn: true)
        .selecting(only: ["test.*"])
    return try Cleaner(rules: rules).clean(text, options: CleanOptions(applySuggestions: suggestions))
}

/// Asserts byte-exact equality (Swift's `==` on strings ignores normalization differences).
func assertIdentical(_ actual: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertTrue(actual.isIdentical(to: expected), "expected \(expected.debugDescription)\n     got \(actual.debugDescription)", file: file, line: line)
}

/// Asserts the rules turn `input` into `output`, also with multi-unit characters just before it.
func assertCleans(_ input: String, to output: String, only ids: [String], suggestions: Bool = false,
                  file: StaticString = #filePath, line: UInt = #line) throws {
    assertIdentical(try cleaned(input, only: ids, suggestions: suggestions).text, output, file: file, line: line)
    assertIdentical(try cleaned(multiUnitPrefix + input, only: ids, suggestions: suggestions).text, multiUnitPrefix + output, file: file, line: line)
}

/// Asserts the rules leave a text alone, proposing nothing (not even a suggestion).
func assertKeeps(_ text: String, only ids: [String], file: StaticString = #filePath, line: UInt = #line) throws {
    for input in [text, multiUnitPrefix + text] {
        let result = try cleaned(input, only: ids, suggestions: false)
        assertIdentical(result.text, input, file: file, line: line)
        XCTAssertEqual(result.suggestions.map(\.after), [], file: file, line: line)
    }
}

/// Asserts the rules leave `input` as it is by default and turn it into `output` with suggestions
/// applied; returns the suggestions made by default.
@discardableResult
func assertSuggests(_ input: String, to output: String, only ids: [String],
                    file: StaticString = #filePath, line: UInt = #line) throws -> [ReportedEdit] {
    let result = try cleaned(input, only: ids)
    assertIdentical(result.text, input, file: file, line: line)
    assertIdentical(try cleaned(input, only: ids, suggestions: true).text, output, file: file, line: line)
    return result.suggestions
}

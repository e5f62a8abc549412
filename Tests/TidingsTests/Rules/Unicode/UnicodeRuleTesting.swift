import XCTest
@testable import Tidings

/// Helpers for the unicode and style rule tests: clean with chosen built-in rules, compare bytes.
enum UnicodeRuleTesting {
    /// The text after cleaning with only the built-in rules matching `only` (globs).
    static func clean(_ text: String, only: [String]) throws -> CleanResult {
        try Cleaner(only: only).clean(text)
    }

    /// Asserts that each input becomes its expected output exactly (byte for byte), and that the
    /// output is stable (cleaning it again changes nothing).
    static func assertCleans(_ cases: [(input: String, expected: String)], only: [String],
                             file: StaticString = #filePath, line: UInt = #line) throws {
        for (input, expected) in cases {
            let actual = try clean(input, only: only).text
            XCTAssertTrue(actual.isIdentical(to: expected),
                          "\(input.debugDescription)\n  expected: \(expected.debugDescription)\n  actual:   \(actual.debugDescription)",
                          file: file, line: line)
            let again = try clean(expected, only: only).text
            XCTAssertTrue(again.isIdentical(to: expected), "output not stable: \(expected.debugDescription) → \(again.debugDescription)",
                          file: file, line: line)
        }
    }

    /// Asserts that the rules leave each text byte-identical and propose nothing, not even a suggestion.
    static func assertKeeps(_ texts: [String], only: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        for text in texts {
            let result = try clean(text, only: only)
            XCTAssertTrue(result.text.isIdentical(to: text), "changed: \(text.debugDescription) → \(result.text.debugDescription)",
                          file: file, line: line)
            XCTAssertEqual(result.suggestions.count + result.conflicts.count, 0, "proposed edits for \(text.debugDescription)",
                           file: file, line: line)
        }
    }
}

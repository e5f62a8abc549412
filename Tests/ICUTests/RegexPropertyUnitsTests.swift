import XCTest
@testable import ICU

final class RegexPropertyUnitsTests: XCTestCase {
    /// Code points to compare: all of the exact zones (Latin, General Punctuation), and every 13th of the rest of the BMP.
    private let sample: [UInt32] = Array(0...0x2FF) + Array(0x2000...0x206F) + Array(stride(from: 0x300, through: 0xFFFD, by: 13))
        .filter { !(0xD800...0xDFFF).contains($0) }

    private func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        ranges.contains { $0.contains(value) }
    }

    func testSetsAreWhatICUMatches() throws {
        let cases: [(pattern: String, ranges: [ClosedRange<UInt32>]?)] = [
            ("\\p{L}", RegexPropertyUnits.ranges(ofProperty: "L", negated: false)),
            ("\\p{Lu}", RegexPropertyUnits.ranges(ofProperty: "Lu", negated: false)),
            ("\\p{Ll}", RegexPropertyUnits.ranges(ofProperty: "lowercase_letter", negated: false)),
            ("\\P{N}", RegexPropertyUnits.ranges(ofProperty: "N", negated: true)),
            ("\\p{P}", RegexPropertyUnits.ranges(ofProperty: "Punctuation", negated: false)),
            ("\\p{Zs}", RegexPropertyUnits.ranges(ofProperty: "Zs", negated: false)),
            ("\\d", RegexPropertyUnits.digits(negated: false)),
            ("\\s", RegexPropertyUnits.whiteSpace(negated: false)),
            ("\\S", RegexPropertyUnits.whiteSpace(negated: true)),
        ]
        for (pattern, ranges) in cases {
            let ranges = try XCTUnwrap(ranges, pattern)
            let regex = try ICURegex(pattern)
            for value in sample {
                let text = String(Character(Unicode.Scalar(value)!))
                let matches = try regex.wholeMatch(text)
                if RegexPropertyUnits.exactZones.contains(where: { $0.contains(value) }) || pattern == "\\s" || pattern == "\\S" {
                    XCTAssertEqual(contains(ranges, value), matches, "\(pattern) U+\(String(value, radix: 16))")
                } else if matches {
                    XCTAssertTrue(contains(ranges, value), "\(pattern) U+\(String(value, radix: 16))")  // widened: a superset
                }
            }
            XCTAssertLessThan(ranges.count, 200, pattern)
            // Supplementary code points are all kept (a superset).
            XCTAssertTrue(contains(ranges, 0x1F600) || pattern == "\\s", pattern)
        }
    }

    func testOnlyGeneralCategoriesAreKnown() {
        XCTAssertNil(RegexPropertyUnits.ranges(ofProperty: "Han", negated: false))
        XCTAssertNil(RegexPropertyUnits.ranges(ofProperty: "Alphabetic", negated: false))
        XCTAssertNotNil(RegexPropertyUnits.ranges(ofProperty: "Uppercase Letter", negated: false))
    }

    func testPatternsReadThePropertySets() throws {
        // A class of sets and characters.
        XCTAssertTrue(try ICURegex("[\\p{L}\\p{N}”’)] +,").hasCandidateFilter)
        XCTAssertTrue(try ICURegex("[\\d\\s]x").hasCandidateFilter)
        XCTAssertFalse(try ICURegex("[\\p{L}-z]x").hasCandidateFilter)  // a range from a set: not read
    }
}

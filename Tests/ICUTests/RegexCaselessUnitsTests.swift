import XCTest
@testable import ICU

/// The units a case-insensitive ICU regex matches only as themselves (`RegexCaselessUnits`).
final class RegexCaselessUnitsTests: XCTestCase {
    func testICUMatchesCaselessUnitsOnlyAsThemselves() throws {
        // A case-insensitive class of every caseless unit, searched in a text of every BMP character:
        // ICU's case closure would add any other character that matches one of them.
        let members = RegexCaselessUnits.ranges.map { String(format: "\\u%04X-\\u%04X", $0.lowerBound, $0.upperBound) }.joined()
        let regex = try ICURegex("[\(members)]", options: .caseInsensitive)
        let everyCharacter = (UInt16(1)...UInt16.max).filter { !(0xD800...0xDFFF).contains($0) }
        let found = try regex.matches(in: TextBuffer(units: everyCharacter)).map { everyCharacter[$0.range.lowerBound] }
        XCTAssertEqual(found, RegexCaselessUnits.ranges.flatMap { Array($0) })
    }

    func testRangesBeyondASCIIMustLieInACaselessRange() {
        XCTAssertTrue(RegexCaselessUnits.allowsCaseVariants(0x41...0x5A))
        XCTAssertTrue(RegexCaselessUnits.allowsCaseVariants(0x20...0xA0))
        XCTAssertTrue(RegexCaselessUnits.allowsCaseVariants(0x2019))
        XCTAssertFalse(RegexCaselessUnits.allowsCaseVariants(0xB5))  // µ uppercases to Μ
        XCTAssertFalse(RegexCaselessUnits.allowsCaseVariants(0xA0...0xC0))  // À
        XCTAssertFalse(RegexCaselessUnits.allowsCaseVariants(0xE9))
    }
}

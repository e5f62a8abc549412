import XCTest
@testable import Tidings

final class SourceLocatorTests: XCTestCase {
    func testLinesColumnsAndUTF8OffsetsAcrossWideCharacters() {
        let text = "é😀x\nab€\n\nz"
        let locator = SourceLocator(text)
        func where_(_ offset: Int) -> [Int] {
            let location = locator.location(of: offset)
            return [location.line, location.column, location.utf8Offset]
        }
        XCTAssertEqual(where_(0), [1, 1, 0])
        XCTAssertEqual(where_(1), [1, 2, 2])      // after é (2 bytes)
        XCTAssertEqual(where_(3), [1, 3, 6])      // after 😀 (two UTF-16 units, 4 bytes)
        XCTAssertEqual(where_(5), [2, 1, 8])      // start of line 2
        XCTAssertEqual(where_(8), [2, 4, 13])     // after € (3 bytes)
        XCTAssertEqual(where_(10), [4, 1, 15])    // after the blank line
        XCTAssertEqual(where_(99), [4, 2, 16])    // clamped to the end
    }

    func testEveryOffsetOfALongTextMatchesAWalkFromTheLineStart() {
        // Lines longer than a 64-unit block, characters of every width (surrogate pairs at block edges), CR LF, a lone surrogate.
        var units = Array((String(repeating: "a", count: 63) + "😀" + String(repeating: "é€x", count: 30) + "\r\n"
            + String(repeating: "日本😀", count: 25) + "\n\n" + "end").utf16)
        units.insert(0xDC00, at: 150)
        let document = Document(units: units)
        let locator = SourceLocator(document)
        func bytes(_ unit: UInt16) -> Int { unit & 0xF800 == 0xD800 ? 2 : unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3 }
        var line = 1, column = 1, utf8 = 0
        for offset in 0...units.count {
            let location = locator.location(of: offset)
            XCTAssertEqual([location.line, location.column, location.utf8Offset], [line, column, utf8], "offset \(offset)")
            guard offset < units.count else { break }
            utf8 += bytes(units[offset])
            if units[offset] == 0x0A {
                line += 1
                column = 1
            } else if units[offset] & 0xFC00 != 0xDC00 {
                column += 1
            }
        }
        XCTAssertEqual(line, 4)
        XCTAssertEqual(locator.location(of: units.count + 5), locator.location(of: units.count))
        XCTAssertEqual(locator.location(of: -3), SourceLocation(line: 1, column: 1, utf8Offset: 0))
    }

    func testCountsBytesAndScalarsOfAnyRun() {
        func counts(_ text: String) -> [Int] {
            let result = Array(text.utf16).withUnsafeBufferPointer { SourceLocator.counts($0) }
            return [result.bytes, result.scalars]
        }
        XCTAssertEqual(counts(""), [0, 0])
        XCTAssertEqual(counts("aé€😀"), [10, 4])
        XCTAssertEqual(counts(String(repeating: "😀", count: 100)), [400, 100])   // past the 64-unit chunks of the sums
        XCTAssertEqual(counts(String(repeating: "€", count: 200)), [600, 200])
    }
}

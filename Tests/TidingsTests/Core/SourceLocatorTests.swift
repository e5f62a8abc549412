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
}

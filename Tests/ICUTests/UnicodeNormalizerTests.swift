import ICU
import XCTest

final class UnicodeNormalizerTests: XCTestCase {
    func testComposesToNFC() throws {
        let normalized = try UnicodeNormalizer.normalize("Cafe\u{301}")
        XCTAssertEqual(Array(normalized.unicodeScalars), Array("Caf\u{E9}".unicodeScalars))
    }

    func testQuickCheckPrefixStopsBeforeDecomposedCharacter() throws {
        let units = Array("Cafe\u{301}".utf16)
        let prefix = try units.withUnsafeBufferPointer { try UnicodeNormalizer.normalizedPrefixLength($0) }
        XCTAssertEqual(prefix, 3)
    }

    func testCompatibilityFormFoldsLigature() throws {
        XCTAssertEqual(try UnicodeNormalizer.normalize("\u{FB01}le", form: .nfkc), "file")
    }
}

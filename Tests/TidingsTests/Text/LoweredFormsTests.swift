import XCTest
@testable import Tidings

final class LoweredFormsTests: XCTestCase {
    func testNumbersLowercasedFormsAndBareForms() {
        let document = Document("Wu Hao’s, wu hao; HAO's it's Dvořák dvořák’s s's")
        let words = document.words
        XCTAssertEqual(Array(words.texts), ["Wu", "Hao’s", "wu", "hao", "HAO's", "it's", "Dvořák", "dvořák’s", "s's"])
        let forms = words.loweredForms
        // Numbers are given in order of first use, a bare form right after its word's.
        XCTAssertEqual(Array(forms.lowered), [0, 1, 0, 2, 3, 4, 6, 7, 8])
        XCTAssertEqual(Array(forms.bareLowered), [0, 2, 0, 2, 2, 5, 6, 6, 9])
        XCTAssertEqual(forms.count, 10)
        XCTAssertEqual(forms.number(of: "hao’s"), 1)
        XCTAssertEqual(forms.number(of: "dvořák"), 6)
        XCTAssertEqual(forms.number(of: "it"), 5)
        XCTAssertNil(forms.number(of: "Wu"))
    }

    func testEqualStringsShareANumber() {
        // “é” precomposed and decomposed are equal strings; U+212A KELVIN SIGN lowercases to `k`,
        // U+037E GREEK QUESTION MARK equals `;`.
        let document = Document("caf\u{E9} cafe\u{301} \u{212A}m km KM")
        let forms = document.words.loweredForms
        XCTAssertEqual(Array(forms.lowered), [0, 0, 1, 1, 1])
        XCTAssertEqual(forms.number(of: "cafe\u{301}"), 0)
        XCTAssertEqual(forms.number(of: "\u{212A}m".lowercased()), 1)
        XCTAssertNil(forms.number(of: "a\u{37E}b"))
    }
}

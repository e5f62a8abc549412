import XCTest
@testable import Tidings

final class LoweredFormsTests: XCTestCase {
    func testNumbersLowercasedFormsAndBareForms() {
        // Numbers are given in order of first use, a bare form right after its word's.
        let forms = LoweredForms(["Wu", "Hao’s", "wu", "hao", "HAO's", "’s", "it's", "Dvořák", "dvořák’s"])
        XCTAssertEqual(forms.lowered, [0, 1, 0, 2, 3, 4, 5, 7, 8])
        XCTAssertEqual(forms.bareLowered, [0, 2, 0, 2, 2, 4, 6, 7, 7])
        XCTAssertEqual(forms.count, 9)
        XCTAssertEqual(forms.number(of: "hao’s"), 1)
        XCTAssertEqual(forms.number(of: "dvořák"), 7)
        XCTAssertEqual(forms.number(of: "it"), 6)
        XCTAssertNil(forms.number(of: "Wu"))
    }

    func testEqualStringsShareANumberAndIdenticalOnesAreLoweredOnce() {
        // “é” precomposed and decomposed are equal strings; U+212A KELVIN SIGN lowercases to `k`,
        // and U+037E GREEK QUESTION MARK equals `;`.
        let forms = LoweredForms(["caf\u{E9}", "cafe\u{301}", "\u{212A}m", "km", "a;b", "a\u{37E}b", "KM"])
        XCTAssertEqual(forms.lowered, [0, 0, 1, 1, 2, 2, 1])
        XCTAssertEqual(forms.number(of: "a\u{37E}b"), 2)
        XCTAssertEqual(forms.number(of: "cafe\u{301}"), 0)
    }
}

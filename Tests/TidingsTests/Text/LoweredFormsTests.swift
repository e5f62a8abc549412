import XCTest
@testable import Tidings

final class LoweredFormsTests: XCTestCase {
    func testNumbersLowercasedFormsAndBareForms() {
        let document = Document("Wu Hao’s, wu hao; HAO's it's Dvořák dvořák’s s's")
        let words = document.words
        XCTAssertEqual(Array(words.texts), ["Wu", "Hao’s", "wu", "hao", "HAO's", "it's", "Dvořák", "dvořák’s", "s's"])
        let forms = words.loweredForms
        // A text gets twice the number of the form that is it (`wu`: form 2), else of the first form
        // lowercased to it (`hao’s`: form 1), plus one for a bare text no form is (`it`: form 5).
        XCTAssertEqual(Array(forms.lowered), [4, 2, 4, 6, 8, 10, 12, 14, 16])
        XCTAssertEqual(Array(forms.bareLowered), [4, 6, 4, 6, 6, 11, 12, 12, 17])
        XCTAssertEqual(forms.count, 18)
        XCTAssertEqual(forms.number(of: "hao’s"), 2)
        XCTAssertEqual(forms.number(of: "dvořák"), 12)
        XCTAssertEqual(forms.number(of: "it"), 11)
        XCTAssertEqual(forms.number(of: "wu"), 4)
        XCTAssertNil(forms.number(of: "Wu"))
        XCTAssertNil(forms.number(of: "hao's’"))
    }

    func testEqualStringsShareANumber() {
        // “é” precomposed and decomposed are equal strings; U+212A KELVIN SIGN lowercases to `k`,
        // U+037E GREEK QUESTION MARK equals `;`.
        let document = Document("caf\u{E9} cafe\u{301} \u{212A}m km KM")
        let forms = document.words.loweredForms
        XCTAssertEqual(Array(forms.lowered), [0, 0, 6, 6, 6])
        XCTAssertEqual(forms.number(of: "cafe\u{301}"), 0)
        XCTAssertEqual(forms.number(of: "\u{212A}m".lowercased()), 6)
        XCTAssertNil(forms.number(of: "a\u{37E}b"))
    }

    func testAFormThatIsATextNumberedInAnEarlierRoundKeepsItsNumber() {
        // `qin` and `qin’s` are no forms before the edit: their numbers come from `Qin` and `QIN’s`.
        let previous = Document("Qin met QIN’s aide")
        XCTAssertEqual(Array(previous.words.loweredForms.lowered), [0, 2, 4, 6])
        XCTAssertEqual(Array(previous.words.loweredForms.bareLowered), [0, 2, 0, 6])
        let units = Array("Qin met qin’s aide qin".utf16)
        let edited = Document(units: units, editedFrom: previous, changed: [8..<13, 18..<22], replaced: [8..<13, 18..<18])
        XCTAssertEqual(Array(edited.words.texts), ["Qin", "met", "qin’s", "aide", "qin"])
        let forms = edited.words.loweredForms
        XCTAssertEqual(Array(forms.lowered), [0, 2, 4, 6, 0])
        XCTAssertEqual(Array(forms.bareLowered), [0, 2, 0, 6, 0])
        XCTAssertEqual(forms.number(of: "qin"), 0)
        XCTAssertEqual(forms.number(of: "qin’s"), 4)
    }
}

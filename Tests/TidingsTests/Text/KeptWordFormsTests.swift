import XCTest
@testable import Tidings

final class KeptWordFormsTests: XCTestCase {
    private func entry(_ word: String, in forms: KeptWordForms) -> UInt16 {
        Array(word.utf16).withUnsafeBufferPointer { forms.entry(of: $0) }
    }

    func testNumbersEachWordOnceWithItsTextAndFacts() {
        let forms = KeptWordForms()
        XCTAssertEqual(entry("said", in: forms), 1)
        XCTAssertEqual(entry("Blinken", in: forms), 2)
        XCTAssertEqual(entry("said", in: forms), 1)
        // Units, not canonical equivalence: the decomposed `é` is another word.
        XCTAssertEqual(entry("café", in: forms), 3)
        XCTAssertEqual(entry("cafe\u{301}", in: forms), 4)
        XCTAssertEqual(forms.count, 4)
        XCTAssertEqual(forms.texts, ["", "said", "Blinken", "café", "cafe\u{301}"])
        for (entry, text) in forms.texts.enumerated().dropFirst() {
            let units = Array(text.utf16)
            XCTAssertEqual(forms.facts[entry], units.withUnsafeBufferPointer { DocumentWords.Facts(units: $0, text: text) }, text)
        }
        XCTAssertEqual(forms.facts[2].asciiWordCase, [.capitalized, .nameLike])
        XCTAssertFalse(forms.facts[3].isASCII)
        XCTAssertEqual(forms.facts[4].characterCount, 4)
    }

    func testRemovingAllStartsTheNumbersOver() {
        let forms = KeptWordForms()
        _ = entry("one", in: forms)
        _ = entry("two", in: forms)
        forms.removeAll()
        XCTAssertEqual(forms.count, 0)
        XCTAssertEqual(entry("two", in: forms), 1)
        XCTAssertEqual(forms.texts, ["", "two"])
    }

    func testANoteAnswersOnlyTheWordsWithItsStamp() {
        let forms = KeptWordForms()
        let first = forms.newStamp(), second = forms.newStamp()
        XCTAssertNotEqual(first, second)
        let note = KeptWordForms.note(form: 41, stamp: first)
        XCTAssertEqual(KeptWordForms.form(in: note, stamp: first), 41)
        XCTAssertNil(KeptWordForms.form(in: note, stamp: second))
        // A fresh entry's note answers no stamp.
        XCTAssertNil(KeptWordForms.form(in: 0, stamp: first))
    }

    func testNotesOfManyEntriesStayInPlaceAsTheyGrow() {
        let forms = KeptWordForms()
        let stamp = forms.newStamp()
        let entries = (0..<1000).map { entry("w\($0)", in: forms) }
        XCTAssertEqual(entries, (1...1000).map(UInt16.init))
        for entry in entries.prefix(300) { forms.notes[Int(entry)] = KeptWordForms.note(form: Int(entry) * 2, stamp: stamp) }
        // More entries after some were noted: the notes move with the storage, new ones start empty.
        let more = (1000..<2000).map { entry("w\($0)", in: forms) }
        XCTAssertEqual(more.last, 2000)
        XCTAssertEqual((1...300).map { KeptWordForms.form(in: forms.notes[$0], stamp: stamp) }, (1...300).map { $0 * 2 })
        XCTAssertEqual((301...2000).filter { forms.notes[$0] != 0 }, [])
    }

    func testAFullSetOfEntriesGivesNoMoreButKeepsTheOnesItHas() {
        let forms = KeptWordForms()
        for number in 0..<Int(UInt16.max) { _ = entry("w\(number)", in: forms) }
        XCTAssertEqual(forms.count, 65_535)
        XCTAssertEqual(entry("another", in: forms), 0)
        XCTAssertEqual(entry("w65534", in: forms), 65_535)
        XCTAssertEqual(entry("w0", in: forms), 1)
    }
}

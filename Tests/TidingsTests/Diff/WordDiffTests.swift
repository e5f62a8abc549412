import XCTest
@testable import Tidings

final class WordDiffTests: XCTestCase {
    private typealias Segment = WordDiff.Segment

    /// `String ==` ignores normalization differences; compare the exact bytes too.
    private func assertBytesEqual(_ actual: [Segment], _ expected: [Segment], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual, expected, file: file, line: line)
        XCTAssertEqual(actual.map { Array($0.text.utf8) }, expected.map { Array($0.text.utf8) }, file: file, line: line)
    }

    func testMissingCommaAndSpace() {
        let result = WordDiff.compare(old: "Blinkenthe State", new: "Blinken, the State")
        assertBytesEqual(result.old, [Segment(text: "Blinkenthe", changed: true), Segment(text: " State", changed: false)])
        assertBytesEqual(result.new, [Segment(text: "Blinken, the", changed: true), Segment(text: " State", changed: false)])
    }

    func testIdenticalLinesAreOneUnchangedSegment() {
        let result = WordDiff.compare(old: "Same words here.", new: "Same words here.")
        XCTAssertEqual(result.old, [Segment(text: "Same words here.", changed: false)])
        XCTAssertEqual(result.new, [Segment(text: "Same words here.", changed: false)])
    }

    func testEmptySides() {
        let inserted = WordDiff.compare(old: "", new: "new text")
        XCTAssertEqual(inserted.old, [])
        XCTAssertEqual(inserted.new, [Segment(text: "new text", changed: true)])
        let deleted = WordDiff.compare(old: "old", new: "")
        XCTAssertEqual(deleted.old, [Segment(text: "old", changed: true)])
        XCTAssertEqual(deleted.new, [])
    }

    func testWhitespaceRunsAndPunctuationAreTheirOwnTokens() {
        let result = WordDiff.compare(old: "a  b!!", new: "a b!?")
        assertBytesEqual(result.old, [
            Segment(text: "a", changed: false), Segment(text: "  ", changed: true),
            Segment(text: "b!", changed: false), Segment(text: "!", changed: true),
        ])
        assertBytesEqual(result.new, [
            Segment(text: "a", changed: false), Segment(text: " ", changed: true),
            Segment(text: "b!", changed: false), Segment(text: "?", changed: true),
        ])
    }

    func testDigitsAndLettersFormOneWord() {
        let result = WordDiff.compare(old: "in 2023a we", new: "in 2024a we")
        assertBytesEqual(result.old, [Segment(text: "in ", changed: false), Segment(text: "2023a", changed: true), Segment(text: " we", changed: false)])
        assertBytesEqual(result.new, [Segment(text: "in ", changed: false), Segment(text: "2024a", changed: true), Segment(text: " we", changed: false)])
    }

    func testEmojiAndCombiningMarksStayWhole() {
        let old = "Cafe\u{301} 👍🏽 ok"
        let new = "Cafe\u{301} 👎 ok"
        let result = WordDiff.compare(old: old, new: new)
        assertBytesEqual(result.old, [
            Segment(text: "Cafe\u{301} ", changed: false), Segment(text: "👍🏽", changed: true), Segment(text: " ok", changed: false),
        ])
        assertBytesEqual(result.new, [
            Segment(text: "Cafe\u{301} ", changed: false), Segment(text: "👎", changed: true), Segment(text: " ok", changed: false),
        ])
    }

    func testNormalizationChangeIsAChange() {
        let result = WordDiff.compare(old: "le caf\u{E9} noir", new: "le cafe\u{301} noir")
        assertBytesEqual(result.old, [
            Segment(text: "le ", changed: false), Segment(text: "caf\u{E9}", changed: true), Segment(text: " noir", changed: false),
        ])
        assertBytesEqual(result.new, [
            Segment(text: "le ", changed: false), Segment(text: "cafe\u{301}", changed: true), Segment(text: " noir", changed: false),
        ])
    }

    func testNonLatinWords() {
        let result = WordDiff.compare(old: "Привет мир", new: "Привет, мир")
        assertBytesEqual(result.old, [Segment(text: "Привет мир", changed: false)])
        assertBytesEqual(result.new, [
            Segment(text: "Привет", changed: false), Segment(text: ",", changed: true), Segment(text: " мир", changed: false),
        ])
    }

    func testSegmentsConcatenateBackToTheExactInput() {
        let pairs = [
            ("Ünïcödé  words\tand 🇺🇸 flags, e\u{301}tc.", "Unicode words and 🇺🇸 flag, étc!"),
            ("\r\n mixed\r\n", "mixed\n"),
            ("日本語のテキスト", "日本語テキスト"),
        ]
        for (old, new) in pairs {
            let result = WordDiff.compare(old: old, new: new)
            XCTAssertEqual(Array(result.old.map(\.text).joined().utf8), Array(old.utf8))
            XCTAssertEqual(Array(result.new.map(\.text).joined().utf8), Array(new.utf8))
        }
    }
}

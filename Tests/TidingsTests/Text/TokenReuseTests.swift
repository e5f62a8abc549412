import XCTest
@testable import Tidings

final class TokenReuseTests: XCTestCase {
    /// The document `text` becomes after replacing `edits` (sorted, non-overlapping), made the way the engine makes it.
    private func edited(_ text: String, _ edits: [(Range<Int>, String)]) -> Document {
        let previous = Document(text)
        _ = previous.tokens
        var units: [UInt16] = []
        var changed: [Range<Int>] = []
        var position = 0
        for (range, replacement) in edits {
            units += previous.units[position..<range.lowerBound]
            let start = units.count
            units += replacement.utf16
            changed.append(start..<units.count)
            position = range.upperBound
        }
        units += previous.units[position..<previous.count]
        return Document(units: units, editedFrom: previous, replaced: edits.map(\.0), changed: changed)
    }

    private func assertSameTokens(_ document: Document, file: StaticString = #filePath, line: UInt = #line) {
        let fresh = Document(units: Array(document.units))
        XCTAssertEqual(document.tokens, fresh.tokens, file: file, line: line)
    }

    func testEditsWithinAndAcrossLines() {
        let text = "The minister said: “no.”\nHe left at 3.5 p.m.\r\n\nU.S. talks, don’t stop 😀👍🏽\nlast line"
        assertSameTokens(edited(text, [(4..<12, "envoy")]))
        assertSameTokens(edited(text, [(0..<0, "Well, ")]))
        assertSameTokens(edited(text, [(24..<26, " ")]))  // joins two lines
        assertSameTokens(edited(text, [(30..<31, "\n")]))  // splits a line
        assertSameTokens(edited(text, [(4..<5, ""), (6..<6, "x"), (40..<45, "a\nb")]))  // several edits, some on one line
        assertSameTokens(edited(text, [(text.utf16.count - 4..<text.utf16.count, "page\n")]))  // at the end
        assertSameTokens(edited(text, [(44..<45, "\r")]))  // a CR before an LF
    }

    func testRandomEditsGiveTheTokensOfAFreshDocument() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Bc", " ", "\n", "\r\n", "’", "'", ".", "3", ",", "😀", "\u{301}", "ß", "日本", "-", "\t"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let count = text.utf16.count
            var cuts = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Int.random(in: 0...count, using: &generator) }.sorted()
            if cuts.count % 2 == 1 { cuts.removeLast() }
            var edits: [(Range<Int>, String)] = []
            for pair in stride(from: 0, to: cuts.count, by: 2) {
                let replacement = (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                edits.append((cuts[pair]..<cuts[pair + 1], replacement))
            }
            assertSameTokens(edited(text, edits))
        }
    }
}

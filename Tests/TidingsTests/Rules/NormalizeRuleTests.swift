@testable import Tidings
import ICU
import XCTest

final class NormalizeRuleTests: XCTestCase {
    private func normalize(_ text: String, _ operation: String) throws -> String {
        try cleaned(text, kind: "normalize", "operation: \(operation)")
    }

    func testNFCComposesOnlyWhereNeeded() throws {
        let result = try normalize("👍 Cafe\u{301} and A\u{30A}ngstro\u{308}m q\u{307}", "nfc")
        XCTAssertTrue(result.isIdentical(to: "👍 Café and Ångström q\u{307}"))
    }

    func testLineEndings() throws {
        XCTAssertEqual(try normalize("a\r\nb\rc\n", "line-endings"), "a\nb\nc\n")
    }

    func testTrailingSpaceAndSpaceRuns() throws {
        XCTAssertEqual(try normalize("a  \nb\t\n", "trailing-space"), "a\nb\n")
        XCTAssertEqual(try normalize("  a  b\tc  \n", "space-runs"), "  a b c  \n")
    }

    func testRepeatedLinesGo() throws {
        // Spaces around are ignored; a line three times keeps one; short lines and near-repeats stay.
        XCTAssertEqual(try normalize("Talks resume in Geneva\n  Talks resume in Geneva \n\nTalks resume in Geneva\nEnd.", "duplicate-lines"),
                       "Talks resume in Geneva\nEnd.")
        XCTAssertEqual(try normalize("Yes, we can.\nYes, we can.\nThe talks went on.\nThe talks went on, he said.", "duplicate-lines"),
                       "Yes, we can.\nYes, we can.\nThe talks went on.\nThe talks went on, he said.")
    }

    func testIndentationOfListsIsKept() throws {
        // Items and the indented lines after them keep their nesting; prose after the list does not.
        XCTAssertEqual(try normalize("Know:\n • Schools.\n   12) Buses.\n\n     Routes.\n  b. Water.\nEnd.\n  Prose.", "indentation"),
                       "Know:\n • Schools.\n   12) Buses.\n\n     Routes.\n  b. Water.\nEnd.\nProse.")
        // Not markers: a word, four digits, a dash without a space.
        XCTAssertEqual(try normalize("  Item one.\n  2024. Year.\n  -5 degrees.", "indentation"), "Item one.\n2024. Year.\n-5 degrees.")
    }

    func testIndentationOfCodeIsKept() throws {
        // Inside brackets the lines before opened, and in the body of a Python block.
        let code = "df = f({'A': [1,\n           2],\n    'B': 3})\nfor x in y:\n    print(x)\n\n    g(x)\nelse:\n  h()"
        XCTAssertEqual(try normalize(code, "indentation"), code)
        // Closed brackets, a blank line, or a line without indentation end it; prose keywords are no code.
        XCTAssertEqual(try normalize("He said (in Lima):\n  Talks ended.\nf(a,\n\n  b)\nIf so:\n  Yes.\nfor now: no\n  More.", "indentation"),
                       "He said (in Lima):\nTalks ended.\nf(a,\n\nb)\nIf so:\nYes.\nfor now: no\nMore.")
    }

    func testSpaceRunsAligningAColumnAreKept() throws {
        // Left-, right- or decimal-aligned columns with the line before or after.
        let table = "team    won\nLions   12\nTigers  9\na    0.071474\nb   -0.123225"
        XCTAssertEqual(try normalize(table, "space-runs"), table)
        // A run over no gap of the neighbours goes, and a short or blank neighbour is no column.
        XCTAssertEqual(try normalize("The vote.  It passed.\nTalks ended  on Monday.\n\nGaps  here\nx", "space-runs"),
                       "The vote. It passed.\nTalks ended on Monday.\n\nGaps here\nx")
    }

    func testIndentationKeepsBlankLinesAlone() throws {
        XCTAssertEqual(try normalize("    a\n  \n\tb", "indentation"), "a\n  \nb")
    }

    func testBlankLinesAndFinalNewline() throws {
        XCTAssertEqual(try normalize("\n\na\n\n\n\nb\n\n\n", "blank-lines"), "a\n\nb\n\n\n")
        XCTAssertEqual(try normalize("a\n\nb\n\n\n", "final-newline"), "a\n\nb\n")
        XCTAssertEqual(try normalize("a", "final-newline"), "a\n")
        XCTAssertEqual(try normalize("", "final-newline"), "")
    }

    func testMissingOperationIsRejected() {
        XCTAssertThrowsError(try singleRuleCleaner(kind: "normalize", "level2: x")) { error in
            XCTAssertTrue("\(error)".contains("missing required field 'operation'"), "\(error)")
        }
    }

    func testSpaceRunStartsAreFoundAtEveryPairOfUnits() {
        func next(_ text: String, from start: Int = 0) -> Int {
            Array(text.utf16).withUnsafeBufferPointer { NormalizeRule.nextSpaceRunStart(in: $0, from: start) }
        }
        let words = String(repeating: "one space 😀 each ", count: 5)   // 90 units, single spaces only
        XCTAssertEqual(next(words), 90)
        XCTAssertEqual(next(""), 0)
        XCTAssertEqual(next(" "), 1)
        XCTAssertEqual(next("  "), 0)
        XCTAssertEqual(next(words + "\t"), 89)       // the last space of `words`, before a tab as the last unit
        XCTAssertEqual(next(words + "x\t"), 91)      // a tab as the last unit
        XCTAssertEqual(next(words + "x  "), 91)       // two spaces at the very end
        XCTAssertEqual(next(words + "x \t"), 91)      // a space before a tab
        XCTAssertEqual(next("a  b  c", from: 1), 1)
        XCTAssertEqual(next("a  b  c", from: 2), 4)   // the last space of a run, before a letter, starts none
        for first in 28..<36 {                        // two spaces on either side of a block edge
            XCTAssertEqual(next(String(repeating: "x", count: first) + "  " + String(repeating: "y", count: 40)), first, "\(first)")
        }
    }

    func testSpaceRunsInLongLinesAndAtLineEdges() throws {
        let long = String(repeating: "words ", count: 12)
        XCTAssertEqual(try normalize(long + "a  b\n" + long + "c\t d", "space-runs"), long + "a b\n" + long + "c d")
        XCTAssertEqual(try normalize("  indented  run\n\tand\ttabs \t\nend  \r\nx", "space-runs"), "  indented run\n\tand tabs \t\nend \r\nx")
    }

    func testLongTextsWithLineEndingsAtBlockEdges() throws {
        let line = String(repeating: "x", count: 31)
        XCTAssertEqual(try normalize(line + "\r\n" + line + "\n" + line + "\r", "line-endings"), line + "\n" + line + "\n" + line + "\n")
        let long = String(repeating: "words ", count: 12)
        XCTAssertEqual(try normalize(long + "\n\n\n\n" + long + "\n\n\n" + long, "blank-lines"), long + "\n\n" + long + "\n\n" + long)
    }

    func testCharactersAlwaysComposedAreInNFCWhateverSurroundsThem() throws {
        // ICU's quick check says yes for each, doubled between letters, and none has a combining class.
        let units = (0...UInt16.max).filter(NormalizeRule.isAlwaysComposed)
        XCTAssertEqual(units.count, 0x300 + (0x205E - 0x2002 + 1) + (0x20C0 - 0x20A0 + 1) + 2)
        for unit in units {
            let text: [UInt16] = [0x61, unit, unit, 0x61]
            XCTAssertEqual(try text.withUnsafeBufferPointer { try UnicodeNormalizer.normalizedPrefixLength($0) }, 4, "U+\(String(unit, radix: 16))")
            XCTAssertEqual(Unicode.Scalar(unit)?.properties.canonicalCombiningClass, .notReordered, "U+\(String(unit, radix: 16))")
        }
        XCTAssertFalse(NormalizeRule.isAlwaysComposed(0x2000))   // EN QUAD becomes EN SPACE
        XCTAssertFalse(NormalizeRule.isAlwaysComposed(0x301))
    }

    func testNFCLooksPastTextThatIsAlwaysComposed() throws {
        let plain = String(repeating: "“Plain” text — €5, 10™… ", count: 4)
        XCTAssertTrue(try normalize(plain, "nfc").isIdentical(to: plain))
        XCTAssertTrue(try normalize(plain + "Cafe\u{301}", "nfc").isIdentical(to: plain + "Café"))
        XCTAssertTrue(try normalize(plain + "\u{2000}x", "nfc").isIdentical(to: plain + "\u{2002}x"))
    }
}

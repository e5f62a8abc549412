import XCTest
@testable import Tidings

final class WordSequenceRuleTests: XCTestCase {
    /// A rule moving a colour before a fruit after an article, as the test rule file declares it.
    private func yaml(after: String = "after: verbs", marks: String = #"after-marks: ",.""#, replacement: String = "'$2 $1'") -> String {
        """
        sets:
          articles:
            words: [the, a]
          fruits:
            words: [apple, pear, apple tree, star fruit]
          colours:
            words: [red, green, dark red]
          verbs:
            words: [fell, grew]
        rules:
          - id: test.colour-first
            kind: word-sequence
            level: fix
            message: Colour before its fruit
            before: articles
            sequence: [fruits, colours]
            \(after)
            \(marks)
            replacement: \(replacement)
            examples:
              - in: "the apple red fell"
                out: "the red apple fell"
              - keep: "apple red fell"
        """
    }

    func testASequenceAfterABeforeWordIsRewritten() throws {
        let result = try cleaned("Then the pear green grew, and a apple tree dark red fell. The apple red, too.", yaml: yaml())
        assertIdentical(result.text, "Then the green pear grew, and a dark red apple tree fell. The apple red, too.")
        XCTAssertEqual(result.applied.map(\.before), ["pear green", "apple tree dark red"])
    }

    func testWhatSurroundsTheSequenceMustFit() throws {
        // No article before, a word after that is not a verb, two spaces, a letter glued on.
        let text = "An apple red fell. the pear red dropped. the apple  red fell. the apple reddish fell. the star fruit green"
        assertIdentical(try cleaned(text, yaml: yaml()).text, text)
        // A mark right after the sequence: `after-marks`.
        assertIdentical(try cleaned("the pear green. the apple red, the pear red;", yaml: yaml()).text,
                        "the green pear. the red apple, the pear red;")
        // Neither `after` nor `after-marks`: anything may follow.
        assertIdentical(try cleaned("the pear green dropped", yaml: yaml(after: "", marks: "")).text, "the green pear dropped")
    }

    func testReplacementMayHoldLiteralTextAndChecksItsReferences() throws {
        assertIdentical(try cleaned("the pear green fell", yaml: yaml(replacement: "'$2-coloured $1'")).text, "the green-coloured pear fell")
        XCTAssertThrowsError(try cleaned("x", yaml: yaml(replacement: "'$3 $1'"))) { error in
            XCTAssertTrue("\(error)".contains("'$3' but 'sequence' has 2 element(s)"), "\(error)")
        }
    }

    func testACaseInsensitiveSetIsRefused() {
        let yaml = self.yaml().replacingOccurrences(of: "  fruits:\n", with: "  fruits:\n    case-insensitive: true\n")
        XCTAssertThrowsError(try cleaned("x", yaml: yaml)) { error in
            XCTAssertTrue("\(error)".contains("word set 'fruits' ignores case, but word-sequence compares words as written"), "\(error)")
        }
    }

    func testTheBuiltInNounDemonymRuleMatchesMultiWordEntries() throws {
        try assertCleans("She met the foreign minister South Korean in Seoul, and the envoy Peruvian.",
                         to: "She met the South Korean foreign minister in Seoul, and the Peruvian envoy.",
                         only: ["es-en.calques.noun-demonym"])
        try assertCleans("On Monday the President Colombian, Gustavo Petro, met the Foreign Minister Chilean.",
                         to: "On Monday the Colombian President, Gustavo Petro, met the Chilean Foreign Minister.",
                         only: ["es-en.calques.noun-demonym"])
        try assertKeeps("He told the minister Chinese officials would attend; the minister, Chinese by birth, spoke.",
                        only: ["es-en.calques.noun-demonym"])
    }

    /// A rule dropping a word written twice, as `repeated` declares it.
    private func repeatedYAML(words: String = "[the, The, to]") -> String {
        """
        sets:
          doubled:
            words: \(words)
          doubled-lowercase:
            words: [the, to]
        rules:
          - id: test.doubled
            kind: word-sequence
            level: fix
            message: Word typed twice
            sequence: [doubled, doubled-lowercase]
            repeated: true
            replacement: '$1'
            examples:
              - in: "to to go"
                out: "to go"
              - keep: "to the go"
        """
    }

    func testRepeatedMatchesOneWordWrittenAgainIgnoringCase() throws {
        let result = try cleaned("The the talks went on to to the end. To to? the to the", yaml: repeatedYAML())
        assertIdentical(result.text, "The talks went on to the end. To to? the to the")
        XCTAssertEqual(result.applied.map(\.before), ["The the", "to to"])
        // Not across a line break or two spaces, and not `The The` (the second set is lowercase).
        let kept = "went to\nto the end, to  to the end. The The band."
        assertIdentical(try cleaned(kept, yaml: repeatedYAML()).text, kept)
    }

    func testRepeatedRefusesEntriesOfSeveralWords() {
        XCTAssertThrowsError(try cleaned("x", yaml: repeatedYAML(words: "[the, to, next to]"))) { error in
            XCTAssertTrue("\(error)".contains("word set 'doubled' has entries of several words, but 'repeated' compares one word with the next"),
                          "\(error)")
        }
    }

    func testTheBuiltInDoubledWordRule() throws {
        try assertCleans("He spoke of the the conditions and said the country is addicted to to her.",
                         to: "He spoke of the conditions and said the country is addicted to her.",
                         only: ["en.words.doubled"])
        try assertKeeps("He said that that was wrong; she had had enough. Take vitamin A a day. The The toured.",
                        only: ["en.words.doubled"])
    }
}

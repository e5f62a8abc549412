import ICU
import XCTest
@testable import Tidings

final class RegexWordTrieTests: XCTestCase {
    func testFactorsSharedPrefixesWithLongerWordsFirst() {
        XCTAssertEqual(RegexWordTrie.alternation(of: ["minister", "ministry", "mayor"]), "(?:m(?:ayor|inist(?:er|ry)))")
        XCTAssertEqual(RegexWordTrie.alternation(of: ["a", "an", "the"]), "(?:(?:a(?:n)?|the))")
        XCTAssertEqual(RegexWordTrie.alternation(of: ["vice president", "vice"]), "(?:vice(?:\\ president)?)")
        XCTAssertEqual(RegexWordTrie.alternation(of: ["a.b"]), "(?:a\\.b)")
    }

    func testRepeatedWordsCodePointOrderAndEmptyWord() {
        XCTAssertEqual(RegexWordTrie.alternation(of: ["ab", "a", "ab", "a"]), "(?:a(?:b)?)")
        XCTAssertEqual(RegexWordTrie.alternation(of: ["é", "z", "e\u{301}", "Z"]), "(?:(?:Z|e\u{301}|z|é))")
        XCTAssertEqual(RegexWordTrie.alternation(of: ["", "a"]), "(?:(?:a)?)")
        XCTAssertEqual(RegexWordTrie.alternation(of: ["😀x", "😀", "x"]), "(?:(?:x|😀(?:x)?))")
    }

    /// The trie finds what the flat longest-first alternation finds, captures and backtracking included.
    func testMatchesWhatTheFlatAlternationMatches() throws {
        let words = ["foreign minister", "foreign ministry", "minister", "ministers", "min", "mayor", "a", "an", "Zoë", "Zo", "😀", "😀x"]
        let flat = WordSet(name: "w", words: words).regexAlternation
        let trie = RegexWordTrie.alternation(of: words)
        let texts = ["the foreign ministers met the mayor and a min", "ministerial minister ministry an ant Zoë Zoe Zo 😀x 😀",
                     "minx", "ministers said", "foreign ministry officials"]
        for template in ["(%@)", "(%@)s", "\\b(%@)(?= said)", "(%@) (%@)", "(?<![a-z])(%@)(?![a-z])"] {
            let flatRegex = try ICURegex(template.replacingOccurrences(of: "%@", with: flat))
            let trieRegex = try ICURegex(template.replacingOccurrences(of: "%@", with: trie))
            for text in texts {
                let buffer = TextBuffer(text)
                XCTAssertEqual(try trieRegex.matches(in: buffer), try flatRegex.matches(in: buffer), "\(template) in \(text)")
            }
        }
    }

    func testCaseInsensitiveScopesKeepTheFlatAlternation() throws {
        XCTAssertEqual(try expanded("{w}"), "(?:th(?:e|is))")
        XCTAssertEqual(try expanded("{w}", caseInsensitive: true), "(?:this|the)")
        XCTAssertEqual(try expanded("(?i:{w}) {w}"), "(?i:(?:this|the)) (?:th(?:e|is))")
        XCTAssertEqual(try expanded("(?i){w}|(?-i){w}"), "(?i)(?:this|the)|(?-i)(?:th(?:e|is))")
        XCTAssertEqual(try expanded("((?i)a){w}"), "((?i)a)(?:th(?:e|is))")
        XCTAssertEqual(try expanded("(?i)(a){w}"), "(?i)(a)(?:this|the)")
        XCTAssertEqual(try expanded("[(?i]{w}"), "[(?i](?:th(?:e|is))")
        XCTAssertEqual(try expanded("\\((?i)x\\){w}"), "\\((?i)x\\)(?:this|the)")
    }

    /// The pattern a replace rule compiles from `pattern` with the set `w` = the, this.
    private func expanded(_ pattern: String, caseInsensitive: Bool = false) throws -> String {
        let yaml = """
        sets:
          w: [the, this]
        rules:
          - id: test.trie
            kind: replace
            level: fix
            message: m
            pattern: '\(pattern)'
            case-insensitive: \(caseInsensitive)
            replacement: ''
            examples:
              - in: x
                out: ''
              - keep: y
        """
        let rules = try RuleFileLoader.load([RuleFileSource(contents: yaml)])
        return try XCTUnwrap(rules.first as? ReplaceRule).regex.pattern
    }
}

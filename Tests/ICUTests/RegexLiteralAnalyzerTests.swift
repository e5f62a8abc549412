import XCTest
@testable import ICU

final class RegexLiteralAnalyzerTests: XCTestCase {
    private func literals(_ pattern: String) -> [String]? {
        RegexLiteralAnalyzer.requiredLiterals(in: pattern)?.map { String(decoding: $0, as: UTF16.self) }
    }

    func testPlainLiteralAndLongestRun() {
        XCTAssertEqual(literals("abc"), ["abc"])
        XCTAssertEqual(literals(#"ab\d+longer"#), ["longer"])
        XCTAssertEqual(literals(#"\bthe\s+State Department\b"#), ["State Department"])
    }

    func testQuantifiersCutRuns() {
        XCTAssertEqual(literals("abcd?ef"), ["abc"])
        XCTAssertEqual(literals("abx+yz"), ["abx"])
        XCTAssertEqual(literals("a{0,2}bc"), ["bc"])
        XCTAssertEqual(literals("ab{2}cd"), ["ab"])
        XCTAssertEqual(literals("x*"), nil)
    }

    func testAlternationsGiveAnyOf() {
        XCTAssertEqual(literals("share|share on (?:facebook|x)"), ["share", "share on "])
        XCTAssertEqual(literals("(?:More|Read more)\\s*[»›>…]?"), ["More", "Read more"])
        XCTAssertEqual(literals("^[ \\t]*(?:Advertisement|Skip to (?:main )?content)[ \\t]*$"), ["Advertisement", "Skip to "])
    }

    func testBranchWithoutLiteralMeansNoRequirement() {
        XCTAssertEqual(literals("(?:abc|\\w+)"), nil)
        XCTAssertEqual(literals("abc|"), nil)
        XCTAssertEqual(literals("xyz(?:abc|\\w+)"), ["xyz"])
    }

    func testOptionalGroupsAndLookaroundsAddNothing() {
        XCTAssertEqual(literals("(?:abc)?de"), ["de"])
        XCTAssertEqual(literals("(?<![\\p{L}\\p{N}_])(?:Sino)(?![\\p{L}])"), ["Sino"])
        XCTAssertEqual(literals("(?=abcdef)x"), ["abcdef"])
        XCTAssertEqual(literals("(?!abcdef)x"), ["x"])
        XCTAssertEqual(literals("(?<name>ab)c"), ["abc"])
    }

    func testGroupsOfLiteralCharactersJoinTheLiteralAroundThem() {
        XCTAssertEqual(literals(#"\. (,) x"#), [". , x"])
        XCTAssertEqual(literals(#"\. (,) |\. (\.) "#), [". , ", ". . "])
        XCTAssertEqual(literals("a(?:bc)d"), ["abcd"])
        // Quantified, or holding anything but literal characters, a group still cuts the run.
        XCTAssertEqual(literals("ab(cd)?efg"), ["efg"])
        XCTAssertEqual(literals("ab(c|d)ef"), ["ab"])
        XCTAssertEqual(literals("abc(d+)ef"), ["abc"])
    }

    func testEscapesAndClasses() {
        XCTAssertEqual(literals(#"a\.b\u00E9\x{1F600}\t"#), ["a.bé😀\t"])
        XCTAssertEqual(literals(#"\Q(a+b)\E!"#), ["(a+b)!"])
        XCTAssertEqual(literals(#"x[\]a-z[^q]]yz"#), ["yz"])
        XCTAssertEqual(literals(#"(\w+) \1"#), [" "])
    }

    func testInlineFlagsAndComments() {
        XCTAssertEqual(literals("(?m)(?<=[.!?])[ \\t]*(?:Share This Post|Share this article)[ \\t]*$"), ["Share This Post", "Share this article"])
        XCTAssertEqual(RegexLiteralAnalyzer.analyze("(?i)abcd")?.caseInsensitive, true)
        XCTAssertEqual(RegexLiteralAnalyzer.analyze("x(?i:abcd)")?.caseInsensitive, true)
        XCTAssertEqual(RegexLiteralAnalyzer.analyze("(?m-s)abcd")?.caseInsensitive, false)
        XCTAssertEqual(literals("ab(?#note)cdef"), ["cdef"])
    }

    func testGivesUpOnWhatItDoesNotKnow() {
        XCTAssertNil(literals("(?x) a b c"))
        XCTAssertNil(literals(#"\cAabc"#))
        XCTAssertNil(literals("[abc"))
    }
}

final class RegexPrefilterTests: XCTestCase {
    /// Every pattern/text pair: the prefilter may say "no" only when ICU finds no match.
    func testNeverSkipsATextThatMatches() throws {
        let patterns: [(String, ICURegex.Options)] = [
            ("share|share on (?:facebook|x)", [.caseInsensitive]),
            ("Advertisement|ADVERTISEMENT|Sponsored content", []),
            ("(?:More|Read more)\\s*[»›>…]?", []),
            ("stra(?:ss|ß)e", [.caseInsensitive]),
            ("skip", [.caseInsensitive]),
            ("fine", [.caseInsensitive]),
            ("More", []),
            ("(?i)skip", []),
            ("[\\u2060\\uFEFF]|(?<![[:Thai:]])\\u200B", []),
            ("[\\uFF10-\\uFF19\\uFF21-\\uFF3A]+", []),
            ("[\\U0001F3FB-\\U0001F3FF]", []),
            ("[a-c]x", [.caseInsensitive]),
            ("[:Lu:]x", []),
            (" ?— ?| – ", []),
            ("(?<=[^\\s]) +(?=[:;])|(?<=[[:N:]]) +(?=%)", []),
            ("(?<=\\() +| +(?=\\))", []),
            ("(?<!\\.)\\.\\.\\.(?!\\.)", []),
            ("x(?i:skip)", []),
            ("Read MORE", []),
            ("\\bin the\\b", []),
            ("ab\\d+cd", []),
            ("^[ \\t]*Languages?\\s*[—–:-]?[ \\t]*$", [.multiline]),
        ]
        let texts = ["", "SHARE", "Share on X", "shar e", "ADVERTISEMENT here", "advertisement", "Read more »",
                     "STRASSE", "Straße", "ſk", "\u{212A}", "ﬁ", "FI", "in the end", "ab12cd", "ab cd", "\u{17F}\u{212A}ip", "ﬁne", "FINE", "more", "xMore!", "read more", "Read MORE",
                     "intro\nLanguage:\n", "LANGUAGES", "plain text without any of them", "zero\u{200B}width", "\u{FEFF}", "ｆｕｌｌ１", "tone 👍🏽", "BX", "Ax",
                     "a — b", "a – b", "wait...", "x\u{2060}", "note : x", "50 %", "( a )", "a ;"]
        for (pattern, options) in patterns {
            let regex = try ICURegex(pattern, options: options)
            for text in texts {
                let buffer = TextBuffer(text)
                let found = try regex.matcher(for: buffer).find(from: 0) != nil
                let skipped = try regex.matches(in: buffer).isEmpty
                if found { XCTAssertFalse(skipped, "\(pattern) on \(text.debugDescription)") }
            }
        }
    }

    func testFiltersWhenALiteralIsKnown() throws {
        XCTAssertTrue(try ICURegex("share|share on x", options: [.caseInsensitive]).hasPrefilter)
        XCTAssertFalse(try ICURegex("café", options: [.caseInsensitive]).hasPrefilter)
        XCTAssertFalse(try ICURegex("\\w+").hasPrefilter)
        XCTAssertTrue(try ICURegex("\\d+").hasPrefilter)  // a digit is required
    }

    func testCaseInsensitiveFilterSeesFoldingCharacters() throws {
        let regex = try ICURegex("skip", options: [.caseInsensitive])
        XCTAssertTrue(regex.hasPrefilter)
        XCTAssertEqual(try regex.matches(in: TextBuffer("\u{017F}\u{212A}ip")).count, 1)
        XCTAssertEqual(try regex.matches(in: TextBuffer("SKIP")).count, 1)
        XCTAssertEqual(try regex.matches(in: TextBuffer("s kip")).count, 0)
    }

    func testCaseSensitiveLiteralNeedsItsCapitals() throws {
        let fingerprint = TextBuffer("read more, More!").fingerprint
        XCTAssertTrue(fingerprint.mayContain(Array("More".utf16), folded: false))
        XCTAssertTrue(fingerprint.mayContain(Array("more".utf16), folded: false))
        XCTAssertFalse(TextBuffer("read more").fingerprint.mayContain(Array("More".utf16), folded: false))
        XCTAssertTrue(TextBuffer("read more").fingerprint.mayContain(Array("MORE".utf16), folded: true))
        XCTAssertFalse(TextBuffer("read more").fingerprint.mayContain(Array("mare".utf16), folded: true))
    }

    func testShortLiteralsAndClassesAreCheckedUnitByUnit() throws {
        let short = try ICURegex("sk", options: [.caseInsensitive])
        XCTAssertTrue(short.hasPrefilter)
        XCTAssertEqual(try short.matches(in: TextBuffer("a SK b")).count, 1)
        XCTAssertEqual(try short.matches(in: TextBuffer("s k")).count, 0)
        let invisible = try ICURegex("[\\u200B\\uFEFF]|\\u2060")
        XCTAssertTrue(invisible.hasPrefilter)
        XCTAssertEqual(try invisible.matches(in: TextBuffer("a\u{FEFF}b\u{2060}")).count, 2)
        XCTAssertEqual(try invisible.matches(in: TextBuffer("plain text")).count, 0)
        XCTAssertFalse(try ICURegex("[^a]").hasPrefilter)
        XCTAssertFalse(try ICURegex("[[:L:]]x?").hasPrefilter)
        XCTAssertFalse(try ICURegex("[:Extended_Pictographic:]").hasPrefilter)
    }
}

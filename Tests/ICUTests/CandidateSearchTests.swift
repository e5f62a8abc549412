import XCTest
@testable import ICU

/// Searches that try only candidate positions (`RegexCandidateFilter`) find what ICU's own search finds.
final class CandidateSearchTests: XCTestCase {
    /// ICU's own search, position by position.
    private func searched(_ regex: ICURegex, _ buffer: TextBuffer, range: Range<Int>? = nil) throws -> [ICURegex.Match] {
        let matcher = try regex.matcher(for: buffer)
        var result: [ICURegex.Match] = []
        var position = range?.lowerBound ?? 0
        let limit = range?.upperBound ?? buffer.count
        while position <= limit, let match = try matcher.find(from: position), match.range.upperBound <= limit {
            result.append(match)
            position = match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound
        }
        return result
    }

    func testFilterIsBuiltOnlyWhenEveryMatchStartsWithKnownUnits() throws {
        XCTAssertTrue(try ICURegex("(?<=\\p{L}) +([,;!?])").hasCandidateFilter)
        XCTAssertTrue(try ICURegex("(?i:the|a) (?=[a-z]{4,24}+[A-Z])").hasCandidateFilter)
        XCTAssertFalse(try ICURegex("x*").hasCandidateFilter)  // may be empty
        XCTAssertTrue(try ICURegex("\\p{Lu}x").hasCandidateFilter)  // general categories are sets of units
        XCTAssertFalse(try ICURegex("\\wx").hasCandidateFilter)  // first unit unknown
        XCTAssertFalse(try ICURegex("\\p{Han}x").hasCandidateFilter)
        XCTAssertFalse(try ICURegex("\\Ga").hasCandidateFilter)
        XCTAssertFalse(try ICURegex("a\\Gb").hasCandidateFilter)
        XCTAssertFalse(try ICURegex("a\\\\G").hasCandidateFilter)  // an escaped backslash, then G: left to ICU all the same
        XCTAssertTrue(try ICURegex("aG\\b").hasCandidateFilter)
        XCTAssertTrue(try ICURegex("x(?=y)z").hasCandidateFilter)
        XCTAssertEqual(try ICURegex("x(?=y)z").matches(in: TextBuffer("xyz xz xyz")), [])
    }

    func testSameMatchesAsICUSearch() throws {
        let patterns = [
            "(?:(?<=[\\p{L}\\p{N}”’)]) +([,;!?]|\\.(?![ ]?\\.))|(?<=[\\p{L}”’)]) +(:))(?=\\s|$)",
            "(?<![\\p{L}\\p{N}])((?i:the|a|an|its)) (?=[a-z ]{4,24}+[A-Z])(minister|foreign minister) (Chinese|Peruvian)(?=[ ](?:to|and)(?![\\p{L}])|[,.;:!?])",
            "He (?<=(?:^|[.!?] |\\n)He )(Chinese|Peruvian) (?=\\p{Ll})",
            "[,.](?=[:;]\\s)(?<=\\p{Ll}{3,20}[.,])",
            "&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));",
            "\\bstrasse\\b",
            "ss|k",
            "😀+",
            "[😀-😂]x",
            "ab$",
            "\\bab\\b",
            "(?m)x$",
            "a\\r?\\n",
            // Lookaheads that constrain the units after a fixed-length part, and ones that must not.
            "[,.](?=[:;]\\s)",
            "(?<=\\s)(?=[A-Z])\\w+",
            "(?:a|bcdef)(?=x)",
            "(?!x)[a-z]y",
            "(?:(?=x)\\w|b)c",
            "(?i)k(?=s)",
            "a(?=é)",
            "(?:x(?=y))\\w",
            "ab(?=x|yz)",
            "x(?=y)z",  // never matches: the lookahead and the next unit disagree
            // Lookbehinds that constrain the units before a match start, and ones that must not.
            "(?<=the )\\w+",
            "(?<=a|bc)x",
            "(?<=[a-z]{1,5})X",
            "(?<=😀)x",
            "(?<=[😀-😂])x",
            "(?<!a)b",
            "(?i)(?<=k )s",
            "(?:ab|c)(?<=b)\\w",
            // Case-insensitive patterns with caseless units beyond ASCII.
            "(?i)it’s\\u00A0(?=[a-z])",
            "(?<=[”’] )said",
            "(?<=(?:the|an?|this) )(?:cat|mat)",
            "(?<=(?<![a-z])(?:A|An|The|a|an|the) )\\w{4}",
        ]
        let texts = [
            "", "a", "The minister Chinese said so. He Chinese regime said : no , really ; yes ! ok",
            "the foreign minister Peruvian and THE minister Chinese, An minister Peruvian to go",
            "He Chinese army marched.\nHe Peruvian team won. He Peruvian.",
            "long.: ranges, etc.; word,; x",
            "&amp; &#233; &#x1F600; &bogus &; &x",
            "Straße STRASSE strasse ſtraſſe Kelvin \u{212A} ss ß k",
            "😀😀 x😀 😁x 😂x", "ab\nab", "ab", " ab ab\n", "x\nx\r\nx", "a\r\na\na\r",
            "bcdefx ax bcdex ay axy xy by bc xc", "Abc Def ghi\tJkl", "kS ks Ks \u{212A}s kſ",
            "aé aÉ ae", "abx abyz aby ab", "x, y.: z,;", "end,:",
            "the cat sat on THE mat", "x ax bcx cx", "X aX bX", "😀x 😁x x", "b ab cb", "k s K S \u{212A} s",
            "abx cbx abc", "a cat an mat the cat this mat othe cat xa mat at cat he mat The Cat", "cat", " mat", "IT’S\u{A0}x it’s\u{A0}Y It's\u{A0}z it’s x", "”’ said ’ SAID ” Said",
            // Long enough for the eight-unit blocks of the SIMD scan, with hits in every lane.
            String(repeating: "the cat, x.: y; He Chinese (a) ab ", count: 9) + "😀x k s",
            (0..<40).map { String(repeating: "-", count: $0 % 11) + "the x,:" }.joined(),
        ]
        for pattern in patterns {
            for options: ICURegex.Options in [[], [.caseInsensitive]] {
                let regex = try ICURegex(pattern, options: options)
                for text in texts {
                    let buffer = TextBuffer(text)
                    XCTAssertEqual(try regex.matches(in: buffer), try searched(regex, buffer), "\(pattern) in \(text.debugDescription)")
                    if buffer.count > 4 {
                        let range = 2..<(buffer.count - 2)
                        XCTAssertEqual(try regex.matches(in: buffer, range: range), try searched(regex, buffer, range: range),
                                       "\(pattern) in \(text.debugDescription), \(range)")
                    }
                }
            }
        }
    }

    func testFindsMatchesWhenMostPositionsAreCandidates() throws {
        // More candidates than the filter is worth: ICU's own search takes over part way.
        let regex = try ICURegex("a[ab]")
        let text = String(repeating: "ab", count: 500) + "aa"
        let buffer = TextBuffer(text)
        XCTAssertEqual(try regex.matches(in: buffer).count, 501)
        XCTAssertEqual(try regex.matches(in: buffer), try searched(regex, buffer))
    }
}

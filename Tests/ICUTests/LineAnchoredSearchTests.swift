import XCTest
@testable import ICU

final class LineAnchoredSearchTests: XCTestCase {
    /// ICU's own search, position by position, as `matches(in:)` did before line starts were tried directly.
    private func searched(_ regex: ICURegex, _ text: String) throws -> [ICURegex.Match] {
        let buffer = TextBuffer(text)
        let matcher = try regex.matcher(for: buffer)
        var result: [ICURegex.Match] = []
        var position = 0
        while position <= buffer.count, let match = try matcher.find(from: position) {
            result.append(match)
            position = match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound
        }
        return result
    }

    func testStartUnitsAreKnownForChromePatterns() throws {
        XCTAssertTrue(try ICURegex("^[ \\t]*(?:More|Read more)[ \\t]*$", options: [.multiline]).hasStartUnits)
        XCTAssertFalse(try ICURegex("^[ \\t]*(?:More)?$", options: [.multiline]).hasStartUnits)  // may be empty
        XCTAssertFalse(try ICURegex("^.x", options: [.multiline]).hasStartUnits)
        XCTAssertFalse(try ICURegex("^[ \\t]*éclair", options: [.multiline, .caseInsensitive]).hasStartUnits)
    }

    func testDetectsLineAnchoredPatterns() throws {
        XCTAssertTrue(try ICURegex("^[ \\t]*(?:a|b)[ \\t]*$", options: [.multiline]).isLineAnchored)
        XCTAssertFalse(try ICURegex("^a|b", options: [.multiline]).isLineAnchored)
        XCTAssertTrue(try ICURegex("^\\Q|\\E", options: [.multiline]).isLineAnchored)
        XCTAssertFalse(try ICURegex("^a").isLineAnchored)
        XCTAssertFalse(try ICURegex("a^", options: [.multiline]).isLineAnchored)
    }

    func testSameMatchesAsICUSearch() throws {
        let patterns = [
            "^[ \\t\\u00A0]*(?:More|Read more)\\s*[»›>…]?[ \\t\\u00A0\\r]*$",
            "^[ \\t]*$",
            "^(?:x)?$",
            "^",
            "^\\s*Languages?\\s*[—–:-]?[ \\t\\r]*$",
            "^a\\s+b",
            "^[ \\t\\u00A0]*(?:share(?: this(?: post| article)?)?|share on (?:facebook|x))[ \\t\\u00A0\\r]*$",
            "^(?=\\p{Lu})[A-Z]\\w+",
            "^(?:\\d+|Skip)",
            "^\\bMore\\b",
            "^(?i)skip",
        ]
        let texts = [
            "", "\n", "More", "More\n", "text\nMore\n\nRead more »\n", "a\r\nMore\r\nb\rMore\r", "x\u{2028}More\u{2029}More\u{85}x",
            "\u{B}More\u{C}More", "  \n\t\n", "Languages\n\n—\nLanguage:", "a\n b\na\nb", "😀\nMore\n😀", "\r\n\r\n", "\r", "Share this post\nx\n  SHARE ON X\n\u{17F}hare\n",
            "12\nSkip\nskip\n\u{17F}kip\nAbc\n", "\u{A0}share\n",
            "\u{A0}SHARE\u{A0}\n\u{2003}share\nx\n Share This\t\r\nMORE ›\nmore…\n",
        ]
        for pattern in patterns {
            for options: ICURegex.Options in [[.multiline], [.multiline, .caseInsensitive]] {
                let regex = try ICURegex(pattern, options: options)
                XCTAssertTrue(regex.isLineAnchored, pattern)
                for text in texts {
                    XCTAssertEqual(try regex.matches(in: TextBuffer(text)), try searched(regex, text), "\(pattern) in \(text.debugDescription)")
                }
            }
        }
    }
}

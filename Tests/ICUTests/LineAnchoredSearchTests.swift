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
        ]
        let texts = [
            "", "\n", "More", "More\n", "text\nMore\n\nRead more »\n", "a\r\nMore\r\nb\rMore\r", "x\u{2028}More\u{2029}More\u{85}x",
            "\u{B}More\u{C}More", "  \n\t\n", "Languages\n\n—\nLanguage:", "a\n b\na\nb", "😀\nMore\n😀", "\r\n\r\n", "\r",
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

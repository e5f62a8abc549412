import XCTest
@testable import Tidings

final class HTMLEntitiesRuleTests: XCTestCase {
    private let rules = ["unicode.html-entities"]

    func testDecodesNamedDecimalAndHexadecimalReferences() throws {
        try UnicodeRuleTesting.assertCleans([
            ("Q&amp;A &quot;done&quot; &lt;b&gt; &apos;x&apos;", "Q&A \"done\" <b> 'x'"),
            ("It&#8217;s caf&#233; &#x2019;&#X2014;&#x1F44D;", "It’s café ’—👍"),
            ("&Eacute;tats-Unis, M&uuml;nchen, Espa&ntilde;a, &Aring;r, &szlig;", "États-Unis, München, España, År, ß"),
            ("&alpha;&beta; &Omega; &hellip; &mdash; &ndash; &euro;5 &copy; &trade; &laquo;non&raquo;", "αβ Ω … — – €5 © ™ «non»"),
            ("5&nbsp;% and &thinsp;", "5\u{A0}% and \u{2009}"),
        ], only: rules)
    }

    func testWindows1252NumbersAreReadAsBrowsersDo() throws {
        try UnicodeRuleTesting.assertCleans([("don&#146;t &#147;go&#148; &#128;5", "don’t “go” €5")], only: rules)
    }

    func testDoubleEscapedReferencesDecodeToTheCharacter() throws {
        let result = try UnicodeRuleTesting.clean("Q&amp;amp;A &amp;quot;", only: rules)
        XCTAssertTrue(result.text.isIdentical(to: "Q&A \""), result.text)
    }

    func testLeavesTextThatIsNotAReference() throws {
        try UnicodeRuleTesting.assertKeeps([
            "AT&T, R&D, Q & A, Smith&Wesson; rock&roll",
            "&unknown; &amp without semicolon &#; &#x; &#0; &#xD800; &#1114112; &#7;",
            "Ελλάδα & Москва & 中文 & café",
        ], only: rules)
    }

    func testLeavesHTMLDocumentsAlone() throws {
        try UnicodeRuleTesting.assertKeeps([
            "<p>Q&amp;A: use &lt;b&gt; for bold.</p>",
            "Line one<br>Q&amp;A",
            "<!doctype html>\n<title>Q&amp;A</title>",
        ], only: rules)
        try UnicodeRuleTesting.assertCleans([("Use a <b> tag &amp; more", "Use a <b> tag & more")], only: rules)
    }

    func testCanBeSwitchedOffForHTMLInput() throws {
        let cleaner = try Cleaner(disable: ["unicode.html-*"])
        XCTAssertFalse(cleaner.rules.contains { $0.info.id == "unicode.html-entities" })
        let text = "Q&amp;A, &lt;b&gt; and &#8217;\n"
        XCTAssertTrue(try cleaner.clean(text).text.isIdentical(to: text))
    }

    func testQuickTestFindsOnlyTextThePatternCouldMatch() {
        func mayHold(_ text: String) -> Bool {
            Array(text.utf16).withUnsafeBufferPointer { HTMLEntitiesRule.mayHoldReference($0) }
        }
        for text in ["Q&amp;A", "&#8217;", "&#x2019;", "&#X2F;", "a &ab; b", "&nbsp;", "&a1234567890123456789012345678901;"] {
            XCTAssertTrue(mayHold(text), text)
        }
        for text in ["AT&T", "R&D;", "&#;", "&#12345678;", "&#x;", "&#x1234567;", "&a;", "&amp", "& amp;", "&", "&#", "&#x", "&a12345678901234567890123456789012;", "&ä;"] {
            XCTAssertFalse(mayHold(text), text)
        }
    }

    func testQuickTestLooksAtEveryAmpersandOfALongText() {
        func mayHold(_ text: String) -> Bool {
            Array(text.utf16).withUnsafeBufferPointer { HTMLEntitiesRule.mayHoldReference($0) }
        }
        let names = String(repeating: "AT&T and R&D, 😀 ", count: 6)   // many `&`s that start no reference, past several blocks
        XCTAssertFalse(mayHold(names))
        XCTAssertTrue(mayHold(names + "Q&amp;A"))
        XCTAssertTrue(mayHold(names + "&#8217;"))
        XCTAssertFalse(mayHold(names + "&"))            // an `&` as the last unit
        XCTAssertFalse(mayHold(names + "&#8217"))       // no semicolon before the end
        for padding in 28..<36 {                        // the reference starting on either side of a block edge
            XCTAssertTrue(mayHold(String(repeating: "x", count: padding) + "&eacute; and more text after it"), "\(padding)")
        }
    }

    func testDecodesAReferenceInTheLastParagraphOfALongText() throws {
        let plain = String(repeating: "Nothing to decode here, AT&T said. ", count: 4)
        try UnicodeRuleTesting.assertCleans([
            (plain + "\n\n" + plain + "\n\nIt&#8217;s done &amp; dusted&hellip;", plain + "\n\n" + plain + "\n\nIt’s done & dusted…"),
        ], only: rules)
    }
}

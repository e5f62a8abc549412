import XCTest
@testable import Tidings

final class InvisibleCharacterRuleTests: XCTestCase {
    func testRemovesByteOrderMarksAnywhereIncludingTheStart() throws {
        try UnicodeRuleTesting.assertCleans([
            ("\u{FEFF}The minister arrived.", "The minister arrived."),
            ("One.\u{FEFF}Two.\u{FEFF}", "One.Two."),
        ], only: ["unicode.zero-width-spaces"])
    }

    func testRemovesZeroWidthSpacesExceptBetweenThaiOrKhmerWords() throws {
        try UnicodeRuleTesting.assertCleans([("Zero\u{200B}width\u{2060} spaces\u{200B}.", "Zerowidth spaces.")],
                                            only: ["unicode.zero-width-spaces"])
        try UnicodeRuleTesting.assertKeeps(["ภาษา\u{200B}ไทย ខ្មែរ\u{200B}ភាសា"], only: ["unicode.zero-width-spaces"])
    }

    func testKeepsJoinersInEmojiSequencesAndJoiningScripts() throws {
        try UnicodeRuleTesting.assertKeeps([
            "👨\u{200D}👩\u{200D}👧\u{200D}👦 👩🏽\u{200D}💻 🏳\u{FE0F}\u{200D}🌈 ❤\u{FE0F}\u{200D}🔥 👩\u{200D}🦰 🧑🏿\u{200D}🤝\u{200D}🧑🏻",
            "Persian می\u{200C}خواهم, Hindi क्\u{200D}ष, Malayalam ന്\u{200D}",
        ], only: ["unicode.zero-width-joiners"])
        try UnicodeRuleTesting.assertCleans([
            ("The mini\u{200D}ster\u{200C} said \u{200D}so 👍\u{200D}.", "The minister said so 👍."),
        ], only: ["unicode.zero-width-joiners"])
    }

    func testRemovesSoftHyphensBidiAndControlCharacters() throws {
        try UnicodeRuleTesting.assertCleans([
            ("gov\u{AD}ern\u{AD}ment, dé\u{AD}cou\u{AD}verte", "government, découverte"),
        ], only: ["unicode.soft-hyphen"])
        try UnicodeRuleTesting.assertCleans([
            ("\u{200F}Said \u{202B}שלום\u{202C} and \u{2066}مرحبا\u{2069}\u{200E}.", "Said שלום and مرحبا."),
        ], only: ["unicode.bidi-controls"])
        try UnicodeRuleTesting.assertCleans([
            ("Bell\u{07}, escape\u{1B}, delete\u{7F}, tab\tand\nnewline", "Bell, escape, delete, tab\tand\nnewline"),
            ("\u{1B}[1;31mRed\u{1B}[0m and \u{1B}[2K cleared", "Red and  cleared"),
        ], only: ["unicode.terminal-escapes", "unicode.control-characters"])
        try UnicodeRuleTesting.assertCleans([
            ("One\u{0B}two\u{0C}three\u{2028}four\u{2029}five", "One\ntwo\nthree\nfour\n\nfive"),
        ], only: ["unicode.line-separators", "unicode.paragraph-separators"])
    }

    func testCarriageReturnsAreLeftToLineEndings() throws {
        try UnicodeRuleTesting.assertKeeps(["One.\r\nTwo.\rThree."], only: ["unicode.*"])
    }

    func testSpacesBecomePlainExceptTheIdeographicSpace() throws {
        try UnicodeRuleTesting.assertCleans([
            ("5,2\u{A0}% en mars\u{202F}! 1\u{2007}000", "5,2 % en mars ! 1 000"),
        ], only: ["unicode.nbsp"])
        try UnicodeRuleTesting.assertCleans([
            ("en\u{2002}em\u{2003}thin\u{2009}hair\u{200A}math\u{205F}end", "en em thin hair math end"),
        ], only: ["unicode.spaces"])
        try UnicodeRuleTesting.assertKeeps(["東京\u{3000}大阪"], only: ["unicode.*"])
    }

    func testNoBreakSpacesCanBeKept() throws {
        let cleaner = try Cleaner(disable: ["unicode.nbsp"], only: ["unicode.*"])
        let text = "5,2\u{A0}% en mars\u{202F}!"
        XCTAssertTrue(try cleaner.clean(text).text.isIdentical(to: text))
    }
}

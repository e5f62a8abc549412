import XCTest
@testable import Tidings

final class CompatibilityRuleTests: XCTestCase {
    func testFullWidthLettersAndDigitsBecomeASCIIEverywhere() throws {
        try UnicodeRuleTesting.assertCleans([
            ("ＣＥＯ of ＡＢＣ earned １２ million", "CEO of ABC earned 12 million"),
            ("東京で２０２３年に", "東京で2023年に"),
        ], only: ["unicode.full-width-alphanumerics"])
    }

    func testFullWidthPunctuationBecomesASCIIOutsideCJKLines() throws {
        try UnicodeRuleTesting.assertCleans([
            ("Hello！ Price：＄12（approx．）", "Hello! Price:$12(approx.)"),
            ("Line one！\n外交部表示：“好！”\nLine three？", "Line one!\n外交部表示：“好！”\nLine three?"),
        ], only: ["unicode.full-width-punctuation"])
        try UnicodeRuleTesting.assertKeeps([
            "外交部发言人表示：“中美关系（China–US）正处于低点！”",
            "岸田首相は「対話を続けることが重要だ」と述べた。会議（サミット）？",
            "서울에서 열린 회의（정상회의）에 참석했다！",
        ], only: ["unicode.full-width-punctuation"])
    }

    func testLigaturesBecomeLetters() throws {
        try UnicodeRuleTesting.assertCleans([
            ("The ﬁrst oﬃcial ﬂight of the staﬀ baﬄed the ﬆreet", "The first official flight of the staff baffled the street"),
        ], only: ["unicode.ligatures"])
        try UnicodeRuleTesting.assertKeeps(["Œuvre, æther, Ĳsselmeer, ß"], only: ["unicode.ligatures"])
    }
}

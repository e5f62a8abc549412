import XCTest
@testable import Tidings

final class PunctuationStyleRuleTests: XCTestCase {
    func testStylePacksAreOffByDefault() throws {
        let cleaner = try Cleaner()
        XCTAssertFalse(cleaner.rules.contains { $0.info.id.hasPrefix("style.") || $0.info.id.hasPrefix("ascii-punct.") })
        XCTAssertTrue(try Cleaner(enable: ["style.*"]).rules.contains { $0.info.id == "style.curly-quotes" })
    }

    func testCurlyQuotes() throws {
        try UnicodeRuleTesting.assertCleans([
            ("\"It's over,\" he said of the '90s and 'rock 'n' roll'.", "“It’s over,” he said of the ’90s and ‘rock ’n’ roll’."),
            ("He called it \"reckless\" (\"a gamble\") - 'twice'.", "He called it “reckless” (“a gamble”) - ‘twice’."),
            ("She said \"1990\" and McDonald's O'Brien.", "She said “1990” and McDonald’s O’Brien."),
        ], only: ["style.curly-quotes"])
        try UnicodeRuleTesting.assertKeeps(["A 5'10\" player with a 12\" screen; “Blinken’s” ‘view’."], only: ["style.curly-quotes"])
    }

    func testTypographicDashesAndEllipsis() throws {
        try UnicodeRuleTesting.assertCleans([
            ("The talks - which began in May - failed... again -- twice.", "The talks – which began in May – failed… again – twice."),
        ], only: ["style.dashes", "style.ellipsis"])
        try UnicodeRuleTesting.assertKeeps([
            "COVID-19, Sino-US, win-win, 1990-2000, 8:00 p.m., -5 °C, e-mail, U.S.-China, version 1.2.3.",
        ], only: ["style.*"])
    }

    func testASCIIPunctuationForMTPipelines() throws {
        try UnicodeRuleTesting.assertCleans([
            ("“It’s over,” he said — twice… In 1990–2000 ( roughly ) prices rose 5 % : fast.",
             "\"It's over,\" he said - twice... In 1990-2000 (roughly) prices rose 5%: fast."),
        ], only: ["ascii-punct.*"])
        try UnicodeRuleTesting.assertKeeps(["COVID-19, win-win, 1990-2000, 8:00 p.m. \"Quoted\" (fine)."], only: ["ascii-punct.*"])
    }
}

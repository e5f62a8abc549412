import XCTest
@testable import Tidings

final class CalqueAndPunctuationRulesTests: XCTestCase {
    func testDemonymMovedBeforeItsNoun() throws {
        try assertCleans("The talks urged the envoy Colombian to stay, and the president Peruvian said yes.",
                         to: "The talks urged the Colombian envoy to stay, and the Peruvian president said yes.", only: ["es-en.calques.*"])
    }

    func testPronounBeforeDemonymBecomesArticle() throws {
        try assertCleans("Talks ended. He Mexican delegation flew home.", to: "Talks ended. The Mexican delegation flew home.",
                         only: ["es-en.calques.*"])
    }

    func testPronounBeforeBareNounIsOnlySuggested() throws {
        let result = try cleaned(multiUnitPrefix + "Talks ended.\n\nHe summit closed early.", only: ["es-en.calques.*"])
        assertIdentical(result.text, multiUnitPrefix + "Talks ended.\n\nHe summit closed early.")
        XCTAssertEqual(result.suggestions.map(\.after), ["The "])
        try assertKeeps("He met them. He also left. He spoke. He cannot stay. He quickly agreed. He fled.", only: ["es-en.calques.*"])
    }

    func testCalquesKeepCleanText() throws {
        try assertKeeps("He told the minister Mexican officials had left. The minister said so. He Yafei spoke.", only: ["es-en.calques.*"])
    }

    func testPeriodBeforeColonRemoved() throws {
        try assertCleans("The agenda is short.: trade and visas.", to: "The agenda is short: trade and visas.", only: ["en.punctuation.*"])
    }

    func testSpaceBeforePunctuationRemoved() throws {
        try assertCleans("Prices rose , and wages fell !", to: "Prices rose, and wages fell!", only: ["en.punctuation.*"])
    }

    func testCreditSlashAndEmptyParenthesesRemoved() throws {
        try assertCleans("Delegates at the summit (EFE) (ANA RUIZ /) ()", to: "Delegates at the summit (EFE) (ANA RUIZ)", only: ["en.punctuation.*"])
    }

    func testPunctuationKeepsCleanText() throws {
        try assertKeeps("At 8:00 p.m.: dinner. Score 3 : 1. (AP/Reuters) f() and G-20, de-escalate, Microsoft Corp. . . .", only: ["en.punctuation.*"])
    }
}

import ICU
import XCTest

final class CaseMapperTests: XCTestCase {
    func testLocaleRulesApply() {
        XCTAssertEqual(CaseMapper(locale: "tr").uppercased("istanbul"), "İSTANBUL")
        XCTAssertEqual(CaseMapper(locale: "en").uppercased("istanbul"), "ISTANBUL")
    }

    func testTitlecasesWords() {
        XCTAssertEqual(CaseMapper().titlecased("qin gang"), "Qin Gang")
    }

    func testCapitalizesOnlyTheFirstLetter() {
        XCTAssertEqual(CaseMapper().capitalizingFirstLetter("élan vital eBay"), "Élan vital eBay")
    }

    func testCategories() {
        XCTAssertTrue(CharacterCategory.isUppercase("Ж"))
        XCTAssertTrue(CharacterCategory.isLowercase("ж"))
        XCTAssertTrue(CharacterCategory.isLetter("語"))
        XCTAssertTrue(CharacterCategory.isDigit("٣"))
        XCTAssertTrue(CharacterCategory.isControlOrFormat("\u{200B}"))
    }

    func testScalarsThatMayMakeACharacterUppercase() {
        // As `Character.isUppercase` answers for each scalar alone, over ASCII, Latin-1 and samples of other blocks.
        var scalars = (0..<0x250).compactMap(Unicode.Scalar.init)
        scalars += ["Ж", "ж", "Σ", "σ", "ς", "ǅ", "ⅱ", "Ⅲ", "ʰ", "𝐀", "𝐚", "語", "\u{345}", "٣", "’"]
        for scalar in scalars where Character(scalar).isUppercase {
            XCTAssertTrue(CharacterCategory.mayMakeUppercase(scalar), "\(scalar.value)")
        }
        XCTAssertEqual(["A", "Ж", "Ǆ", "ª"].map { CharacterCategory.mayMakeUppercase($0) }, [true, true, true, true])
        XCTAssertEqual(["a", "ж", "語", "1", "’"].map { CharacterCategory.mayMakeUppercase($0) }, [false, false, false, false, false])
    }
}

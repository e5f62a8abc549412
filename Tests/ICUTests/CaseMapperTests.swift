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
}

import XCTest
@testable import Tidings

final class NameFormTableTests: XCTestCase {
    func testRecordsFormsByTheirLowercasedWords() {
        let document = Document("Wu Hao, envoy wu hao’s Wu")
        XCTAssertEqual(Array(document.words.texts), ["Wu", "Hao", "envoy", "wu", "hao’s", "Wu"])
        let forms = document.words.loweredForms
        var table = NameFormTable(forms: forms)
        table.record(0..<2)
        table.record(0..<1)
        table.record(5..<6)
        XCTAssertEqual(table.entries.map(\.count), [1, 2])
        XCTAssertEqual(table.entries.map(\.last), [0..<2, 5..<6])
        XCTAssertEqual(table.entry(3..<5), 0)           // `wu hao’s` is the form `Wu Hao`
        XCTAssertEqual(table.entry(3..<4), 1)
        XCTAssertNil(table.entry(1..<2))
        XCTAssertNil(table.entry(2..<4))
        XCTAssertEqual(table.entry(lowercased: ["wu", "hao"]), 0)
        XCTAssertEqual(table.entry(lowercased: ["wu"]), 1)
        XCTAssertNil(table.entry(lowercased: ["wu", "hao’s"]))
        XCTAssertNil(table.entry(lowercased: ["minister"]))
        XCTAssertNil(table.entry(lowercased: []))
    }

    func testFormsOfUpToFourWords() {
        let document = Document("Ana Maria de Souza: ana maria de souza")
        let forms = document.words.loweredForms
        var table = NameFormTable(forms: forms)
        table.record(0..<4)
        table.record(0..<3)
        XCTAssertEqual(table.entry(4..<8), 0)
        XCTAssertEqual(table.entry(4..<7), 1)
        XCTAssertNil(table.entry(5..<8))
    }
}

import XCTest
@testable import Tidings

final class NameFormTableTests: XCTestCase {
    func testRecordsFormsByTheirLowercasedWords() {
        let document = Document("Wu Hao, envoy wu hao’s Wu")
        XCTAssertEqual(Array(document.words.texts), ["Wu", "Hao", "envoy", "wu", "hao’s", "Wu"])
        let forms = document.words.loweredForms
        var table = NameFormTable(forms: forms)
        XCTAssertEqual(table.record(0..<2), 0)
        XCTAssertEqual(table.record(0..<1), 1)
        XCTAssertEqual(table.record(5..<6), 1)
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

    func testManyLongFormsStayFound() {
        // 100 two-word forms fill the key table past its first size; each keeps its entry.
        let letters = Array("abcdefghij")
        let names = (0..<100).map { "Nam\(letters[$0 / 10]) Sur\(letters[$0 % 10])" }
        let document = Document(names.joined(separator: ", ") + ". " + names.map { $0.lowercased() }.joined(separator: ", "))
        let forms = document.words.loweredForms
        var table = NameFormTable(forms: forms)
        for index in 0..<100 { table.record((2 * index)..<(2 * index + 2)) }
        XCTAssertEqual(document.words.tokens.count, 400)
        XCTAssertEqual(table.entries.count, 100)
        XCTAssertEqual((0..<100).map { table.entry((200 + 2 * $0)..<(202 + 2 * $0)) }, Array(0..<100))
        XCTAssertEqual(table.entry(lowercased: ["namh", "surd"]), 73)
        XCTAssertNil(table.entry(1..<3))
    }
}

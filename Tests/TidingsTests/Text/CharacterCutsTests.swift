import XCTest
@testable import Tidings

final class CharacterCutsTests: XCTestCase {
    func testASCIIWordIsCutByBytes() {
        let cuts = CharacterCuts("energyPolicy", isSimpleASCII: true)
        XCTAssertEqual(cuts.count, 12)
        XCTAssertEqual(cuts.left(6), "energy")
        XCTAssertEqual(cuts.right(6), "Policy")
        XCTAssertEqual(cuts.text.unicodeScalars[cuts.position(6)...].count, 6)
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: cuts.text, isSimpleASCII: true), [6])
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: "aBcD", isSimpleASCII: true), [1, 3])
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: "", isSimpleASCII: true), [])
    }

    func testOtherWordsAreCutByCharacters() {
        let cuts = CharacterCuts("cafe\u{301}Said", isSimpleASCII: false)
        XCTAssertEqual(cuts.count, 8)
        XCTAssertTrue(cuts.left(4).isIdentical(to: "cafe\u{301}"))
        XCTAssertTrue(cuts.right(4).isIdentical(to: "Said"))
        XCTAssertEqual(cuts.text.unicodeScalars[cuts.position(3)...].count, 6)
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: cuts.text, isSimpleASCII: false), [4])
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: "dvořákTold", isSimpleASCII: false), [6])
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: "北京欢迎你", isSimpleASCII: false), [])
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: "ⅱⅢ", isSimpleASCII: false), [1])
    }

    func testCaseOfACharacterMatchesTheStandardLibrary() {
        var characters = (0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) }
        characters += ["\r\n", "é", "É", "e\u{301}", "E\u{301}", "ß", "ǅ", "ⅱ", "Ⅲ", "1\u{345}", "a\u{345}", "北", "’"]
        for character in characters {
            XCTAssertEqual(CharacterCuts.isLowercase(character), character.isLowercase, "\(character.unicodeScalars.map(\.value))")
            XCTAssertEqual(CharacterCuts.isUppercase(character), character.isUppercase, "\(character.unicodeScalars.map(\.value))")
        }
    }

    func testSeamsOfWordsWithACurlyApostropheAreReadFromBytes() {
        // Answers of the character-by-character reading, for words cut by bytes and for others.
        func seamsByCharacter(_ text: String) -> [Int] {
            let characters = Array(text)
            return characters.indices.dropFirst().filter { characters[$0 - 1].isLowercase && characters[$0].isUppercase }
        }
        let words = ["O’NeillSaid", "aB’cD", "a’B", "’", "ab’", "’Ab", "x’\r\nYz", "e\u{301}’Said", "dvořák’sTold", "a\u{2018}B"]
        for word in words {
            XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: word, isSimpleASCII: false), seamsByCharacter(word), word)
        }
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: "O’NeillSaid", isSimpleASCII: false), [7])
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: "aB’cD", isSimpleASCII: false), [1, 4])
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: "a’B", isSimpleASCII: false), [])
    }

    func testSeamsOfLatin1WordsAreReadFromBytes() {
        func seamsByCharacter(_ text: String) -> [Int] {
            let characters = Array(text)
            return characters.indices.dropFirst().filter { characters[$0 - 1].isLowercase && characters[$0].isUppercase }
        }
        // Every scalar of U+00A0–U+0100 between and around ASCII letters; before a combining mark.
        for value in 0xA0...0x100 {
            let scalar = String(Unicode.Scalar(UInt32(value))!)
            for word in ["a\(scalar)B", "A\(scalar)b", "\(scalar)B", "b\(scalar)", "\(scalar)\(scalar)", "x\(scalar)\u{301}Y", "é\(scalar)’Ç"] {
                XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: word, isSimpleASCII: false), seamsByCharacter(word), "\(value) \(word)")
            }
        }
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: "zürichÉcole", isSimpleASCII: false), [6])
        // Other scripts and decomposed characters: the same answers, with or without a later capital.
        let others = ["Nausėda", "nausėdaSaid", "МоскваКремль", "Москва", "ΣοφίαΑθήνα", "e\u{301}E\u{301}", "E\u{301}e\u{301}",
                      "aǅ", "ǅa", "ⅱⅢ", "北京Beijing", "ŁódźWarsaw", "a\u{345}B", "ėª", "ė𝐀", "ėʰ"]
        for word in others {
            XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: word, isSimpleASCII: false), seamsByCharacter(word), word)
        }
        XCTAssertEqual(CharacterCuts.lowerUpperSeams(of: "ßÀ×Á÷Ü", isSimpleASCII: false), [1])
    }
}

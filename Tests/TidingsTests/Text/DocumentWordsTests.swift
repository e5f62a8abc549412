import XCTest
@testable import Tidings

final class DocumentWordsTests: XCTestCase {
    func testCountsCanonicallyEquivalentFormsTogether() {
        // `String ==` is canonical equivalence: the composed and decomposed forms are one form.
        let document = Document("The café and the cafe\u{301} opened; the Café closed.")
        let words = document.words
        XCTAssertEqual(words.count(of: "café"), 2)
        XCTAssertEqual(words.count(of: "cafe\u{301}"), 2)
        XCTAssertEqual(words.count(of: "the"), 2)
        XCTAssertEqual(words.count(of: "The"), 1)
        XCTAssertEqual(words.count(of: "tea"), 0)
        XCTAssertEqual(Array(words.occurrences), [1, 2, 1, 2, 2, 1, 2, 1, 1])
        XCTAssertTrue(words.capitalized.contains("Cafe\u{301}"))
    }

    func testCountsGreekFormsComposedAndDecomposedTogether() {
        let words = Document("Η ά και η α\u{301} και Αθήνα, Αθήνα.").words
        XCTAssertEqual(words.count(of: "ά"), 2)
        XCTAssertEqual(words.count(of: "Αθήνα"), 2)
        XCTAssertEqual(words.count(of: "Η"), 1)
        XCTAssertEqual(Array(words.occurrences), [1, 2, 2, 1, 2, 2, 2, 2])
    }

    func testCountsASCIIFormsByTheirUnits() {
        let words = Document("Vidal's aide met Vidal. The aide left, and the aide's car too.").words
        XCTAssertEqual(words.count(of: "aide"), 2)
        XCTAssertEqual(words.count(of: "Vidal"), 1)
        XCTAssertEqual(Array(words.texts), ["Vidal's", "aide", "met", "Vidal", "The", "aide", "left", "and", "the", "aide's", "car", "too"])
        XCTAssertEqual(words.capitalized, ["Vidal", "The"])
    }

    func testNumbersFormsAndKeepsPerFormValues() {
        // The composed and decomposed `é` are different unit forms (their count is shared, not their number).
        let words = Document("aide met the aide, The cafe\u{301} café aide").words
        XCTAssertEqual(words.tokenForms, [0, 1, 2, 0, 3, 4, 5, 0])
        XCTAssertEqual((0..<words.formCount).map(words.texts.value(ofForm:)), ["aide", "met", "the", "The", "cafe\u{301}", "café"])
        XCTAssertEqual((0..<words.formCount).map(words.formUnitCount), [4, 3, 3, 3, 5, 4])
        XCTAssertEqual(words.wordCases.map(\.rawValue), [1, 1, 1, 1, 2 | 4, 1, 1, 1])
        XCTAssertEqual(words.perToken(["a", "b", "c", "d", "e", "f"]).joined(), "abcadefa")
    }

    func testEditedDocumentKeepsFormNumbersAndForgetsFormsNoLongerUsed() {
        let previous = Document("the aide met Vidal. the aide left")
        XCTAssertEqual(previous.words.tokenForms, [0, 1, 2, 3, 0, 1, 4])
        // `met Vidal` becomes `saw vidal`: `met` and `Vidal` stay numbered, with no token.
        let document = Document(units: Array("the aide saw vidal. the aide left".utf16), editedFrom: previous,
                                changed: [9..<12, 13..<18], replaced: [9..<12, 13..<18])
        let words = document.words
        XCTAssertEqual(words.tokenForms, [0, 1, 5, 6, 0, 1, 4])
        XCTAssertEqual(words.formCount, 7)
        XCTAssertEqual(Array(words.texts), ["the", "aide", "saw", "vidal", "the", "aide", "left"])
        XCTAssertEqual(Array(words.occurrences), [2, 2, 1, 1, 2, 2, 1])
        XCTAssertEqual(words.count(of: "met"), 0)
        XCTAssertEqual(words.count(of: "Vidal"), 0)
        XCTAssertEqual(words.count(of: "aide"), 2)
        XCTAssertEqual(words.capitalized, [])
        XCTAssertEqual(words.wordCases.map(\.rawValue), [1, 1, 1, 1, 1, 1, 1])
    }

    func testFactsOfEachToken() {
        let words = Document("energyPolicy dvořák Ab").words
        let facts = words.facts
        XCTAssertEqual(facts.map(\.characterCount), [12, 6, 2])
        XCTAssertEqual(facts.map(\.hasDigit), [false, false, false])
        XCTAssertEqual(facts.map(\.isASCII), [true, false, true])
        XCTAssertEqual(facts.map(\.hasASCIICaseSeam), [true, false, false])
        XCTAssertEqual(facts.map(\.isLowercase), [false, true, false])
        XCTAssertEqual(facts.map(\.isLetters), [true, true, true])
        XCTAssertEqual(words.tokens.indices.map(words.isSimpleASCII), [true, false, true])
        XCTAssertEqual(words.tokens.indices.map(words.lowerUpperSeams), [[6], [], []])
        XCTAssertEqual(words.lowerUpperSeams(0), [6])
    }

    func testFactsOfWordsWithDigitsAndMarks() {
        func facts(_ word: String) -> DocumentWords.Facts {
            Array(word.utf16).withUnsafeBufferPointer { DocumentWords.Facts(units: $0, text: word) }
        }
        XCTAssertTrue(facts("G20").hasDigit)
        XCTAssertFalse(facts("G20").isLetters)
        XCTAssertTrue(facts("x\u{0663}").hasDigit)
        XCTAssertEqual(facts("cafe\u{301}").characterCount, 4)
        XCTAssertTrue(facts("cafe\u{301}").isLetters)
        XCTAssertEqual(facts("a\r\nb").characterCount, 3)
    }

    func testFactsGiveTheWordCaseOfASCIIWords() {
        func wordCase(_ word: String) -> UInt8? {
            Array(word.utf16).withUnsafeBufferPointer { DocumentWords.Facts(units: $0, text: word) }.asciiWordCase?.rawValue
        }
        let words = ["gang", "Qin", "McDonald", "O'Neill", "US", "G20", "iPhone", "a-b", "X", "'s", "Bill's", "e.g", "A1b"]
        XCTAssertEqual(words.map(wordCase), [1, 2 | 4, 4, 4, 0, 2, 0, 0, 2, 0, 2 | 4, 0, 2])
        XCTAssertEqual(words.map(wordCase), words.map { WordCase($0).rawValue })
        XCTAssertNil(wordCase("O’Neill"))
        XCTAssertNil(wordCase("dvořák"))
    }

    func testFactsTellWhatLowercasingDoesToASCIIWords() {
        func lowercasing(_ word: String) -> LoweredForms.PlainKind? {
            Array(word.utf16).withUnsafeBufferPointer { DocumentWords.Facts(units: $0, text: word) }.asciiLowercasing
        }
        XCTAssertEqual(["gang", "Qin", "it's", "Bill's", "'s", "x's", "g20", "s's"].map(lowercasing),
                       [.own, .changed, .ownWithPossessive, .changed, .own, .ownWithPossessive, .own, .ownWithPossessive])
        XCTAssertNil(lowercasing("it’s"))
        XCTAssertNil(lowercasing("dvořák"))
    }

    func testLexiconAnswersForASCIIAndOtherTokens() {
        let document = Document("Gang gang GANG Beijing beijing Dvořák")
        let words = document.words
        let answers = words.lexiconAnswers(for: Lexicon(words: ["gang", "Beijing", "Dvořák"]))
        XCTAssertEqual(words.tokens.indices.map { answers.contains($0, in: words, document: document) },
                       [true, true, true, true, false, true])
    }

    func testWordsNumberedThroughTheMemoHaveTheTextsFactsAndFormsOfTheirUnits() {
        // Words whose stretches the thread's memo numbered take their text and facts from it, and
        // their form from the note of an earlier token: the same as worked out from the units.
        let pieces = ["the", "The", "said", "said,", "Blinken", "café", "cafe\u{301}", "O’Neill", "don't", "U.S.", "北京",
                      "Αθήνα", "3.5", "hours.", "“Yes”", "e-mail", "iPhone", "McDonald's", "\n", "x\r\ny"]
        var generator = SplitMix(seed: 29)
        var numbered = 0
        for round in 0..<300 {
            let count = Int(generator.next() % 40) + 1
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            let document = Document(text)
            let words = document.words
            numbered += document.keptWordEntries()?.entries.filter { $0 != 0 }.count ?? 0
            var formOfUnits: [[UInt16]: Int32] = [:]
            for (index, token) in words.tokens.enumerated() {
                let units = Array(document.units[token.range])
                let expected = String(decoding: units, as: UTF16.self)
                XCTAssertEqual(words.texts[index], expected, "round \(round)")
                XCTAssertEqual(words.facts[index], units.withUnsafeBufferPointer { DocumentWords.Facts(units: $0, text: expected) }, expected)
                // Forms are numbered by their units in order of first occurrence.
                let form = formOfUnits[units] ?? Int32(formOfUnits.count)
                formOfUnits[units] = form
                XCTAssertEqual(words.tokenForms[index], form, "round \(round): \(expected)")
            }
        }
        XCTAssertGreaterThan(numbered, 3000)
    }

    func testEntriesOfTheMemoAreReadOnlyOnTheThreadThatHandedThemOut() {
        let document = Document("The minister said the talks were useful.")
        XCTAssertEqual(document.keptWordEntries()?.entries.count, 7)
        nonisolated(unsafe) let shared = document
        nonisolated(unsafe) var elsewhere: [UInt16]? = [1]
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            elsewhere = shared.keptWordEntries()?.entries
            done.signal()
        }
        thread.start()
        done.wait()
        XCTAssertNil(elsewhere)
    }
}

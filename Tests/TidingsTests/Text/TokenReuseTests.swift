import XCTest
@testable import Tidings

final class TokenReuseTests: XCTestCase {
    /// Texts mixing scripts, emoji, combining marks, numbers and punctuation that joins words.
    private let texts = [
        "The talks lasted three daysreported officials in Geneva. O’Neill said so, 3.5 km away.",
        "北京欢迎你 and 東京 too; ภาษาไทยง่ายนิดเดียว then café\u{301} au lait, 👍🏽 👨‍👩‍👧 ok.",
        "  Mr. Smith’s e-mail: a.b@c.org, U.S. 1,234.56 — “quoted” words\nnext line 🇫🇷🇩🇪 end",
        "Ana Torres, the mayor, arrived at 9:30 on 2024-01-05.\n\nA new paragraph with x\u{200D}y and a\u{301}b.",
    ]
    private let replacements = ["", " ", "x", "the ", "北京", "’s", "\u{301}", "🇫🇷", ". ", "\n", "said", "1", "a b"]

    func testReusedTokensAndWordsEqualFreshOnesAfterRandomEdits() {
        var generator = SplitMix(seed: 7)
        for text in texts {
            for _ in 0..<300 {
                let previous = Document(text)
                // Per-form answers worked out before the edit are carried into the next words.
                _ = previous.words.loweredForms
                _ = previous.words.wordCases
                let lexicon = Lexicon(words: ["the", "said", "café", "Smith", "北京", "km", "O’Neill"])
                let previousAnswers = previous.words.lexiconAnswers(for: lexicon)
                for index in previous.words.tokens.indices where index % 2 == 0 { _ = previousAnswers.contains(index, in: previous.words, document: previous) }
                let (edited, changed, replaced) = randomReplacements(in: Array(text.utf16), using: &generator)
                let reused = Document(units: edited, editedFrom: previous, changed: changed, replaced: replaced)
                let fresh = Document(units: edited)
                XCTAssertEqual(reused.tokens, fresh.tokens, "\(replaced) \(changed) in \(text)")
                // The words keep the previous form numbers for kept tokens: every answer is a fresh one's.
                let (words, freshWords) = (reused.words, fresh.words)
                XCTAssertTrue(words.texts.elementsEqual(freshWords.texts) { $0.isIdentical(to: $1) }, "\(replaced) in \(text)")
                XCTAssertEqual(Array(words.occurrences), Array(freshWords.occurrences), "\(replaced) \(changed) in \(text)")
                XCTAssertEqual(words.facts.map(\.characterCount), freshWords.facts.map(\.characterCount))
                XCTAssertEqual(words.facts.map(\.isLetters), freshWords.facts.map(\.isLetters))
                XCTAssertEqual(words.wordCases.map(\.rawValue), freshWords.wordCases.map(\.rawValue))
                let (answers, freshAnswers) = (words.lexiconAnswers(for: lexicon), freshWords.lexiconAnswers(for: lexicon))
                XCTAssertEqual(words.tokens.indices.map { answers.contains($0, in: words, document: reused) },
                               freshWords.tokens.indices.map { freshAnswers.contains($0, in: freshWords, document: fresh) }, "\(replaced) in \(text)")
                // Lowercased forms may be numbered differently, but the same tokens share numbers.
                let (lowered, freshLowered) = (words.loweredForms, freshWords.loweredForms)
                for (numbers, freshNumbers) in [(lowered.lowered, freshLowered.lowered), (lowered.bareLowered, freshLowered.bareLowered)] {
                    var pairs: [Int32: Int32] = [:], reversePairs: [Int32: Int32] = [:]
                    for (number, freshNumber) in zip(numbers, freshNumbers) {
                        XCTAssertEqual(pairs[number, default: freshNumber], freshNumber, "\(replaced) in \(text)")
                        XCTAssertEqual(reversePairs[freshNumber, default: number], number, "\(replaced) in \(text)")
                        (pairs[number], reversePairs[freshNumber]) = (freshNumber, number)
                    }
                }
                XCTAssertEqual(words.capitalized, freshWords.capitalized, "\(replaced) \(changed) in \(text)")
                for word in ["the", "café", "cafe\u{301}", "said", "北京", "O’Neill", "Smith’s"] {
                    XCTAssertEqual(words.count(of: word), freshWords.count(of: word), word)
                }
            }
        }
    }

    func testOccurrencesStayFreshOnesOverRoundsAndSiblingEdits() {
        // Canonically equivalent forms are grouped once and the groups extended round by round; a
        // document edited twice from the same one, or a document edited again, still counts as fresh.
        var generator = SplitMix(seed: 11)
        for text in texts {
            for _ in 0..<100 {
                let previous = Document(text)
                _ = previous.words
                let first = randomEdit(of: previous, using: &generator)
                let second = randomEdit(of: previous, using: &generator)
                let third = randomEdit(of: first, using: &generator)
                for document in [first, second, third] {
                    let fresh = Document(units: Array(document.units))
                    XCTAssertEqual(Array(document.words.occurrences), Array(fresh.words.occurrences), text)
                    for word in ["café", "cafe\u{301}", "a\u{301}b", "áb", "the"] {
                        XCTAssertEqual(document.words.count(of: word), fresh.words.count(of: word), word)
                    }
                }
            }
        }
    }

    /// A document made from another by up to three random replacements (its words computed).
    private func randomEdit(of previous: Document, using generator: inout SplitMix) -> Document {
        let (edited, changed, replaced) = randomReplacements(in: Array(previous.units), using: &generator)
        let document = Document(units: edited, editedFrom: previous, changed: changed, replaced: replaced)
        _ = document.words
        return document
    }

    /// Up to three replacements from `replacements` at random, sorted, non-overlapping places: the
    /// edited units, where the replacements now lie, and the ranges of `units` they replaced.
    private func randomReplacements(in units: [UInt16], using generator: inout SplitMix)
        -> (edited: [UInt16], changed: [Range<Int>], replaced: [Range<Int>]) {
        var cuts = (0..<Int(generator.next() % 6)).map { _ in Int(generator.next() % UInt64(units.count + 1)) }.sorted()
        if cuts.count % 2 == 1 { cuts.removeLast() }
        var replaced: [Range<Int>] = []
        for pair in stride(from: 0, to: cuts.count, by: 2) where replaced.last.map({ $0.upperBound < cuts[pair] }) ?? true {
            replaced.append(cuts[pair]..<cuts[pair + 1])
        }
        var edited: [UInt16] = [], changed: [Range<Int>] = [], position = 0
        for range in replaced {
            edited.append(contentsOf: units[position..<range.lowerBound])
            let replacement = replacements[Int(generator.next() % UInt64(replacements.count))]
            changed.append(edited.count..<edited.count + replacement.utf16.count)
            edited.append(contentsOf: replacement.utf16)
            position = range.upperBound
        }
        edited.append(contentsOf: units[position...])
        return (edited, changed, replaced)
    }

    func testReportsTheStretchesWhoseTokensWereKept() {
        // `three` becomes `tree`: the window runs from `two` (a firm boundary) to `four`.
        let previous = Document("one two three four five")
        let units = Array("one two tree four five".utf16)
        let reuse = TokenReuse(previous: previous.tokens, replaced: [8..<13], changed: [8..<12])
        let fresh = Document(units: units)
        var reused: [TokenReuse.Span] = []
        let tokens = reuse.tokens(of: fresh.units, previousUnits: previous.units, reused: &reused) { window in
            fresh.tokens.filter { window.lowerBound <= $0.range.lowerBound && $0.range.upperBound <= window.upperBound }
        }
        XCTAssertEqual(tokens, fresh.tokens)
        XCTAssertEqual(reused, [TokenReuse.Span(previous: 0..<4, delta: 0), TokenReuse.Span(previous: 14..<23, delta: -1)])
    }

    func testEditsThatJoinOrSplitLinesOrTouchALineFeed() {
        let text = "The minister said: “no.”\nHe left at 3.5 p.m.\r\n\nU.S. talks, don’t stop 😀👍🏽\nlast line"
        let count = text.utf16.count
        let cases: [[(Range<Int>, String)]] = [
            [(24..<26, " ")],  // joins two lines
            [(30..<31, "\n")],  // splits a line
            [(44..<45, "\r")],  // a CR before an LF
            [(0..<0, "Well, ")],
            [(4..<5, ""), (6..<6, "x"), (40..<45, "a\nb")],
            [(count - 4..<count, "page\n")],
        ]
        for edits in cases {
            let previous = Document(text)
            _ = previous.tokens
            var units: [UInt16] = [], changed: [Range<Int>] = [], position = 0
            for (range, replacement) in edits {
                units += previous.units[position..<range.lowerBound]
                changed.append(units.count..<units.count + replacement.utf16.count)
                units += replacement.utf16
                position = range.upperBound
            }
            units += previous.units[position..<previous.count]
            let reused = Document(units: units, editedFrom: previous, changed: changed, replaced: edits.map(\.0)).tokens
            XCTAssertEqual(reused, Document(units: units).tokens, "\(edits.map(\.0))")
        }
    }

    func testFirmBoundaryIsASpaceBeforeAnASCIILetterOrDigit() {
        let units = Array(" a 1 é  B.".utf16)
        units.withUnsafeBufferPointer { units in
            XCTAssertEqual((0...units.count).filter { TokenReuse.isFirm($0, in: units) }, [1, 3, 8])
        }
    }
}

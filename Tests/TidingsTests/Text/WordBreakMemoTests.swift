import ICU
import XCTest
@testable import Tidings

final class WordBreakMemoTests: XCTestCase {
    /// ICU's tokens of a whole text, without the memo.
    private func icuTokens(_ text: String, locale: String = "en") -> [Token] {
        let buffer = TextBuffer(text)
        var tokens: [Token] = []
        Document.appendICUTokens(of: 0..<buffer.count, in: buffer, locale: locale, to: &tokens)
        return tokens
    }

    func testTokensFromTheMemoEqualICUsTokensOfTheWholeText() {
        // Pieces that join across spaces or not: combining marks and format characters after a
        // space, space runs, CR LF, numbers with separators, apostrophes, scripts without spaces.
        let pieces = ["the", "The", " ", "  ", "said", ",", ".", "3.5", "1,234", "O’Neill", "don't", " \u{301}", "\u{200D}",
                      "\u{00AD}", "e\u{301}", "\r\n", "\n", "\t", "\u{A0}", "北京", "ภาษาไทย", "👍🏽", "🇫🇷", "a.b", "x_y",
                      "“", "”", "—", "U.S.", ":", "9:30", "\u{3000}", "Blinkenthe", "e-mail", "#tag", "@a"]
        var generator = SplitMix(seed: 3)
        for round in 0..<400 {
            var text = ""
            for _ in 0..<Int(generator.next() % 40) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            // Each text twice: the second document finds its stretches in the memo.
            XCTAssertEqual(Document(text).tokens, icuTokens(text), "round \(round): \(text.debugDescription)")
            XCTAssertEqual(Document(text).tokens, icuTokens(text), "round \(round), again: \(text.debugDescription)")
        }
    }

    func testAnotherDocumentReusesTheStretchesOfTheFirst() {
        let memo = WordBreakMemo.current(locale: "en-x-memo-test")
        XCTAssertEqual(memo.count, 0)
        let first = "The minister said so. The talks went on."
        XCTAssertEqual(Document(first, locale: "en-x-memo-test").tokens, icuTokens(first, locale: "en-x-memo-test"))
        // `The `, `minister `, `said `, `so. `, `talks `, `went `, `on.` (the second `The ` is known).
        XCTAssertEqual(memo.count, 7)
        let second = "The talks said so. The minister went on, 3 days."
        XCTAssertEqual(Document(second, locale: "en-x-memo-test").tokens, icuTokens(second, locale: "en-x-memo-test"))
        // New: `on, `, `3 `, `days.`.
        XCTAssertEqual(memo.count, 10)
        XCTAssertTrue(WordBreakMemo.current(locale: "en-x-memo-test") === memo)
        XCTAssertFalse(WordBreakMemo.current(locale: "fr") === memo)
    }

    func testEachThreadHasItsOwnMemo() {
        let here = ObjectIdentifier(WordBreakMemo.current(locale: "en"))
        XCTAssertEqual(ObjectIdentifier(WordBreakMemo.current(locale: "en")), here)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var there: [ObjectIdentifier] = []
        let thread = Thread {
            there = [ObjectIdentifier(WordBreakMemo.current(locale: "en")), ObjectIdentifier(WordBreakMemo.current(locale: "en"))]
            done.signal()
        }
        thread.start()
        done.wait()
        XCTAssertEqual(there.count, 2)
        XCTAssertEqual(there.first, there.last)
        XCTAssertNotEqual(there.first, here)
    }

    func testKeptTokensAreAppendedAtAnyStart() {
        let memo = WordBreakMemo(locale: "en")
        let units = Array("said, “we ".utf16)
        let tokens = [Token(range: 0..<4, kind: .word), Token(range: 4..<5, kind: .other), Token(range: 5..<6, kind: .space),
                      Token(range: 6..<7, kind: .other), Token(range: 7..<9, kind: .word), Token(range: 9..<10, kind: .space)]
        units.withUnsafeBufferPointer { units in
            XCTAssertNil(memo.known(0..<10, in: units))
            memo.remember(0..<10, in: units, tokens: tokens[...])
            XCTAssertNil(memo.known(0..<9, in: units))
            guard let known = memo.known(0..<10, in: units) else { return XCTFail("not kept") }
            var result = [Token(range: 0..<100, kind: .other)]
            var entries: [UInt16] = [9]
            memo.append(known, at: 100, to: &result, wordEntries: &entries)
            XCTAssertEqual(result, [Token(range: 0..<100, kind: .other)] + tokens.map { Token(range: $0.range.lowerBound + 100..<$0.range.upperBound + 100, kind: $0.kind) })
            // Two word tokens: no entry, one 0 per word token.
            XCTAssertEqual(entries, [9, 0, 0])
        }
    }

    func testAGrowingMemoKeepsEveryStretch() {
        let memo = WordBreakMemo(locale: "en", capacity: 4096)
        let stretches = (0..<3000).map { Array("w\($0) ".utf16) }
        for units in stretches {
            _ = units.withUnsafeBufferPointer { units in
                memo.remember(0..<units.count, in: units, tokens: [Token(range: 0..<units.count - 1, kind: .word),
                                                                   Token(range: units.count - 1..<units.count, kind: .space)][...])
            }
        }
        XCTAssertEqual(memo.count, 3000)
        for units in stretches {
            units.withUnsafeBufferPointer { units in
                guard let known = memo.known(0..<units.count, in: units) else { return XCTFail(String(decoding: units, as: UTF16.self)) }
                var tokens: [Token] = [], entries: [UInt16] = []
                memo.append(known, at: 10, to: &tokens, wordEntries: &entries)
                XCTAssertEqual(entries.count, 1)
                XCTAssertEqual(tokens, [Token(range: 10..<9 + units.count, kind: .word), Token(range: 9 + units.count..<10 + units.count, kind: .space)])
            }
        }
    }

    func testLongStretchesAreNotKeptAndAFullMemoStartsOver() {
        let memo = WordBreakMemo(locale: "en", capacity: 4)
        let long = Array(String(repeating: "a", count: WordBreakMemo.longestStretch + 1).utf16)
        long.withUnsafeBufferPointer { units in
            memo.remember(0..<units.count, in: units, tokens: [Token(range: 0..<units.count, kind: .word)][...])
            XCTAssertNil(memo.known(0..<units.count, in: units))
        }
        // A stretch of more tokens than a bucket holds is not kept either.
        let dots = Array(String(repeating: ".", count: WordBreakMemo.mostTokens + 1).utf16)
        dots.withUnsafeBufferPointer { units in
            memo.remember(0..<units.count, in: units, tokens: units.indices.map { Token(range: $0..<$0 + 1, kind: .other) }[...])
            XCTAssertNil(memo.known(0..<units.count, in: units))
        }
        XCTAssertEqual(memo.count, 0)
        let words = ["one ", "two ", "three ", "four ", "five "].map { Array($0.utf16) }
        for word in words {
            _ = word.withUnsafeBufferPointer { units in
                memo.remember(0..<units.count, in: units, tokens: [Token(range: 0..<units.count - 1, kind: .word),
                                                                   Token(range: units.count - 1..<units.count, kind: .space)][...])
            }
        }
        // The fifth stretch found the memo full: it forgot the first four.
        XCTAssertEqual(memo.count, 1)
        XCTAssertNil(words[0].withUnsafeBufferPointer { memo.known(0..<$0.count, in: $0) })
        XCTAssertNotNil(words[4].withUnsafeBufferPointer { memo.known(0..<$0.count, in: $0) })
    }

    func testAStretchWithOneWordGivesItsWordAnEntry() {
        let memo = WordBreakMemo(locale: "en")
        func remember(_ text: String, _ tokens: [(Int, Token.Kind)]) -> UInt16 {
            let units = Array(text.utf16)
            var start = 0
            let made = tokens.map { end, kind in
                defer { start = end }
                return Token(range: start..<end, kind: kind)
            }
            return units.withUnsafeBufferPointer { memo.remember(0..<$0.count, in: $0, tokens: made[...]) }
        }
        XCTAssertEqual(remember("said ", [(4, .word), (5, .space)]), 1)
        // Another stretch with the same word shares its entry; a kept stretch gives its entry again.
        XCTAssertEqual(remember("said, ", [(4, .word), (5, .other), (6, .space)]), 1)
        XCTAssertEqual(remember("said ", [(4, .word), (5, .space)]), 1)
        XCTAssertEqual(remember("Blinken.", [(7, .word), (8, .other)]), 2)
        // No word, or two: no entry.
        XCTAssertEqual(remember("3 ", [(1, .number), (2, .space)]), 0)
        XCTAssertEqual(remember("北京 ", [(1, .word), (2, .word), (3, .space)]), 0)
        XCTAssertEqual(memo.count, 5)
        XCTAssertEqual(memo.wordForms.texts, ["", "said", "Blinken"])
        let units = Array("said, ".utf16)
        units.withUnsafeBufferPointer { units in
            guard let known = memo.known(0..<units.count, in: units) else { return XCTFail("not kept") }
            XCTAssertEqual(memo.wordEntry(known), 1)
            var tokens: [Token] = [], entries: [UInt16] = []
            memo.append(known, at: 0, to: &tokens, wordEntries: &entries)
            XCTAssertEqual(entries, [1])
        }
    }

    func testAMemoThatStartsOverOrGrowsWhileTokenizingGivesICUsTokens() {
        // Small memos fill up within a document: remembering its unknown stretches clears or moves
        // the buckets its known stretches were found in, so those are read before any is remembered.
        // 1,500 letter words (`wa`, `wb`, … from the digits of 0…1499) and a few others.
        let letters = (0..<1500).map { "w" + String(String($0).unicodeScalars.map { Character(Unicode.Scalar($0.value + 49)!) }) }
        let words = letters + ["said,", "U.S.", "don't", "“Yes”", "3.5", "北京", "e\u{301}"]
        var generator = SplitMix(seed: 17)
        var checked = 0
        for capacity in [4, 9, 50, 1000, 100_000] {
            let memo = WordBreakMemo(locale: "en", capacity: capacity)
            for round in 0..<60 {
                let count = round % 3 == 0 ? 900 : Int(generator.next() % 30) + 1
                let text = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
                let document = Document(text)
                let resets = memo.resets
                let (tokens, entries) = document.tokenize(0..<document.count, memo: memo)
                XCTAssertEqual(tokens, icuTokens(text), "capacity \(capacity), round \(round)")
                let wordTokens = tokens.filter { $0.kind == .word }
                XCTAssertEqual(entries?.count, wordTokens.count)
                // Entries name the words they were handed out for, unless the memo started over since.
                guard memo.resets == resets, let entries else { continue }
                for (token, entry) in zip(wordTokens, entries) where entry != 0 {
                    XCTAssertEqual(memo.wordForms.texts[Int(entry)], document.string(token.range))
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
    }
}

/// The word tokens of a document with what rules ask about them: how often each form occurs,
/// which capitalized forms the document uses as names, and the words around a position.
struct DocumentWords {
    /// Word tokens in text order.
    let tokens: [Token]
    /// Each word token's text, parallel to `tokens`.
    let texts: [String]
    /// How many times each exact word form occurs.
    let counts: [String: Int]
    /// Capitalized word forms the document uses (possessive `’s` removed): its names and sentence starts.
    let capitalized: Set<String>
    /// How many times each word token's exact form occurs, parallel to `tokens` (`counts` per token).
    let occurrences: [Int]
    /// Address answers by chunk start, shared by the rules that ask about the same tokens.
    private let addressMemo = AddressMemo()
    /// Per-token shape facts, computed once for all the rules that ask.
    private let factsMemo = FactsMemo()

    /// Shape facts of one word token that several rules ask about.
    struct Facts {
        /// The number of characters (grapheme clusters).
        let characterCount: Int
        /// Whether the token holds a decimal digit (`WordShape.hasDigit`).
        let hasDigit: Bool
    }

    /// Lexicon answers per token, by lexicon, shared by the rules that use the same lexicon.
    private let lexiconMemo = LexiconMemo()

    /// Remembered `Lexicon.contains` answers for the word tokens of one document.
    final class LexiconAnswers {
        /// The lexicon asked (kept alive so its identity is not reused).
        private let lexicon: Lexicon
        /// Per token: 0 not asked yet, 1 absent, 2 present.
        private var answers: [UInt8]

        init(lexicon: Lexicon, count: Int) {
            self.lexicon = lexicon
            answers = Array(repeating: 0, count: count)
        }

        /// `lexicon.contains(text)` for the word token at an index whose text is `text`.
        func contains(_ index: Int, text: String) -> Bool {
            switch answers[index] {
            case 1: return false
            case 2: return true
            default:
                let answer = lexicon.contains(text)
                answers[index] = answer ? 2 : 1
                return answer
            }
        }
    }

    /// Lexicon answers by lexicon identity.
    private final class LexiconMemo {
        var byLexicon: [ObjectIdentifier: LexiconAnswers] = [:]
    }

    /// The remembered lexicon answers for this document's tokens (one memo per lexicon).
    func lexiconAnswers(for lexicon: Lexicon) -> LexiconAnswers {
        let key = ObjectIdentifier(lexicon.identity)
        if let known = lexiconMemo.byLexicon[key] { return known }
        let answers = LexiconAnswers(lexicon: lexicon, count: tokens.count)
        lexiconMemo.byLexicon[key] = answers
        return answers
    }

    /// Remembered per-token facts, filled on first use.
    private final class FactsMemo {
        var facts: [Facts]?
    }

    /// Remembered answers of `Document.isAddress(chunk:)`.
    private final class AddressMemo {
        var byChunkStart: [Int: Bool] = [:]
    }

    init(_ document: Document) {
        tokens = document.tokens.filter { $0.kind == .word }
        texts = tokens.map { Self.text(of: $0.range, in: document) }
        // Each distinct form gets a number, so every token's form is hashed once.
        var numbers: [String: Int] = [:]
        var tally: [Int] = []
        var tokenNumbers: [Int] = []
        tokenNumbers.reserveCapacity(texts.count)
        var capitalized: Set<String> = []
        for text in texts {
            let number: Int
            if let known = numbers[text] {
                number = known
            } else {
                number = tally.count
                numbers[text] = number
                tally.append(0)
            }
            tally[number] += 1
            tokenNumbers.append(number)
            let bare = Self.removingPossessive(text)
            if WordShape.isCapitalized(bare) { capitalized.insert(bare) }
        }
        counts = numbers.mapValues { tally[$0] }
        self.capitalized = capitalized
        occurrences = tokenNumbers.map { tally[$0] }
    }

    /// A token's text; ASCII is copied byte by byte, far faster than transcoding UTF-16 (same result).
    private static func text(of range: Range<Int>, in document: Document) -> String {
        let units = UnsafeBufferPointer(rebasing: document.units[range])
        guard units.allSatisfy({ $0 < 0x80 }) else { return document.string(range) }
        return String(unsafeUninitializedCapacity: units.count) { bytes in
            for (index, unit) in units.enumerated() { bytes[index] = UInt8(truncatingIfNeeded: unit) }
            return units.count
        }
    }

    /// The word without a trailing possessive `’s` or `'s`.
    static func removingPossessive(_ word: String) -> String {
        // Only a word whose UTF-8 ends in `’s` or `'s` can end in a possessive (most words: no Character work).
        let possible = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            guard count >= 2, bytes[count - 1] == 0x73 else { return false }
            return bytes[count - 2] == 0x27 || (count >= 4 && bytes[count - 2] == 0x99 && bytes[count - 3] == 0x80 && bytes[count - 4] == 0xE2)
        } ?? true
        guard possible else { return word }
        for suffix in ["’s", "'s"] where word.hasSuffix(suffix) && word.count > 2 {
            return String(word.dropLast(2))
        }
        return word
    }

    /// Whether the word token at an index sits inside a URL, an e-mail address, a hashtag, a handle
    /// or a piece of code (`Document.isInsideAddress`, remembered per chunk).
    func isInsideAddress(_ index: Int, in document: Document) -> Bool {
        let chunk = document.chunk(around: tokens[index].range)
        if let known = addressMemo.byChunkStart[chunk.lowerBound] { return known }
        let answer = document.isAddress(chunk: chunk)
        addressMemo.byChunkStart[chunk.lowerBound] = answer
        return answer
    }

    /// Shape facts of the word token at an index (computed for every token on first use).
    func facts(_ index: Int) -> Facts {
        if let facts = factsMemo.facts { return facts[index] }
        let facts = texts.map { text in
            // In ASCII only CR LF joins two scalars into one character: a word is counted by its bytes.
            let ascii = text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
            return Facts(characterCount: ascii ? text.utf8.count : text.count,
                         hasDigit: ascii ? text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } : WordShape.hasDigit(text))
        }
        factsMemo.facts = facts
        return facts[index]
    }

    /// The index of the word token starting at an offset.
    func index(startingAt offset: Int) -> Int? {
        var low = 0, high = tokens.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound == offset { return mid }
            if tokens[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}

extension Array {
    /// The first index whose element satisfies a predicate that is false, then true, along the array.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

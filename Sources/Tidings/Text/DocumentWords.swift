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

    init(_ document: Document) {
        tokens = document.tokens.filter { $0.kind == .word }
        texts = tokens.map { document.string($0.range) }
        var counts: [String: Int] = [:]
        var capitalized: Set<String> = []
        for text in texts {
            counts[text, default: 0] += 1
            let bare = Self.removingPossessive(text)
            if WordShape.isCapitalized(bare) { capitalized.insert(bare) }
        }
        self.counts = counts
        self.capitalized = capitalized
    }

    /// The word without a trailing possessive `’s` or `'s`.
    static func removingPossessive(_ word: String) -> String {
        for suffix in ["’s", "'s"] where word.hasSuffix(suffix) && word.count > 2 {
            return String(word.dropLast(2))
        }
        return word
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

extension Document {
    /// The run of non-space characters around a range (to tell URLs, e-mail addresses and handles).
    func chunk(around range: Range<Int>) -> Range<Int> {
        func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 }
        var start = range.lowerBound, end = range.upperBound
        while start > 0, !isSpace(units[start - 1]) { start -= 1 }
        while end < count, !isSpace(units[end]) { end += 1 }
        return start..<end
    }

    /// Whether a range sits inside a URL, an e-mail address, a hashtag or a handle.
    func isInsideAddress(_ range: Range<Int>) -> Bool {
        let text = string(chunk(around: range))
        return text.contains("@") || text.contains("://") || text.hasPrefix("www.") || text.contains("#")
            || text.contains("/") || text.contains("_") || text.contains(".com") || text.contains(".org")
    }

    /// The paragraph containing an offset (its end counts as inside).
    func paragraph(containing offset: Int) -> Range<Int>? {
        Self.range(in: paragraphs, containing: offset, includingEnd: true)
    }

    /// The sentence containing an offset.
    func sentence(containing offset: Int) -> Range<Int>? {
        Self.range(in: sentences, containing: offset, includingEnd: false)
    }

    /// Binary search in sorted, non-overlapping ranges.
    private static func range(in ranges: [Range<Int>], containing offset: Int, includingEnd: Bool) -> Range<Int>? {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if offset < range.lowerBound { high = mid - 1 }
            else if offset > range.upperBound || (offset == range.upperBound && !includingEnd) { low = mid + 1 }
            else { return range }
        }
        return nil
    }
}

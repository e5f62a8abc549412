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

internal import CICUShim

/// Text boundaries from ICU's break iterators (`ubrk`).
public enum BreakIterator {
    /// What kind of boundaries to find.
    public enum Kind: Int32, Sendable {
        /// Grapheme clusters.
        case character = 0
        /// Words (with a rule status telling words, numbers and the rest apart).
        case word = 1
        /// Line-break opportunities.
        case line = 2
        /// Sentences.
        case sentence = 3
    }

    /// One boundary: its UTF-16 offset and the rule status of the segment that ends there.
    public struct Boundary: Equatable, Sendable {
        /// UTF-16 offset of the boundary.
        public var offset: Int
        /// ICU's rule status for the segment ending here (word breaks: 0 none, 100 number, 200 letter, 300 kana, 400 ideographic).
        public var ruleStatus: Int32
    }

    /// Every boundary after the start of `range` in `text`, up to and including the range end.
    public static func boundaries(_ kind: Kind, in text: TextBuffer, range: Range<Int>? = nil, locale: String = "en") throws -> [Boundary] {
        let range = range ?? 0..<text.count
        let batches = try BoundaryBatches(kind, in: text, range: range, locale: locale)
        var result: [Boundary] = []
        result.reserveCapacity(range.count / 3 + 1)
        while let batch = batches.next() {
            for index in batch.offsets.indices {
                result.append(Boundary(offset: range.lowerBound + Int(batch.offsets[index]), ruleStatus: batch.ruleStatuses[index]))
            }
        }
        return result
    }
}

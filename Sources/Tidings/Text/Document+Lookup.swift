/// Lookups rules share: the paragraph or sentence around an offset, and the non-space chunk
/// around a word (to tell URLs, addresses and handles from words).
extension Document {
    /// The run of non-space characters around a range (to tell URLs, e-mail addresses and handles).
    func chunk(around range: Range<Int>) -> Range<Int> {
        func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 }
        var start = range.lowerBound, end = range.upperBound
        while start > 0, !isSpace(units[start - 1]) { start -= 1 }
        while end < count, !isSpace(units[end]) { end += 1 }
        return start..<end
    }

    /// Whether a range sits inside a URL, an e-mail address, a hashtag, a handle or a piece of code.
    func isInsideAddress(_ range: Range<Int>) -> Bool {
        let text = string(chunk(around: range))
        return text.contains("@") || text.contains("://") || text.hasPrefix("www.") || text.contains("#")
            || text.contains("/") || text.contains("_") || text.contains(".com") || text.contains(".org")
            || text.contains("::") || text.contains("()") || text.contains("=") || text.contains("`")
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

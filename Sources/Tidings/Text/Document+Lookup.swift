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
        isAddress(chunk: chunk(around: range))
    }

    /// Whether a non-space chunk is a URL, an e-mail address, a hashtag, a handle or a piece of code.
    func isAddress(chunk: Range<Int>) -> Bool {
        // Plain ASCII without any character the patterns below need cannot match them.
        guard units[chunk].contains(where: Self.mayMarkAddress) else { return false }
        if let bytes = Self.asciiImage(units[chunk]) { return Self.isASCIIAddress(bytes) }
        // Every pattern holds one of `@ : . # / _ ( = \``, and only `≠` (`=` U+0338) and U+1FEF (`\``)
        // decompose canonically to one of them: without any of these the search below finds nothing.
        guard units[chunk].contains(where: Self.mayHoldMarker) else { return false }
        let text = string(chunk)
        return text.contains("@") || text.contains("://") || text.hasPrefix("www.") || text.contains("#")
            || text.contains("/") || text.contains("_") || text.contains(".com") || text.contains(".org")
            || text.contains("::") || text.contains("()") || text.contains("=") || text.contains("`")
    }

    /// The chunk as bytes when it is ASCII plus standalone punctuation (curly quotes, dashes, the
    /// ellipsis: no canonical decomposition, never combined with a neighbour), which become 0x01 and
    /// so match no pattern; nil when another character occurs.
    private static func asciiImage(_ chunk: Slice<UnsafeBufferPointer<UInt16>>) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(chunk.count)
        for unit in chunk {
            switch unit {
            case 0..<0x80: bytes.append(UInt8(unit))
            case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026: bytes.append(0x01)
            default: return nil
            }
        }
        return bytes
    }

    /// `isInsideAddress` for an ASCII chunk, byte by byte: ASCII has no canonically equivalent
    /// spellings, so Foundation's search would find exactly the same substrings.
    private static func isASCIIAddress(_ bytes: [UInt8]) -> Bool {
        func contains(_ needle: String) -> Bool {
            let needle = Array(needle.utf8)
            guard bytes.count >= needle.count else { return false }
            return (0...(bytes.count - needle.count)).contains { start in bytes[start..<(start + needle.count)].elementsEqual(needle) }
        }
        return bytes.starts(with: "www.".utf8) || ["@", "://", "#", "/", "_", ".com", ".org", "::", "()", "=", "`"].contains(where: contains)
    }

    /// Whether a code unit could take part in an address pattern: one of `@ : . # / _ ( = \``, or
    /// a non-ASCII unit other than standalone punctuation (Foundation's search compares canonically
    /// equivalent forms).
    private static func mayMarkAddress(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x40, 0x3A, 0x2E, 0x23, 0x2F, 0x5F, 0x28, 0x3D, 0x60: return true
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026: return false
        case 0x80...: return true
        default: return false
        }
    }

    /// Whether a code unit is one of the characters every address pattern needs one of, or a
    /// character canonically equivalent to a sequence holding one.
    private static func mayHoldMarker(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x40, 0x3A, 0x2E, 0x23, 0x2F, 0x5F, 0x28, 0x3D, 0x60, 0x2260, 0x1FEF: return true
        default: return false
        }
    }

    /// Whether a range is exactly one space (U+0020).
    func isSingleSpace(_ range: Range<Int>) -> Bool {
        range.count == 1 && units[range.lowerBound] == 0x20
    }

    /// The paragraph containing an offset (its end counts as inside).
    func paragraph(containing offset: Int) -> Range<Int>? {
        Self.range(in: paragraphs, containing: offset, includingEnd: true)
    }

    /// The sentence containing an offset (only the sentences of its paragraph are found).
    func sentence(containing offset: Int) -> Range<Int>? {
        guard let paragraph = paragraph(containing: offset) else { return nil }
        return Self.range(in: sentences(in: paragraph), containing: offset, includingEnd: false)
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

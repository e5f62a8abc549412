/// Lookups rules share: the paragraph or sentence around an offset, and the non-space chunk
/// around a word (to tell URLs, addresses and handles from words).
extension Document {
    /// Whether a UTF-16 unit is a space, tab, line feed, carriage return or no-break space (what
    /// separates words, lines and paragraphs in scraped text; `isBlank(_:)` asks of a line's units
    /// the same, line feed aside).
    static func isSpaceOrLineBreak(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0
    }

    /// The run of non-blank characters around a range (to tell URLs, e-mail addresses and handles).
    func chunk(around range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start > 0, !Self.isSpaceOrLineBreak(units[start - 1]) { start -= 1 }
        while end < count, !Self.isSpaceOrLineBreak(units[end]) { end += 1 }
        return start..<end
    }

    /// Whether a range sits inside a URL, an e-mail address (also written `name[at]site[dot]com`), a
    /// hashtag, a handle or a piece of code.
    func isInsideAddress(_ range: Range<Int>) -> Bool {
        isAddress(chunk: chunk(around: range))
    }

    /// Whether a non-space chunk is a URL, an e-mail address, a hashtag, a handle or a piece of code.
    func isAddress(chunk: Range<Int>) -> Bool {
        // Plain ASCII without any character the patterns below need cannot match them.
        guard units[chunk].contains(where: Self.mayMarkAddress) else { return false }
        if let answer = Self.asciiAddressAnswer(units[chunk]) { return answer }
        // Every pattern holds one of `@ : . # / _ ( = \` [`, and only `≠` (`=` U+0338) and U+1FEF (`\``)
        // decompose canonically to one of them: without any of these the search below finds nothing.
        guard units[chunk].contains(where: Self.mayHoldMarker) else { return false }
        // Each search runs only when the chunk holds its pattern's marker (or the one character
        // canonically equivalent to a sequence holding it): without one it cannot match.
        let chunkUnits = units[chunk]
        func holds(_ marker: UInt16, or equivalent: UInt16 = 0) -> Bool { chunkUnits.contains { $0 == marker || $0 == equivalent } }
        let text = string(chunk)
        let period = holds(0x2E), colon = holds(0x3A)
        return (holds(0x40) && text.contains("@")) || (colon && text.contains("://")) || text.hasPrefix("www.")
            || (holds(0x23) && text.contains("#")) || (holds(0x2F) && text.contains("/")) || (holds(0x5F) && text.contains("_"))
            || (period && (text.contains(".com") || text.contains(".org"))) || (colon && text.contains("::"))
            || (holds(0x28) && text.contains("()")) || (holds(0x3D, or: 0x2260) && text.contains("="))
            || (holds(0x60, or: 0x1FEF) && text.contains("`"))
            || (holds(0x5B) && (text.contains("[at]") || text.contains("[dot]")))
    }

    /// `isAddress` for a chunk of ASCII and standalone punctuation (curly quotes, dashes, the
    /// ellipsis: no canonical decomposition, never combined with a neighbour, part of no pattern),
    /// in one pass over the units; nil when another character occurs. ASCII has no canonically
    /// equivalent spellings, so Foundation's search would find exactly the same substrings.
    static func asciiAddressAnswer(_ chunk: Slice<UnsafeBufferPointer<UInt16>>) -> Bool? {
        for unit in chunk where unit >= 0x80 {
            switch unit {
            case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026: continue
            default: return nil
            }
        }
        let start = chunk.startIndex, end = chunk.endIndex
        /// The unit at an offset, 0 past the end.
        func unit(_ offset: Int) -> UInt16 { offset < end ? chunk[offset] : 0 }
        // `www.` at the start.
        if unit(start) == 0x77, unit(start + 1) == 0x77, unit(start + 2) == 0x77, unit(start + 3) == 0x2E { return true }
        for offset in start..<end {
            switch chunk[offset] {
            case 0x40, 0x23, 0x2F, 0x5F, 0x3D, 0x60: return true                     // @ # / _ = ` (and :// holds /)
            case 0x3A where unit(offset + 1) == 0x3A: return true                     // ::
            case 0x28 where unit(offset + 1) == 0x29: return true                     // ()
            case 0x2E where unit(offset + 1) == 0x63 && unit(offset + 2) == 0x6F && unit(offset + 3) == 0x6D: return true   // .com
            case 0x2E where unit(offset + 1) == 0x6F && unit(offset + 2) == 0x72 && unit(offset + 3) == 0x67: return true   // .org
            case 0x5B where unit(offset + 1) == 0x61 && unit(offset + 2) == 0x74 && unit(offset + 3) == 0x5D: return true   // [at]
            case 0x5B where unit(offset + 1) == 0x64 && unit(offset + 2) == 0x6F && unit(offset + 3) == 0x74
                && unit(offset + 4) == 0x5D: return true                                                                     // [dot]
            default: continue
            }
        }
        return false
    }

    /// Whether a code unit could take part in an address pattern: one of `@ : . # / _ ( = \` [`, or
    /// a non-ASCII unit other than standalone punctuation (Foundation's search compares canonically
    /// equivalent forms).
    private static func mayMarkAddress(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x40, 0x3A, 0x2E, 0x23, 0x2F, 0x5F, 0x28, 0x3D, 0x60, 0x5B: return true
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026: return false
        case 0x80...: return true
        default: return false
        }
    }

    /// Whether a code unit is one of the characters every address pattern needs one of, or a
    /// character canonically equivalent to a sequence holding one.
    private static func mayHoldMarker(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x40, 0x3A, 0x2E, 0x23, 0x2F, 0x5F, 0x28, 0x3D, 0x60, 0x5B, 0x2260, 0x1FEF: return true
        default: return false
        }
    }

    /// What removing a line takes: the line, its newline, and the blank line after it, so
    /// paragraphs stay one blank line apart.
    func removalRange(ofLine index: Int) -> Range<Int> {
        let line = lines[index]
        var end = min(line.upperBound + 1, count)
        if index + 1 < lines.count, isBlank(lines[index + 1]) {
            end = min(lines[index + 1].upperBound + 1, count)
        }
        return line.lowerBound..<end
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

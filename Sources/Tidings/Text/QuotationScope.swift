/// Where an open quotation may end, for `QuotesRule`'s `close-unclosed`: whether it runs on into
/// the next paragraph (news style opens every paragraph of a long quotation again and closes only
/// the last), and, in text whose paragraphs are single lines (as scrapers often leave it), which
/// line it belongs to.
enum QuotationScope {
    /// Whether the line after the opener's line (skipping blank ones, and one short label such as
    /// `Most Read` or `Advertisement`, or one related-link line such as `ALSO READ: …`, that site
    /// chrome puts between paragraphs) opens a quotation
    /// again with a mark of the opener's kind, or a later paragraph closes the quotation (`closesLater`).
    static func runsOn(_ opener: QuoteScanner.Mark, in document: Document) -> Bool {
        let units = document.units
        /// The start of the next line holding more than spaces after `offset`'s line, or nil.
        func nextLineStart(after offset: Int) -> Int? {
            var offset = offset
            while offset < units.count, units[offset] != 0x0A { offset += 1 }
            guard offset < units.count else { return nil }
            while offset < units.count, Document.isSpaceOrLineBreak(units[offset]) { offset += 1 }
            return offset < units.count ? offset : nil
        }
        guard var start = nextLineStart(after: opener.offset) else { return false }
        let mark = units[opener.offset]
        if !opensAgain(units[start], like: mark), isLabel(startingAt: start, in: units) || isLinkLine(startingAt: start, in: units),
           let next = nextLineStart(after: start) { start = next }
        return opensAgain(units[start], like: mark) || closesLater(from: start, in: units)
    }

    /// Whether a unit opens a quotation with a mark of the same kind as `mark`: a double one (`“`,
    /// `"`, `«`, `„`; pages mix curly and straight marks) for a double one, the same mark otherwise.
    private static func opensAgain(_ unit: UInt16, like mark: UInt16) -> Bool {
        func isDoubleOpener(_ unit: UInt16) -> Bool { unit == 0x201C || unit == 0x22 || unit == 0xAB || unit == 0x201E }
        return unit == mark || (isDoubleOpener(mark) && isDoubleOpener(unit))
    }

    /// Whether a double quotation mark in the paragraphs from `start` (at most `runOnParagraphs` of
    /// them) closes a quotation that none of them opened (`”`, `»`, `’’`, or `"` after a word),
    /// pairs opened and closed in between skipped: the quotation runs on to there (`… him.⏎⏎It's not
    /// fair. … he said: “If …?” But …,” Xavi told`).
    private static func closesLater(from start: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        var offset = start, depth = 0, paragraphs = 1
        while offset < units.count {
            let unit = units[offset]
            if unit == 0x0A, offset + 1 < units.count, units[offset + 1] == 0x0A {
                paragraphs += 1
                guard paragraphs <= runOnParagraphs else { return false }
                offset += 2
                continue
            }
            var closes = false
            switch unit {
            case 0x201D, 0xBB: closes = true
            case 0x2019: closes = offset + 1 < units.count && units[offset + 1] == 0x2019
            case 0x201C, 0xAB, 0x201E: depth += 1
            case 0x22:
                if offset > start && ![0x20, 0x09, 0x0A, 0x28, 0x5B].contains(units[offset - 1]) { closes = true } else { depth += 1 }
            default: break
            }
            if closes {
                if depth == 0 { return true }
                depth -= 1
                if unit == 0x2019 { offset += 1 }
            }
            offset += 1
        }
        return false
    }

    /// How many paragraphs after an open quotation's `closesLater` reads for its closer.
    private static let runOnParagraphs = 6

    /// Whether the line starting at `start` is a short label: under `labelLength` units, with no
    /// quotation mark and no sentence punctuation.
    private static func isLabel(startingAt start: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        var offset = start
        while offset < units.count, units[offset] != 0x0A {
            let unit = units[offset]
            if offset - start >= labelLength || QuoteScanner.isQuoteMark(unit) || [0x2E, 0x21, 0x3F, 0x2C, 0x3A, 0x3B].contains(unit) { return false }
            offset += 1
        }
        return true
    }

    /// Longest line taken for a label between the paragraphs of a quotation.
    private static let labelLength = 40

    /// Whether the line starting at `start` is a related-link line that site chrome puts between
    /// paragraphs: a label of one to three words and a colon, then a headline (`ALSO READ: Governor
    /// inaugurates new police station`), under `linkLineLength` units, with no quotation mark and
    /// not ending in `.`, `,` or `;` (a headline may ask a question).
    private static func isLinkLine(startingAt start: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        var offset = start, words = 1, colon: Int?
        while offset < units.count, units[offset] != 0x0A {
            let unit = units[offset]
            if offset - start >= linkLineLength || QuoteScanner.isQuoteMark(unit) { return false }
            if colon == nil {
                if unit == 0x3A {
                    colon = offset
                } else if unit == 0x20 {
                    words += 1
                    if words > 3 { return false }
                } else if (unit | 0x20) &- 0x61 >= 26 {
                    return false
                }
            }
            offset += 1
        }
        var last = offset
        while last > start, units[last - 1] == 0x20 || units[last - 1] == 0x0D { last -= 1 }
        guard let colon, colon > start, last > colon + 2, units[colon + 1] == 0x20 else { return false }
        return ![0x2E, 0x2C, 0x3B].contains(units[last - 1])
    }

    /// Longest line taken for a related-link line between the paragraphs of a quotation.
    private static let linkLineLength = 160

    /// Where an open quotation may end: its paragraph, or only its line when that line ends a
    /// sentence and more lines follow (text whose paragraphs are lines, as scraped text often is).
    static func scope(of opener: QuoteScanner.Mark, in paragraph: Range<Int>, document: Document) -> Range<Int> {
        let units = document.units
        var lineEnd = opener.offset
        while lineEnd < paragraph.upperBound, units[lineEnd] != 0x0A { lineEnd += 1 }
        guard lineEnd < paragraph.upperBound else { return paragraph }
        var last = lineEnd
        while last > opener.offset, [0x20, 0x09, 0x0D].contains(units[last - 1]) || QuoteScanner.isQuoteMark(units[last - 1]) { last -= 1 }
        guard last > opener.offset, [0x2E, 0x21, 0x3F, 0x2026].contains(units[last - 1]) else { return paragraph }
        return paragraph.lowerBound..<lineEnd
    }
}

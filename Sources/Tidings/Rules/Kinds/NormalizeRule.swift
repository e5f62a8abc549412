import ICU

/// `kind: normalize` — one whitespace or Unicode normalization, chosen by `operation`:
///
/// - `nfc`: Unicode canonical composition (ICU), word by word where quick-check fails;
/// - `line-endings`: CRLF and lone CR become LF;
/// - `trailing-space`: spaces and tabs at line ends are removed;
/// - `space-runs`: runs of spaces and tabs inside a line become one space, except runs of spaces
///   that align a column with the next or previous line (a table, program output);
/// - `indentation`: spaces and tabs at the start of lines are removed (articles are prose), but
///   not from the lines of a list (an item and the indented lines after it: the nesting), nor
///   from lines inside brackets opened by the lines before, nor from the body of a Python block (code);
/// - `blank-lines`: runs of blank lines become one, blank lines at the start go;
/// - `duplicate-lines`: a line of four words or more that repeats the non-blank line before it
///   (spaces around ignored) goes, as a scraper's repeated title or caption;
/// - `final-newline`: the text ends with exactly one newline.
struct NormalizeRule: Rule {
    /// The operations `normalize` offers.
    enum Operation: String, CaseIterable, Sendable {
        case nfc
        case lineEndings = "line-endings"
        case trailingSpace = "trailing-space"
        case spaceRuns = "space-runs"
        case indentation
        case blankLines = "blank-lines"
        case duplicateLines = "duplicate-lines"
        case finalNewline = "final-newline"
    }

    let info: RuleInfo
    let operation: Operation

    init(spec: RuleSpec) throws {
        info = spec.info
        operation = try spec.requiredChoice("operation")
    }

    func edits(in document: Document) throws -> [Edit] {
        let units = document.units
        switch operation {
        case .nfc: return try nfcEdits(document)
        case .lineEndings:
            guard let firstCR = Self.firstIndex(of: 0x0D, in: units, from: 0) else { return [] }
            return (firstCR..<units.count).compactMap { index in
                guard units[index] == 0x0D else { return nil }
                let isPair = index + 1 < units.count && units[index + 1] == 0x0A
                return info.edit(index..<(isPair ? index + 2 : index + 1), "\n")
            }
        case .trailingSpace:
            return document.lines.compactMap { line in
                var start = line.upperBound
                while start > line.lowerBound, Self.isHorizontalSpace(units[start - 1]) { start -= 1 }
                return start < line.upperBound ? info.edit(start..<line.upperBound, "") : nil
            }
        case .spaceRuns: return spaceRunEdits(units)
        case .indentation: return indentationEdits(document.lines, units)
        case .blankLines: return blankLineEdits(units)
        case .duplicateLines: return duplicateLineEdits(document)
        case .finalNewline:
            guard !units.isEmpty else { return [] }
            var start = units.count
            while start > 0, units[start - 1] == 0x0A { start -= 1 }
            guard start > 0 else { return [info.edit(0..<units.count, "")] }
            return units.count - start == 1 ? [] : [info.edit(start..<units.count, "\n")]
        }
    }

    private static func isHorizontalSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 }

    /// Lines repeating the non-blank line before them, of `duplicateLineWords` words or more.
    private func duplicateLineEdits(_ document: Document) -> [Edit] {
        let units = document.units
        var edits: [Edit] = []
        var previous: Range<Int>?
        for (index, line) in document.lines.enumerated() {
            var start = line.lowerBound, end = line.upperBound
            while start < end, Self.isHorizontalSpace(units[start]) { start += 1 }
            while end > start, Self.isHorizontalSpace(units[end - 1]) || units[end - 1] == 0x0D { end -= 1 }
            guard start < end else { continue }
            let trimmed = start..<end
            if let previous, previous.count == trimmed.count, units[previous].elementsEqual(units[trimmed]),
               units[trimmed].count(where: { $0 == 0x20 }) >= Self.duplicateLineWords - 1 {
                edits.append(info.edit(document.removalRange(ofLine: index), ""))
            } else {
                previous = trimmed
            }
        }
        return edits
    }

    /// Fewest words of a repeated line that goes.
    static let duplicateLineWords = 4

    /// Indentation removed from every line but those of a list: an item (`- `, `• `, `1. `, `a) `)
    /// and the indented lines after it keep theirs, which shows how the list nests; nor from a line
    /// inside brackets that the lines before it opened (code: the arguments of a call over several
    /// lines, counted from the last blank line), nor from the body of a block of Python code.
    private func indentationEdits(_ lines: [Range<Int>], _ units: UnsafeBufferPointer<UInt16>) -> [Edit] {
        var edits: [Edit] = []
        var inList = false
        // Brackets opened since the last blank line, counted up to `counted` (only when an indented
        // line asks: most lines are not).
        var openBrackets = 0, counted = 0
        // Whether the lines since the last line without indentation are the body of a code block
        // (`for name, group in grouped:`).
        var inCodeBlock = false
        for line in lines {
            var end = line.lowerBound
            while end < line.upperBound, Self.isHorizontalSpace(units[end]) { end += 1 }
            guard end < line.upperBound else {     // blank lines leave the list as it is
                openBrackets = 0
                counted = line.upperBound
                continue
            }
            let opensBlock = Self.opensCodeBlock(units[end..<line.upperBound])
            if Self.startsListItem(units, at: end, before: line.upperBound) {
                inList = true
            } else if end == line.lowerBound {
                inList = false
                inCodeBlock = opensBlock
            } else if !inList && !inCodeBlock {
                openBrackets += Self.bracketBalance(units[counted..<line.lowerBound])
                counted = line.lowerBound
                if openBrackets <= 0 { edits.append(info.edit(line.lowerBound..<end, "")) }
            }
            if opensBlock { inCodeBlock = true }
        }
        return edits
    }

    /// Keywords that open a block of Python code when the line ends with `:` (`for x in y:`).
    private static let blockKeywords: [[UInt16]] = ["for", "if", "elif", "else", "while", "def", "class", "with", "try", "except", "finally"]
        .map { Array($0.utf16) }

    /// Whether a line (without its indentation) opens a block of code: a keyword of `blockKeywords`,
    /// then a space or `:`, and `:` ending the line.
    private static func opensCodeBlock(_ line: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
        var last = line.endIndex
        while last > line.startIndex, isHorizontalSpace(line[last - 1]) || line[last - 1] == 0x0D { last -= 1 }
        guard last > line.startIndex, line[last - 1] == 0x3A else { return false }
        return blockKeywords.contains { keyword in
            let after = line.startIndex + keyword.count
            return after < last && line[line.startIndex..<after].elementsEqual(keyword) && (line[after] == 0x20 || line[after] == 0x3A)
        }
    }

    /// Opening brackets (`(`, `[`, `{`) minus closing ones.
    private static func bracketBalance(_ units: Slice<UnsafeBufferPointer<UInt16>>) -> Int {
        var balance = 0
        for unit in units {
            switch unit {
            case 0x28, 0x5B, 0x7B: balance += 1
            case 0x29, 0x5D, 0x7D: balance -= 1
            default: break
            }
        }
        return balance
    }

    /// Whether the text from `start` starts with a list marker and a space: a bullet (`-`, `*`, `+`,
    /// `•`, `·`, `–`), or up to three digits or one letter and `.` or `)`.
    private static func startsListItem(_ units: UnsafeBufferPointer<UInt16>, at start: Int, before end: Int) -> Bool {
        func isSpace(_ offset: Int) -> Bool { offset < end && units[offset] == 0x20 }
        switch units[start] {
        case 0x2D, 0x2A, 0x2B, 0x2022, 0xB7, 0x2013: return isSpace(start + 1)
        default: break
        }
        var offset = start
        while offset < end, offset - start < 3, units[offset] &- 0x30 < 10 { offset += 1 }
        if offset == start, start < end, (units[start] | 0x20) &- 0x61 < 26 { offset += 1 }
        return offset > start && offset < end && (units[offset] == 0x2E || units[offset] == 0x29) && isSpace(offset + 1)
    }

    /// The first offset from `start` on whose unit is an ASCII `unit`.
    private static func firstIndex(of unit: UInt16, in units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int? {
        let offset = BlockScan.first(in: units, from: start, to: units.count) { $0 == unit }
        return offset < units.count ? offset : nil
    }

    /// The first offset from `start` on where a run of spaces and tabs that may need replacing
    /// starts: a tab, or a space followed by a space or a tab (a single space is no such run);
    /// `units.count` when there is none. Tested a block of units at a time, each unit with the one
    /// after it, without branches (so the loop vectorizes).
    static func nextSpaceRunStart(in units: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        BlockScan.firstPair(in: units, from: start, to: units.count) { unit, next in
            BlockScan.either(unit == 0x09, BlockScan.both(unit == 0x20, BlockScan.either(next == 0x20, next == 0x09)))
        }
    }

    /// Runs of spaces and tabs inside lines (not indentation, not at a line end) longer than one
    /// space, found from one run start to the next over the whole text; not a run of spaces that
    /// aligns a column with the line before or after it (a table, program output).
    private func spaceRunEdits(_ units: UnsafeBufferPointer<UInt16>) -> [Edit] {
        var edits: [Edit] = []
        var index = Self.nextSpaceRunStart(in: units, from: 0)
        while index < units.count {
            // The unit before a run start is not a space or a tab (it would have started the run).
            var end = index
            while end < units.count, Self.isHorizontalSpace(units[end]) { end += 1 }
            let isIndentation = index == 0 || units[index - 1] == 0x0A
            let endsLine = end == units.count || units[end] == 0x0A
            if !isIndentation && !endsLine && (end - index > 1 || units[index] == 0x09) && !Self.alignsColumn(index, end, units: units) {
                edits.append(info.edit(index..<end, " "))
            }
            index = Self.nextSpaceRunStart(in: units, from: end)
        }
        return edits
    }

    /// Whether a run of spaces from `start` to `end` lies, two columns or more of it, over spaces of
    /// the line before or the line after: the run aligns a column (left, right or decimal aligned),
    /// as in a table or program output. Columns are counted in UTF-16 units.
    static func alignsColumn(_ start: Int, _ end: Int, units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard end - start >= 2 else { return false }
        var lineStart = start
        while lineStart > 0, units[lineStart - 1] != 0x0A { lineStart -= 1 }
        let columns = (start - lineStart)..<(end - lineStart)
        /// Whether the line starting at `neighbour` has two spaces in a row within `columns`.
        func hasGap(lineStartingAt neighbour: Int) -> Bool {
            var run = 0
            var position = neighbour
            // (Within the line: no line break from its start to the columns' end.)
            while position < neighbour + columns.upperBound {
                guard position < units.count, units[position] != 0x0A else { return false }
                if position - neighbour >= columns.lowerBound {
                    run = units[position] == 0x20 ? run + 1 : 0
                    if run == 2 { return true }
                }
                position += 1
            }
            return false
        }
        if lineStart > 0 {
            var previousStart = lineStart - 1
            while previousStart > 0, units[previousStart - 1] != 0x0A { previousStart -= 1 }
            if hasGap(lineStartingAt: previousStart) { return true }
        }
        var nextStart = end
        while nextStart < units.count, units[nextStart] != 0x0A { nextStart += 1 }
        return nextStart < units.count && hasGap(lineStartingAt: nextStart + 1)
    }

    private func blankLineEdits(_ units: UnsafeBufferPointer<UInt16>) -> [Edit] {
        var edits: [Edit] = []
        var leading = 0
        while leading < units.count, units[leading] == 0x0A { leading += 1 }
        if leading > 0 && leading < units.count { edits.append(info.edit(0..<leading, "")) }
        var index = leading
        while let newline = Self.firstIndex(of: 0x0A, in: units, from: index) {
            index = newline
            var end = index
            while end < units.count, units[end] == 0x0A { end += 1 }
            if end - index > 2 && end < units.count { edits.append(info.edit(index..<end, "\n\n")) }
            index = end
        }
        return edits
    }

    private func nfcEdits(_ document: Document) throws -> [Edit] {
        let units = document.units
        // A text of characters that are in NFC whatever surrounds them is in NFC: ICU need not look.
        guard BlockScan.first(in: units, from: 0, to: units.count, where: { !Self.isAlwaysComposed($0) }) < units.count else { return [] }
        var index = try UnicodeNormalizer.normalizedPrefixLength(units)
        guard index < units.count else { return [] }
        var edits: [Edit] = []
        // Back up to the start of the word: normalization never crosses white space.
        while index > 0, !Self.isBreak(units[index - 1]) { index -= 1 }
        while index < units.count {
            var end = index
            while end < units.count, !Self.isBreak(units[end]) { end += 1 }
            if end > index {
                let word = UnsafeBufferPointer(rebasing: units[index..<end])
                if try UnicodeNormalizer.normalizedPrefixLength(word) < word.count {
                    let normalized = String(decoding: try UnicodeNormalizer.normalize(word), as: UTF16.self)
                    if !normalized.isIdentical(to: document.string(index..<end)) { edits.append(info.edit(index..<end, normalized)) }
                }
            }
            index = end + 1
        }
        return edits
    }

    /// Whether a unit is a character that is in NFC whatever surrounds it (quick check Yes,
    /// canonical combining class 0), among those news text uses most: everything below the first
    /// combining mark (U+0300), general punctuation U+2002–U+205E (not the singletons U+2000 and
    /// U+2001), currency signs, `™` and the byte order mark. Tested without branches (`BlockScan`).
    @inline(__always)
    static func isAlwaysComposed(_ unit: UInt16) -> Bool {
        BlockScan.either(BlockScan.either(unit < 0x300, unit &- 0x2002 <= 0x205E - 0x2002),
                         BlockScan.either(unit &- 0x20A0 <= 0x20C0 - 0x20A0, BlockScan.either(unit == 0x2122, unit == 0xFEFF)))
    }

    private static func isBreak(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x0A || unit == 0x09 }
}

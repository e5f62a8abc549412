/// Finds quotation marks in a paragraph and tells openers, closers and apostrophes apart, pairing
/// them level by level (“double” and ‘single’), so rules can see which quote is left open. Two
/// apostrophes after a word or punctuation (`''`) are one closing double mark, as typewriter and
/// TeX-style text writes it.
enum QuoteScanner {
    /// One quotation mark and its role.
    struct Mark: Equatable {
        /// What the mark does here.
        enum Role: Equatable { case opening, closing, apostrophe }
        /// UTF-16 offset of the mark.
        var offset: Int
        /// The mark itself.
        var character: Character
        /// Opening, closing or an apostrophe.
        var role: Role
        /// Whether it is a double-level mark (“ ” " « ») rather than a single one (‘ ’ ').
        var isDouble: Bool
    }

    /// The closing mark that matches an opening one.
    static func closer(for opener: Character) -> Character {
        switch opener {
        case "“": return "”"
        case "«": return "»"
        case "‘": return "’"
        case "„": return "“"
        default: return opener
        }
    }

    /// Every quotation mark in a range with its role.
    static func marks(in document: Document, range: Range<Int>) -> [Mark] {
        let units = document.units
        var result: [Mark] = []
        var singleOpen = 0
        var lowNineOpen = 0
        var pairEnd = -1   // the second apostrophe of a `''` closer, already taken
        for offset in markOffsets(in: document, range: range) where offset != pairEnd {
            let unit = units[offset]
            guard let character = quoteCharacter(unit) else { continue }
            let before = offset > range.lowerBound ? units[offset - 1] : nil
            let after = offset + 1 < range.upperBound ? units[offset + 1] : nil
            let letterBefore = before.map(isWordUnit) ?? false
            let letterAfter = after.map(isWordUnit) ?? false
            let spaceBefore = before.map(isOpeningContext) ?? true
            if unit == 0x27, after == 0x27, !spaceBefore, singleOpen == 0, !(offset + 2 < range.upperBound && isWordUnit(units[offset + 2])) {
                // Two apostrophes typed for a closing double mark (`watch,'' he said`).
                result.append(Mark(offset: offset, character: "\"", role: .closing, isDouble: true))
                pairEnd = offset + 1
                continue
            }
            let role: Mark.Role
            // Switching on the code unit (the mark's only scalar) spares Character comparisons.
            switch unit {
            case 0x201C where lowNineOpen > 0: role = .closing                 // German „…“
            case 0x201C, 0xAB, 0x201E: role = .opening                         // “ « „
            case 0x201D, 0xBB: role = .closing                                 // ” »
            case 0x22: role = spaceBefore ? .opening : .closing                // "
            case 0x2018 where !(after.map(isDigit) ?? false):
                role = .opening
            case 0x2018, 0x27, 0x2019:                                         // ‘ ' ’
                if letterBefore && letterAfter {
                    role = .apostrophe                                  // Blinken’s, doesn’t
                } else if !letterBefore, let after, isDigit(after) {
                    role = .apostrophe                                  // ’90s
                } else if spaceBefore && isNApostrophe(document, offset, range) {
                    role = .apostrophe                                  // rock ’n’ roll
                } else if unit == 0x2019 && offset >= range.lowerBound + 2 && (units[offset - 1] == 0x6E || units[offset - 1] == 0x4E)
                            && quoteCharacter(units[offset - 2]) != nil {
                    role = .apostrophe                                  // the closing ’ of ’n’
                } else if spaceBefore && letterAfter && unit != 0x2019 {
                    role = .opening
                } else if letterBefore && singleOpen == 0 {
                    role = .apostrophe                                  // the sides’ talks
                } else if !spaceBefore && singleOpen > 0 {
                    role = .closing
                } else {
                    role = .apostrophe
                }
            default: continue
            }
            if unit == 0x201E { lowNineOpen += 1 } else if unit == 0x201C && role == .closing { lowNineOpen = max(0, lowNineOpen - 1) }
            let isDouble = !(unit == 0x2018 || unit == 0x27 || unit == 0x2019)
            if !isDouble {
                if role == .opening { singleOpen += 1 } else if role == .closing { singleOpen = max(0, singleOpen - 1) }
            }
            result.append(Mark(offset: offset, character: character, role: role, isDouble: isDouble))
        }
        return result
    }

    /// Double-level openers left unclosed at the end of a range, in order.
    static func unclosedOpeners(in document: Document, range: Range<Int>) -> [Mark] {
        unclosedOpeners(of: marks(in: document, range: range))
    }

    /// Double-level openers left unclosed after the marks of a range, in order.
    static func unclosedOpeners(of marks: [Mark]) -> [Mark] {
        var stack: [Mark] = []
        for mark in marks where mark.isDouble {
            switch mark.role {
            case .opening: stack.append(mark)
            case .closing: if !stack.isEmpty { stack.removeLast() }
            case .apostrophe: break
            }
        }
        return stack
    }

    /// Closing double marks with no opener before them in the range.
    static func unopenedClosers(in document: Document, range: Range<Int>) -> [Mark] {
        unopenedClosers(of: marks(in: document, range: range))
    }

    /// Closing double marks with no opener before them among the marks of a range.
    static func unopenedClosers(of marks: [Mark]) -> [Mark] {
        var depth = 0
        var result: [Mark] = []
        for mark in marks where mark.isDouble {
            switch mark.role {
            case .opening: depth += 1
            case .closing: if depth > 0 { depth -= 1 } else { result.append(mark) }
            case .apostrophe: break
            }
        }
        return result
    }

    /// Whether a unit is a quotation mark or an apostrophe (`"` `“` `”` `„` `«` `»` `'` `‘` `’`).
    static func isQuoteMark(_ unit: UInt16) -> Bool {
        quoteCharacter(unit) != nil
    }

    /// Whether a range holds a double-level mark (`"` `“` `”` `„` `«` `»`): without one, `marks`
    /// finds no double mark there (a quick test before scanning).
    static func holdsDoubleMark(in document: Document, range: Range<Int>) -> Bool {
        let units = document.units
        return markOffsets(in: document, range: range).contains { units[$0] != 0x27 && units[$0] &- 0x2018 >= 2 }
    }

    /// Whether a range holds a curly mark (`‘` `’` `“` `”`).
    static func holdsCurlyMark(in document: Document, range: Range<Int>) -> Bool {
        let units = document.units
        return markOffsets(in: document, range: range).contains { units[$0] &- 0x2018 < 2 || units[$0] &- 0x201C < 2 }
    }

    /// The offsets of the mark units (`document.quoteMarkOffsets`) in a range.
    static func markOffsets(in document: Document, range: Range<Int>) -> ArraySlice<Int> {
        let offsets = document.quoteMarkOffsets
        let start = offsets.partitioningIndex { $0 >= range.lowerBound }
        var end = start
        while end < offsets.count && offsets[end] < range.upperBound { end += 1 }
        return offsets[start..<end]
    }

    /// The offsets of the units that can be quotation marks (see `isMarkUnit`), in order.
    static func markOffsets(in units: UnsafeBufferPointer<UInt16>) -> [Int] {
        var offsets: [Int] = []
        BlockScan.forEach(in: units, from: 0, to: units.count, where: mayBeMarkUnit) { offset in
            if isMarkUnit(units[offset]) { offsets.append(offset) }
        }
        return offsets
    }

    /// A cheaper test than `isMarkUnit` that every mark unit passes, and few others (`#`, `&`,
    /// `‚`, `‛`): `"` `#` `&` `'` are 0x22–0x27 with bits 0 and 2 set or not, « » are 0xAB and
    /// 0xBB, and the curly marks lie in U+2018–U+201E.
    @inline(__always)
    static func mayBeMarkUnit(_ unit: UInt16) -> Bool {
        BlockScan.either(BlockScan.either(unit | 0x05 == 0x27, unit | 0x10 == 0xBB), unit &- 0x2018 < 7)
    }

    /// Whether a unit is a quotation mark `quoteCharacter` knows (`"` `'` `«` `»` `‘` `’` `“` `”` `„`),
    /// tested without branches for `BlockScan.first`.
    @inline(__always)
    static func isMarkUnit(_ unit: UInt16) -> Bool {
        BlockScan.either(BlockScan.either(BlockScan.either(unit == 0x22, unit == 0x27), BlockScan.either(unit == 0xAB, unit == 0xBB)),
                        BlockScan.either(unit &- 0x2018 < 2, unit &- 0x201C < 3))
    }

    private static func quoteCharacter(_ unit: UInt16) -> Character? {
        switch unit {
        case 0x201C: return "“"
        case 0x201D: return "”"
        case 0x201E: return "„"
        case 0x22: return "\""
        case 0xAB: return "«"
        case 0xBB: return "»"
        case 0x2018: return "‘"
        case 0x2019: return "’"
        case 0x27: return "'"
        default: return nil
        }
    }

    private static func isWordUnit(_ unit: UInt16) -> Bool {
        // ASCII's alphabetic characters are `A-Z` and `a-z`.
        if unit < 0x80 { return ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A) || isDigit(unit) }
        guard let scalar = Unicode.Scalar(unit) else { return unit >= 0xD800 && unit < 0xE000 }
        return scalar.properties.isAlphabetic || isDigit(unit)
    }

    private static func isDigit(_ unit: UInt16) -> Bool { (0x30...0x39).contains(unit) }

    /// Start of text, a space, an opening bracket or a dash before a mark makes it an opener.
    private static func isOpeningContext(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x20, 0x09, 0x0A, 0xA0, 0x28, 0x5B, 0x7B, 0x2014, 0x2013, 0x201C, 0xAB, 0x2018: return true
        default: return false
        }
    }

    /// `’n’` as in rock ’n’ roll.
    private static func isNApostrophe(_ document: Document, _ offset: Int, _ range: Range<Int>) -> Bool {
        offset + 2 < range.upperBound && (document.units[offset + 1] == 0x6E || document.units[offset + 1] == 0x4E)
            && quoteCharacter(document.units[offset + 2]) != nil
    }
}

/// Finding misread UTF-8 sequences and runs of them.
extension MojibakeDetector {
    /// One misread UTF-8 character.
    struct Sequence {
        /// UTF-16 range of its characters (for `Ã` sharing a word space, the `Ã` alone).
        var range: Range<Int>
        /// The UTF-8 bytes the characters stand for.
        var bytes: [UInt8]
        /// A plain space in the sequence stands for byte 0xA0 (a no-break space became a space).
        var spaceForA0: Bool
        /// The Central European code page the characters were read in; nil for Windows-1252/Latin-1.
        var codePage: CentralEuropeanCodePage? = nil
        /// The Central European code pages that read the characters as these bytes.
        var readers: Set<CentralEuropeanCodePage> = []
        /// How other Central European code pages read the characters, as fitting characters too
        /// (`MĂźller`: `ß` in Windows-1250, `ü` in ISO-8859-2).
        var otherReadings: [Sequence] = []
        /// Whether the sequence has other fitting readings.
        var hasOtherReading: Bool { !otherReadings.isEmpty }
    }

    /// The misread sequences in `units`, left to right; `before` is the character before them.
    /// At each possible lead, Windows-1252/Latin-1 is tried first, then the Central European code pages.
    static func sequences<C: RandomAccessCollection>(in units: C, before: Unicode.Scalar?) -> [Sequence] where C.Element == UInt16, C.Index == Int {
        var result: [Sequence] = []
        var index = units.startIndex
        while index < units.endIndex {
            guard isPossibleLead(units[index]) else { index = nextPossibleLead(in: units, after: index); continue }
            guard let sequence = windows1252Sequence(at: index, in: units, before: before) ?? centralEuropeanSequence(at: index, in: units, before: before) else {
                index += 1
                continue
            }
            result.append(sequence)
            index = sequence.range.upperBound
        }
        return readingInTheTextsCodePage(result)
    }

    /// The sequence of Windows-1252/Latin-1 characters starting at `index`, if there is one.
    private static func windows1252Sequence<C: RandomAccessCollection>(at index: Int, in units: C, before: Unicode.Scalar?) -> Sequence?
        where C.Element == UInt16, C.Index == Int {
        let lead = units[index]
        guard (0xC2...0xF4).contains(lead) else { return nil }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= units.endIndex else { return nil }
        var bytes = [UInt8(lead)]
        var spaceForA0 = false
        var sharesSpace = false
        for offset in 1..<length {
            let unit = units[index + offset]
            if let byte = SloppyWindows1252.byte(for: unit), (0x80...0xBF).contains(byte) {
                bytes.append(byte)
                continue
            }
            guard unit == 0x20, !spaceForA0, mayHaveLostA0(lead: UInt8(lead), at: offset) else { break }
            let lost = lead > 0xC3 ? .consumed : lostA0(afterLead: lead, at: index, in: units, before: before)
            guard lost != .no else { break }
            bytes.append(0xA0)
            spaceForA0 = true
            sharesSpace = lost == .shared
        }
        guard bytes.count == length, isValidUTF8(bytes) else { return nil }
        let end = sharesSpace ? index + 1 : index + length
        return Sequence(range: index..<end, bytes: bytes, spaceForA0: spaceForA0)
    }

    /// Whether a unit could lead a sequence: U+00C2–U+00F4 (lead bytes 0xC2–0xF4 in Windows-1252),
    /// or a Central European code page's lead character outside Latin-1 (`Ă`, `Ĺ`, `Ć`, `Č`).
    @inline(__always)
    static func isPossibleLead(_ unit: UInt16) -> Bool {
        BlockScan.either(unit &- 0xC2 < 0x33, CentralEuropeanCodePage.isLeadOutsideLatin1(unit))
    }

    /// The first offset after `index` whose unit could lead a sequence (`isPossibleLead`), found a
    /// block of units at a time; `units.endIndex` when none does.
    static func nextPossibleLead<C: RandomAccessCollection>(in units: C, after index: Int) -> Int where C.Element == UInt16, C.Index == Int {
        let found = units.withContiguousStorageIfAvailable { buffer in
            BlockScan.first(in: buffer, from: index + 1 - units.startIndex, to: buffer.count) { isPossibleLead($0) } + units.startIndex
        }
        guard let found else { return units[(index + 1)...].firstIndex(where: isPossibleLead) ?? units.endIndex }
        return found
    }

    /// How a space after a standalone `Â` or `Ã` stands for a lost byte 0xA0.
    private enum LostA0 {
        /// It is not one.
        case no
        /// The space is the lost byte (`voilÃ  tout`, `5,2Â %`, `Ã s crianÃ§as` for `às`).
        case consumed
        /// The lost byte and the word space were collapsed into this one space (`jusqu'Ã nos`).
        case shared
    }

    /// Whether the space after `Â`/`Ã` at `index` is a lost 0xA0: never after an uppercase letter
    /// (`IRMÃ E`); for `Ã` before a word, only before a lowercase word or after a lowercase letter,
    /// since `S Ã O` is spaced-out capitals. Before `s `, `quele`, `quela`, `quilo` it joins the
    /// word (Portuguese `às`, `àquele`), before other words the space stays.
    private static func lostA0<C: RandomAccessCollection>(afterLead lead: UInt16, at index: Int, in units: C, before: Unicode.Scalar?) -> LostA0
        where C.Element == UInt16, C.Index == Int {
        let previous = index > units.startIndex ? Unicode.Scalar(units[index - 1]) : before
        if isUppercaseLetter(previous) { return .no }
        if lead == 0xC2 { return .consumed }
        let word = String(decoding: units[(index + 2)..<min(index + 8, units.endIndex)], as: UTF16.self)
        guard let next = word.unicodeScalars.first, isLetter(next) else { return .consumed }
        if !isLowercaseLetter(next) { return isLowercaseLetter(previous) ? .shared : .no }
        let contractions = ["s", "quele", "quela", "quilo"]
        let joined = contractions.contains { word.hasPrefix($0) && !isLetter(word.dropFirst($0.count).unicodeScalars.first) }
        return joined ? .consumed : .shared
    }

    /// Whether byte 0xA0 at this position of a sequence with this lead byte may have become a space
    /// (ftfy's list: `Â `, `Ã ` for `à`, `Ð ` for `Р`, `ã\u{81} ` for `だ`…).
    private static func mayHaveLostA0(lead: UInt8, at offset: Int) -> Bool {
        switch (lead, offset) {
        case (0xC2, 1), (0xC3, 1), (0xC5, 1), (0xCE, 1), (0xD0, 1), (0xD9, 1): return true
        case (0xE2, 1), (0xE3, 1), (0xF0, 1): return true
        case (0xE0...0xE3, 2): return true
        default: return false
        }
    }

    /// Whether the bytes of one character are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 1 else { return false }
        switch bytes[0] {
        case 0xE0: return bytes[1] >= 0xA0
        case 0xED: return bytes[1] <= 0x9F
        case 0xF0: return bytes[1] >= 0x90
        case 0xF4: return bytes[1] <= 0x8F
        default: return true
        }
    }

    /// Sequences grouped into runs of adjacent ones.
    static func runs(of sequences: [Sequence]) -> [[Sequence]] {
        var runs: [[Sequence]] = []
        for sequence in sequences {
            if let last = runs.last?.last, last.range.upperBound == sequence.range.lowerBound {
                runs[runs.count - 1].append(sequence)
            } else {
                runs.append([sequence])
            }
        }
        return runs
    }
}

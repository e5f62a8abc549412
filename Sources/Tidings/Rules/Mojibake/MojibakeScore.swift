import ICU

/// How telling a misread sequence is, and how implausible a repair.
extension MojibakeDetector {
    /// Whether the repaired text would form a new misread sequence with its neighbours (`ã¢` +
    /// `€™` in `ã¢â‚¬â„¢`): then the run is part of a garble, and repairing it would feed the next round.
    static func formsSequenceAcrossEdges(_ repaired: [UInt16], in context: Context, range: Range<Int>) -> Bool {
        var left: [UInt16] = []
        var index = range.lowerBound
        while left.count < 3, let scalar = context.scalarBefore(index), scalar.value <= 0xFFFF, index > range.lowerBound - 3 {
            left.insert(UInt16(scalar.value), at: 0)
            index -= 1
        }
        var right: [UInt16] = []
        index = range.upperBound
        while right.count < 3, let scalar = context.scalarAt(index), scalar.value <= 0xFFFF, index < range.upperBound + 3 {
            right.append(UInt16(scalar.value))
            index += 1
        }
        let window = left + repaired + right
        let edges = [left.count, left.count + repaired.count]
        return sequences(in: window, before: nil).contains { sequence in
            edges.contains { sequence.range.lowerBound < $0 && $0 < sequence.range.upperBound }
        }
    }

    /// How telling one sequence is: 3 with a C1 control or for a 4-byte sequence, 2 when a
    /// continuation character is a symbol that rarely follows a letter (`©`, `‰`, `¤`…) or the
    /// letters' case gives it away (`cafÃ©`: lowercase, then an uppercase accented letter), 1 when
    /// the sequence could be a word-final letter and its punctuation (`CAFÉ…`, `IRMÔ). A space
    /// read as a lost 0xA0 counts only after `Â`/`Ã` or next to other misread characters.
    /// Sequences read in a Central European code page are weighed by `centralEuropeanStrength`.
    static func strength(of sequence: Sequence, in context: Context, left: Unicode.Scalar?, right: Unicode.Scalar?, alone: Bool) -> Int {
        if sequence.codePage != nil { return centralEuropeanStrength(of: sequence, in: context, left: left, right: right) }
        var hasC1Control = false
        var allWordFinalPunctuation = true
        for index in (sequence.range.lowerBound + 1)..<sequence.range.upperBound {
            let unit = context.scalarAt(index).map { UInt16(truncatingIfNeeded: $0.value) } ?? 0
            hasC1Control = hasC1Control || MojibakeClues.isC1Control(unit)
            allWordFinalPunctuation = allWordFinalPunctuation && MojibakeClues.isWordFinalPunctuation(unit)
        }
        if hasC1Control || sequence.bytes.count == 4 { return 3 }
        if sequence.spaceForA0 { return alone && sequence.bytes[0] > 0xC3 ? 0 : 2 }
        let lead = Unicode.Scalar(UInt32(sequence.bytes[0]))!
        if lead == "×" && alone && !isLowercaseLetter(left) { return 1 }  // 5×£35, 2×½
        if !allWordFinalPunctuation { return 2 }
        let wordFinal = isLetter(left) && !isLetter(right)
        if sequence.bytes.count == 3 { return isLetter(left) ? 1 : 2 }
        if isLowercaseLetter(left) && CharacterCategory.isUppercase(lead) { return 2 }
        if isLowercaseLetter(right) && CharacterCategory.isUppercase(lead) { return 2 }  // RÄ«ga: inside a word
        if (lead == "Â" || lead == "Ã") && !(wordFinal && isUppercaseLetter(left)) { return 2 }
        return 1
    }

    /// Penalties for an implausible repair: 2 per rare character, combining mark on a space, lowercase
    /// letter inside a word in capitals, or stray continuation character just before, and the
    /// script clash of each pair of neighbouring letters or marks the repair creates (an Arabic
    /// vowel sign on a Latin letter clashes; a combining acute accent belongs to no script).
    static func penalty(for result: [Unicode.Scalar], before: Unicode.Scalar?, beforeThat: Unicode.Scalar?,
                                after: Unicode.Scalar?) -> Int {
        var penalty = 0
        // Right after a stray continuation character (`†` in `ã†â€™`) the run is part of a garble
        // too damaged to repair piecemeal; quotes and dashes there are ordinary punctuation (`l’Ã©`).
        if let before, before.value <= 0xFFFF, let byte = SloppyWindows1252.byte(for: UInt16(before.value)), (0x80...0xBF).contains(byte),
           !MojibakeClues.isWordFinalPunctuation(UInt16(before.value)) {
            penalty += 2
        }
        // A lowercase letter inside a word in capitals (`MÄ£ÄM` is not `MģÄM`).
        if let first = result.first, isLowercaseLetter(first), isUppercaseLetter(before),
           isUppercaseLetter(beforeThat) || (result.count == 1 && isUppercaseLetter(after)) {
            penalty += 2
        }
        var previous = before
        for scalar in result + (after.map { [$0] } ?? []) {
            if let left = previous, isLetterOrMark(left), isLetterOrMark(scalar) {
                penalty += MojibakeClues.scriptClash(left, scalar)
            }
            previous = scalar
        }
        var left = before
        for scalar in result {
            if MojibakeClues.isRareRepair(scalar) { penalty += 2 }
            if MojibakeClues.isMark(scalar) && (left.map { $0.properties.isWhitespace } ?? true) { penalty += 2 }
            left = scalar
        }
        return penalty
    }
}

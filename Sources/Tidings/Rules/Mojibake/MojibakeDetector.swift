import ICU

/// Finds UTF-8 text that was decoded as Windows-1252 or Latin-1 (`cafÃ©`, `â€™`, `Ã¢â‚¬â„¢`) and
/// scores, run by run, how clearly re-encoding it and decoding it as UTF-8 improves it.
///
/// A *sequence* is 2–4 characters whose bytes (through `SloppyWindows1252`) form one valid UTF-8
/// character; a *run* is a stretch of adjacent sequences, repaired as a unit, then again while the
/// result still holds misread sequences (text damaged twice). A run's score is the evidence of its
/// sequences (an uppercase accented letter followed by `©`, `‰`, a C1 control…; see `strength`)
/// minus penalties for an implausible result (rare characters, Cyrillic glued to Latin…). Runs whose
/// result holds a control, unassigned or private-use character are never candidates.
enum MojibakeDetector {
    /// A run of misread characters, what it decodes to, and how clearly that is an improvement.
    struct Candidate: Sendable {
        /// UTF-16 range of the run.
        var range: Range<Int>
        /// The repaired text (all layers decoded).
        var replacement: [UInt16]
        /// Evidence minus penalties.
        var score: Int
    }

    /// One misread UTF-8 character.
    private struct Sequence {
        var range: Range<Int>
        var bytes: [UInt8]
        /// The sequence is `Â`/`Ã` followed by a plain space standing for byte 0xA0 (a no-break space lost).
        var spaceForA0: Bool
    }

    /// Score a run needs on its own.
    static let standaloneScore = 2
    /// Score enough for a run in a paragraph with a standalone repair, or for a deeper layer.
    static let contextScore = 1
    /// How many times a run may be decoded.
    static let maximumLayers = 4

    /// Every candidate repair in `units`; `before` and `after` are the characters around them.
    /// With `onlyRunsWithC1Controls`, only runs holding a C1 control are scored.
    static func candidates<C: RandomAccessCollection>(in units: C, before: Unicode.Scalar? = nil, beforeThat: Unicode.Scalar? = nil,
                                                      after: Unicode.Scalar? = nil, layer: Int = 1,
                                                      onlyRunsWithC1Controls: Bool = false) throws -> [Candidate]
        where C.Element == UInt16, C.Index == Int {
        var result: [Candidate] = []
        let context = Context(units: units, before: before, beforeThat: beforeThat, after: after)
        for run in runs(of: sequences(in: units, before: before)) {
            if onlyRunsWithC1Controls {
                let range = run.first!.range.lowerBound..<run.last!.range.upperBound
                guard units[range].contains(where: MojibakeClues.isC1Control) else { continue }
            }
            if let candidate = try candidate(for: run, context: context, layer: layer) { result.append(candidate) }
        }
        return result
    }

    /// The characters around a position, looked up in the units or the surrounding context
    /// (`before` just before the units, `beforeThat` before it).
    private struct Context {
        let scalarBefore: (Int) -> Unicode.Scalar?
        let scalarAt: (Int) -> Unicode.Scalar?

        init<C: RandomAccessCollection>(units: C, before: Unicode.Scalar?, beforeThat: Unicode.Scalar?, after: Unicode.Scalar?)
            where C.Element == UInt16, C.Index == Int {
            scalarBefore = { index in
                guard index >= units.startIndex else { return beforeThat }
                guard index > units.startIndex else { return before }
                let last = units[index - 1]
                if UTF16.isTrailSurrogate(last), index - 1 > units.startIndex, UTF16.isLeadSurrogate(units[index - 2]) {
                    return Unicode.Scalar(UTF16.decode(UTF16.EncodedScalar([units[index - 2], last])).value)
                }
                return Unicode.Scalar(last)
            }
            scalarAt = { index in
                guard index < units.endIndex else { return after }
                let first = units[index]
                if UTF16.isLeadSurrogate(first), index + 1 < units.endIndex, UTF16.isTrailSurrogate(units[index + 1]) {
                    return Unicode.Scalar(UTF16.decode(UTF16.EncodedScalar([first, units[index + 1]])).value)
                }
                return Unicode.Scalar(first)
            }
        }
    }

    private static func sequences<C: RandomAccessCollection>(in units: C, before: Unicode.Scalar?) -> [Sequence] where C.Element == UInt16, C.Index == Int {
        var result: [Sequence] = []
        var index = units.startIndex
        while index < units.endIndex {
            let lead = units[index]
            guard (0xC2...0xF4).contains(lead) else { index += 1; continue }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard index + length <= units.endIndex else { index += 1; continue }
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
            guard bytes.count == length, isValidUTF8(bytes) else { index += 1; continue }
            let end = sharesSpace ? index + 1 : index + length
            result.append(Sequence(range: index..<end, bytes: bytes, spaceForA0: spaceForA0))
            index = end
        }
        return result
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
    private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 1 else { return false }
        switch bytes[0] {
        case 0xE0: return bytes[1] >= 0xA0
        case 0xED: return bytes[1] <= 0x9F
        case 0xF0: return bytes[1] >= 0x90
        case 0xF4: return bytes[1] <= 0x8F
        default: return true
        }
    }

    private static func runs(of sequences: [Sequence]) -> [[Sequence]] {
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

    private static func candidate(for run: [Sequence], context: Context, layer: Int) throws -> Candidate? {
        let range = run.first!.range.lowerBound..<run.last!.range.upperBound
        let decoded = try CharsetConverter.decode(run.flatMap(\.bytes), charset: "UTF-8")
        let scalars = Self.scalars(of: decoded)
        guard scalars.count == run.count else { return nil }
        let before = context.scalarBefore(range.lowerBound)
        let beforeThat = before.map { context.scalarBefore(range.lowerBound - $0.utf16.count) } ?? nil
        let after = context.scalarAt(range.upperBound)

        var evidence = 0
        for (index, sequence) in run.enumerated() {
            let left = index == 0 ? before : scalars[index - 1]
            evidence += strength(of: sequence, in: context, left: left, right: context.scalarAt(sequence.range.upperBound), alone: run.count == 1)
        }

        // Text damaged more than once: repair the result again while that clearly helps.
        var repaired = decoded
        if layer < maximumLayers, decoded.contains(where: { (0xC2...0xF4).contains($0) }) {
            let inner = try candidates(in: decoded, before: before, beforeThat: beforeThat, after: after, layer: layer + 1)
                .filter { $0.score >= contextScore }
            for candidate in inner.reversed() {
                repaired.replaceSubrange(candidate.range, with: candidate.replacement)
            }
        }
        let result = repaired == decoded ? scalars : Self.scalars(of: repaired)
        guard !result.contains(where: MojibakeClues.isImpossibleRepair) else { return nil }
        var score = evidence - penalty(for: result, before: before, beforeThat: beforeThat, after: after)
        if formsSequenceAcrossEdges(repaired, in: context, range: range) { score -= 2 }
        return Candidate(range: range, replacement: repaired, score: score)
    }

    /// Whether the repaired text would form a new misread sequence with its neighbours (`ã¢` +
    /// `€™` in `ã¢â‚¬â„¢`): then the run is part of a garble, and repairing it would feed the next round.
    private static func formsSequenceAcrossEdges(_ repaired: [UInt16], in context: Context, range: Range<Int>) -> Bool {
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
    private static func strength(of sequence: Sequence, in context: Context, left: Unicode.Scalar?, right: Unicode.Scalar?, alone: Bool) -> Int {
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
    private static func penalty(for result: [Unicode.Scalar], before: Unicode.Scalar?, beforeThat: Unicode.Scalar?,
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

    /// The scalars of UTF-16 units (lone surrogates become U+FFFD); faster than going through `String`.
    private static func scalars(of units: [UInt16]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
                let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                result.append(Unicode.Scalar(value)!)
                index += 2
            } else {
                result.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                index += 1
            }
        }
        return result
    }

    private static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map(CharacterCategory.isLetter) ?? false
    }

    private static func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        CharacterCategory.isLetter(scalar) || MojibakeClues.isMark(scalar)
    }

    private static func isLowercaseLetter(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map(CharacterCategory.isLowercase) ?? false
    }

    private static func isUppercaseLetter(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map(CharacterCategory.isUppercase) ?? false
    }
}

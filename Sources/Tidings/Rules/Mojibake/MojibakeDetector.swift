import ICU

/// Finds UTF-8 text that was decoded as Windows-1252 or Latin-1 (`cafÃ©`, `â€™`, `Ã¢â‚¬â„¢`), or as
/// a Central European code page (`JosĂ©`, `ZamandĂș`; see `CentralEuropeanCodePage`), and scores,
/// run by run, how clearly re-encoding it and decoding it as UTF-8 improves it.
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
        /// Some of the run was read in a Central European code page (Windows-1250, ISO-8859-2/16).
        var isCentralEuropean = false
        /// Why the repair is not certain, if it is not: then it is never applied, at best suggested.
        var uncertainty: Uncertainty?
    }

    /// Why a repair of a run read in a Central European code page is not certain.
    enum Uncertainty: Sendable {
        /// The run may be real Romanian (`Ăștia`, `ĂȘTIA`, `CASĂ”`).
        case mayBeRomanian
        /// Another code page reads it as another fitting character (`MĂźller`: `ß` or `ü`).
        case otherReading
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
    struct Context {
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

    /// A run decoded (deeper layers too) and scored, or nil when the result holds an impossible character.
    private static func candidate(for run: [Sequence], context: Context, layer: Int) throws -> Candidate? {
        let range = run.first!.range.lowerBound..<run.last!.range.upperBound
        let decoded = try CharsetConverter.decode(run.flatMap(\.bytes), charset: "UTF-8")
        let scalars = Self.scalars(of: decoded)
        guard scalars.count == run.count else { return nil }
        let before = context.scalarBefore(range.lowerBound)
        let beforeThat = before.map { context.scalarBefore(range.lowerBound - $0.utf16.count) } ?? nil
        let after = context.scalarAt(range.upperBound)

        var evidence = 0
        var uncertainty: Uncertainty?
        for (index, sequence) in run.enumerated() {
            let left = index == 0 ? before : scalars[index - 1]
            evidence += strength(of: sequence, in: context, left: left, right: context.scalarAt(sequence.range.upperBound), alone: run.count == 1)
            if mayBeRomanian(sequence, in: context, left: left) {
                uncertainty = .mayBeRomanian
            } else if sequence.hasOtherReading {
                uncertainty = uncertainty ?? .otherReading
            }
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
        return Candidate(range: range, replacement: repaired, score: score,
                         isCentralEuropean: run.contains { $0.codePage != nil }, uncertainty: uncertainty)
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

    /// Whether a scalar is present and a letter.
    static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map(CharacterCategory.isLetter) ?? false
    }

    /// Whether a scalar is a letter or a combining mark.
    static func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        CharacterCategory.isLetter(scalar) || MojibakeClues.isMark(scalar)
    }

    /// Whether a scalar is present and a lowercase letter.
    static func isLowercaseLetter(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map(CharacterCategory.isLowercase) ?? false
    }

    /// Whether a scalar is present and an uppercase or titlecase letter.
    static func isUppercaseLetter(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map(CharacterCategory.isUppercase) ?? false
    }
}

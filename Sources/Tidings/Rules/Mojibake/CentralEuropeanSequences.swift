import ICU

/// Finding UTF-8 characters misread as a Central European code page.
extension MojibakeDetector {
    /// The sequence starting at `index` read in a Central European code page whose characters there
    /// stand for one UTF-8 character (`Ă©` in Windows-1250, `Ăș` in ISO-8859-16), or nil. Only tried
    /// where Windows-1252 found none, so it always holds a character outside Windows-1252 and Latin-1.
    ///
    /// Where the code pages read the characters as different characters (`ĂŠ`: `Ê` in Windows-1250,
    /// `é` in ISO-8859-2), the reading that fits the word is taken: a letter rather than a symbol or
    /// control, lowercase inside a lowercase word (`JosĂŠ`), uppercase inside one in capitals. When
    /// more than one fits (`MĂźller`: `ß` or `ü`), the first code page's is taken and the others
    /// kept in `otherReadings`, for `readingInTheTextsCodePage`.
    static func centralEuropeanSequence<C: RandomAccessCollection>(at index: Int, in units: C, before: Unicode.Scalar?) -> Sequence?
        where C.Element == UInt16, C.Index == Int {
        let lead = units[index]
        var readings: [Sequence] = []
        for page in CentralEuropeanCodePage.allCases {
            guard let leadByte = page.leadByte(for: lead) else { continue }
            let length = leadByte < 0xE0 ? 2 : 3
            guard index + length <= units.endIndex else { return nil }
            var bytes = [leadByte]
            for offset in 1..<length {
                guard let byte = page.continuationByte(for: units[index + offset]) else { break }
                bytes.append(byte)
            }
            guard bytes.count == length && isValidUTF8(bytes) else { continue }
            if let same = readings.firstIndex(where: { $0.bytes == bytes }) {
                readings[same].readers.insert(page)
            } else {
                readings.append(Sequence(range: index..<(index + length), bytes: bytes, spaceForA0: false, codePage: page, readers: [page]))
            }
        }
        guard readings.count > 1 else { return readings.first }
        let left = index > units.startIndex ? Unicode.Scalar(units[index - 1]) : before
        let right = readings[0].range.upperBound < units.endIndex ? Unicode.Scalar(units[readings[0].range.upperBound]) : nil
        return fittingReading(of: readings, left: left, right: right)
    }

    /// The reading of several that fits between `left` and `right` (see `centralEuropeanSequence`).
    private static func fittingReading(of readings: [Sequence], left: Unicode.Scalar?, right: Unicode.Scalar?) -> Sequence {
        func character(_ reading: Sequence) -> Unicode.Scalar {
            let bytes = reading.bytes.map(UInt32.init)
            let value = bytes.count == 2 ? (bytes[0] & 0x1F) << 6 | bytes[1] & 0x3F
                : (bytes[0] & 0x0F) << 12 | (bytes[1] & 0x3F) << 6 | bytes[2] & 0x3F
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        var fitting = readings.filter { !MojibakeClues.isImpossibleRepair(character($0)) }
        let letters = fitting.filter { isLetter(character($0)) }
        if !letters.isEmpty { fitting = letters }
        // The case the word calls for: a lowercase letter after, or the case of the letter before at a word's end.
        let wantsLowercase: Bool?
        switch (isLetter(left), isLetter(right)) {
        case (true, true): wantsLowercase = isLowercaseLetter(right) ? true : isUppercaseLetter(left) ? false : nil
        case (true, false): wantsLowercase = isLowercaseLetter(left)
        default: wantsLowercase = nil
        }
        if let wantsLowercase {
            let cased = fitting.filter { wantsLowercase ? isLowercaseLetter(character($0)) : isUppercaseLetter(character($0)) }
            if !cased.isEmpty { fitting = cased }
        }
        var chosen = fitting.first ?? readings[0]
        chosen.otherReadings = Array(fitting.dropFirst())
        return chosen
    }

    /// `sequences` with each one that several code pages read differently (`MĂźller`) read in the
    /// code page that reads most of the text's other Central European sequences, where that settles it
    /// (`Ăș`, only ISO-8859-16, and `Ă©`, also Windows-1250: ISO-8859-16).
    static func readingInTheTextsCodePage(_ sequences: [Sequence]) -> [Sequence] {
        guard sequences.contains(where: \.hasOtherReading) else { return sequences }
        var votes: [CentralEuropeanCodePage: Int] = [:]
        for sequence in sequences where sequence.codePage != nil && !sequence.hasOtherReading {
            for page in sequence.readers { votes[page, default: 0] += 1 }
        }
        guard let most = votes.values.max() else { return sequences }
        let favourites = Set(votes.filter { $0.value == most }.keys)
        return sequences.map { sequence in
            guard sequence.hasOtherReading else { return sequence }
            let agreeing = ([sequence] + sequence.otherReadings).filter { !$0.readers.isDisjoint(with: favourites) }
            guard agreeing.count == 1 else { return sequence }
            var chosen = agreeing[0]
            chosen.otherReadings = []
            return chosen
        }
    }
}

import ICU

/// How telling a sequence misread as a Central European code page is.
///
/// These code pages put letters (`ş`, `ł`, `Ž`, `ą`…) where Windows-1252 has symbols, so a letter
/// after a lead character is evidence only where no language writes the pair: after `Ă` or `Â`
/// any letter but Romanian `ș`/`ş` (`Ăł`, `ÂŁ`), and any pair where a capital follows a lowercase
/// letter inside a word (`ZamandĂș`, `WaĹ‚Ä™sa`). `Ă` or `Â` followed by `ș`/`ş` elsewhere is
/// Romanian as often as not (`ĂȘTIA`, `Ăștia`, `CÂȘTIG`), and so is `Ă` ending a word in capitals
/// before a quote or dash (`CASĂ”`): such runs are never certain, and at best suggested.
extension MojibakeDetector {
    /// 3 with a C1 control; 2 for a symbol after the lead (`JosĂ©`, `Č™`, `â€ś`), for a letter no
    /// language writes after the lead, or a capital lead after a lowercase letter; 1 for the start
    /// of a Romanian-looking word (`Ăștia` or `Ăşltimo` for `último`) and for word-final punctuation
    /// after a word in capitals (`CASĂ”`); 0 for other letter pairs (`ČŠI`, `DĹŽKA`, `ĂȘTIA`).
    static func centralEuropeanStrength(of sequence: Sequence, in context: Context, left: Unicode.Scalar?, right: Unicode.Scalar?) -> Int {
        guard let lead = context.scalarAt(sequence.range.lowerBound) else { return 0 }
        let continuations = ((sequence.range.lowerBound + 1)..<sequence.range.upperBound).compactMap(context.scalarAt)
        if continuations.contains(where: { MojibakeClues.isC1Control(UInt16(truncatingIfNeeded: $0.value)) }) { return 3 }
        let isSymbol = { (scalar: Unicode.Scalar) in
            !isLetter(scalar) && !MojibakeClues.isWordFinalPunctuation(UInt16(truncatingIfNeeded: scalar.value))
        }
        if sequence.bytes.count == 3 { return continuations.contains(where: isSymbol) ? 2 : 0 }
        let next = continuations[0]
        if isLowercaseLetter(left) && CharacterCategory.isUppercase(lead) { return 2 }
        if isSymbol(next) { return 2 }
        if !isLetter(next) { return isUppercaseLetter(left) && !isLetter(right) ? 1 : 2 }
        guard MojibakeClues.isRomanianLead(lead) else { return 0 }
        guard MojibakeClues.isRomanianSibilant(next) else { return 2 }
        return !isLetter(left) && isLowercaseLetter(next) && isLowercaseLetter(right) ? 1 : 0
    }

    /// Whether a Central European sequence may be real Romanian: `Ă` or `Â` not after a lowercase
    /// letter, followed by `ș`/`ş` in either case (`Ăștia`, `ĂȘTIA`, `CÂȘTIG`) or, after a capital,
    /// by word-final punctuation (`CASĂ”`, `CASĂ…`).
    static func mayBeRomanian(_ sequence: Sequence, in context: Context, left: Unicode.Scalar?) -> Bool {
        guard sequence.codePage != nil, sequence.bytes.count == 2, !isLowercaseLetter(left),
              let lead = context.scalarAt(sequence.range.lowerBound), MojibakeClues.isRomanianLead(lead),
              let next = context.scalarAt(sequence.range.lowerBound + 1) else { return false }
        return MojibakeClues.isRomanianSibilant(next)
            || (isUppercaseLetter(left) && MojibakeClues.isWordFinalPunctuation(UInt16(truncatingIfNeeded: next.value)))
    }
}

extension MojibakeClues {
    /// `Ă` and `Â`: lead characters (of bytes 0xC3, 0xC2) that are Romanian letters.
    static func isRomanianLead(_ scalar: Unicode.Scalar) -> Bool { scalar == "Ă" || scalar == "Â" }

    /// `Ș ș` (comma below, ISO-8859-16 0xAA 0xBA) and `Ş ş` (cedilla, as legacy Romanian text writes
    /// them; Windows-1250 and ISO-8859-2 0xAA 0xBA): the continuation characters Romanian puts after `Ă`, `Â`.
    static func isRomanianSibilant(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "Ș", "ș", "Ş", "ş": return true; default: return false }
    }
}

/// Mode `left-word` of `SplitMergedRule`: a function word glued to the word after it, where a space
/// was lost (`thestart`, `withplans`, `nodifference`).
extension SplitMergedRule {
    /// The fewest letters of the lexicon word after the function word: shorter ones make too many
    /// words of other languages (`towar`, `totoo`).
    static let shortestWordAfterLeftWord = 4

    /// Splits a token of lowercase ASCII letters (`candidates`' first list) into a word of `left` and a lowercase
    /// lexicon word of `shortestWordAfterLeftWord` letters or more, when no other cut gives two
    /// lexicon words (`aresolution` may be `a resolution` or `are solution`: it stays).
    func leftWordSplit(_ index: Int, words: DocumentWords) -> (left: String, right: String)? {
        guard let leftASCII else { return nil }
        let text = words.texts[index]
        return text.utf8.withContiguousStorageIfAvailable { bytes -> (left: String, right: String)? in
            func isWord(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { lexicon.contains(asciiUnits: UnsafeBufferPointer(rebasing: part)) }
            let lastCut = bytes.count - Self.shortestWordAfterLeftWord
            guard lastCut >= 1, let cut = (1...lastCut).first(where: {
                leftASCII.index(of: UnsafeBufferPointer(rebasing: bytes[..<$0])) != nil && isWord(bytes[$0...])
            }) else { return nil }
            // Another reading (two lexicon words cut elsewhere) makes the split a guess.
            guard !(1..<bytes.count).contains(where: { $0 != cut && isWord(bytes[$0...]) && isWord(bytes[..<$0]) }) else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[cut...]), as: UTF8.self))
        } ?? nil
    }
}

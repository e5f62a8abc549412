/// Mode `name-word` of `SplitMergedRule`: a name the document writes on its own glued to the
/// lowercase word after it, where a link or bold span lost its space (`Dina Boluartefaces`,
/// `Lionel Messimaking his debut`, `Sergio Massais`).
extension SplitMergedRule {
    /// The fewest letters of a lexicon word split off a name (`faces`, not `ford` in `Hansford`
    /// unless certain): shorter right halves must be words of `right`.
    static let shortestWordAfterName = 4
    /// The fewest letters of a lexicon word for the split to be applied rather than suggested.
    static let certainWordAfterName = 5

    /// Splits a capitalized ASCII token the document writes once (`candidates`' fourth list) into a
    /// left half the document writes on its own and the lexicon lacks (a name: `Boluarte`, `Messi`)
    /// and a lowercase right half of `right` (`is`) or of the lexicon with `shortestWordAfterName`
    /// letters or more. Applied when the token follows a capitalized word (`Dina Boluartefaces`), the
    /// right half is of `right` or has `certainWordAfterName` letters or more, and no other split
    /// exists; otherwise suggested, except a right half of the lexicon shorter than
    /// `certainWordAfterName` without a capitalized word before (`Petrobras` beside `Petro` stays).
    func nameWordSplit(_ index: Int, words: DocumentWords, document: Document) -> SplitHalves? {
        let text = words.texts[index]
        let splits: [SplitHalves] = text.utf8.withContiguousStorageIfAvailable { bytes in
            var splits: [SplitHalves] = []
            for cut in minimumLeft..<bytes.count {
                let left = UnsafeBufferPointer(rebasing: bytes[..<cut]), rightBytes = UnsafeBufferPointer(rebasing: bytes[cut...])
                let isListed = rightASCII.map { $0.index(of: rightBytes) != nil } ?? false
                guard isListed || (rightBytes.count >= Self.shortestWordAfterName && lexicon.contains(asciiUnits: rightBytes)),
                      !lexicon.contains(asciiUnits: left) else { continue }
                let leftHalf = String(decoding: left, as: UTF8.self)
                guard words.count(of: leftHalf) > 0 else { continue }
                splits.append(SplitHalves(left: leftHalf, right: String(decoding: rightBytes, as: UTF8.self),
                                          isCertain: isListed || rightBytes.count >= Self.certainWordAfterName))
            }
            return splits
        } ?? []
        guard let first = splits.first else { return nil }
        let afterCapitalized = index > 0 && WordShape.startsUppercase(words.texts[index - 1])
            && document.isSingleSpace(words.tokens[index - 1].range.upperBound..<words.tokens[index].range.lowerBound)
        guard first.isCertain else { return afterCapitalized ? SplitHalves(left: first.left, right: first.right, isCertain: false) : nil }
        return SplitHalves(left: first.left, right: first.right, isCertain: splits.count == 1 && afterCapitalized)
    }
}

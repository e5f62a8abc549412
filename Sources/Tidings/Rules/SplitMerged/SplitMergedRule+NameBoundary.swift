/// Mode `name-boundary` of `SplitMergedRule`: a name glued to what follows it where a line break or
/// a full stop was lost, in captions, bylines and lists of names (`Saudi ArabiaDavid de Gea`,
/// `Frank LoesserRichard Lugar`, `Diego MaradonaPrior to the match`).
extension SplitMergedRule {
    /// The fewest characters of a right half: `Ann`, not `Al`.
    static let shortestNameRight = 3

    /// Splits a token the document writes once (see `mayBeNameBoundary`), made of two capitalized
    /// halves at its one lower-to-upper seam, right after a capitalized word that is no title
    /// (`titles`: `Dr`), when the left half is a name (a capitalized lexicon entry, or a form the
    /// document uses on its own) and either
    /// - the right half is a name too and a name goes on after it (a capitalized word, or a particle
    ///   and one): certain when the document writes the right half on its own (`Gabriel
    ///   BoricGabriel Boric`), a suggestion otherwise;
    /// - or the right half is an ordinary word capitalized (`Diego MaradonaPrior to`): a suggestion.
    /// Compound first names (`MaryBeth Smith`) start a name rather than follow one; brand names
    /// (`PowerPoint`, `BlackBerry`) fail on their halves or are lexicon words; a form the document
    /// repeats is its spelling (`ExxonMobil`).
    func nameBoundarySplit(_ index: Int, words: DocumentWords, document: Document) -> SplitHalves? {
        guard let previous = adjacentWord(before: index, words: words, document: document),
              WordShape.startsUppercase(previous), !(titles?.contains(previous) ?? false) else { return nil }
        let seams = words.lowerUpperSeams(index)
        guard seams.count == 1, let cut = seams.first, cut >= minimumLeft else { return nil }
        let cuts = CharacterCuts(words.texts[index], isSimpleASCII: words.isSimpleASCII(index))
        guard cuts.count - cut >= Self.shortestNameRight else { return nil }
        let left = cuts.left(cut), right = cuts.right(cut)
        guard WordShape.isCapitalized(left), WordShape.isCapitalized(right),
              isName(left, words: words) else { return nil }
        if isName(right, words: words) && startsName(after: index, words: words, document: document) {
            return SplitHalves(left: left, right: right, isCertain: words.count(of: right) > 0)
        }
        if lexicon.containsLowercase(right) {
            return SplitHalves(left: left, right: right, isCertain: false)
        }
        return nil
    }

    /// The cheap tests of `nameBoundarySplit`, made before the lexicon is asked: a form the document
    /// writes once, starting with an ASCII capital or a non-ASCII unit.
    func mayBeNameBoundary(_ index: Int, words: DocumentWords, document: Document) -> Bool {
        let first = document.units[words.tokens[index].range.lowerBound]
        return (first >= 0x80 || (first >= 0x41 && first <= 0x5A)) && words.occurrences[index] == 1
    }

    /// A capitalized lexicon entry (`Indiana`, `Warren`) or a form the document writes on its own.
    private func isName(_ word: String, words: DocumentWords) -> Bool {
        lexicon.containsExactly(word) || words.count(of: word) > 0
    }

    /// Whether a name goes on after the token: a capitalized word one space after it, or a particle
    /// (`de`) and then one.
    private func startsName(after index: Int, words: DocumentWords, document: Document) -> Bool {
        guard let next = adjacentWord(after: index, words: words, document: document) else { return false }
        if WordShape.startsUppercase(next) { return true }
        guard particles?.contains(next) ?? false, let following = adjacentWord(after: index + 1, words: words, document: document) else { return false }
        return WordShape.startsUppercase(following)
    }

    /// The word token one space after a token, if the next token is there.
    private func adjacentWord(after index: Int, words: DocumentWords, document: Document) -> String? {
        guard index + 1 < words.tokens.count,
              document.isSingleSpace(words.tokens[index].range.upperBound..<words.tokens[index + 1].range.lowerBound) else { return nil }
        return words.texts[index + 1]
    }

    /// The word token one space before a token, if the previous token is there.
    private func adjacentWord(before index: Int, words: DocumentWords, document: Document) -> String? {
        guard index > 0 else { return nil }
        return adjacentWord(after: index - 1, words: words, document: document) != nil ? words.texts[index - 1] : nil
    }
}

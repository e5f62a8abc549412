/// What around a token, or in its ending, tells `SplitMergedRule` that it is no glued pair.
extension SplitMergedRule {
    /// How many word tokens on either side of a token `isInEnglishContext` reads.
    static let contextReach = 6
    /// The fewest lowercase words around a token for `isInEnglishContext` to judge.
    static let contextMinimum = 4

    /// Whether the lowercase words around a token are mostly lexicon words: in a passage left
    /// untranslated (`por las protestas sociales que hay`) a token that looks glued (`protest as`) is
    /// a word of that language. Fewer than `contextMinimum` lowercase words are no evidence.
    func isInEnglishContext(_ index: Int, words: DocumentWords, known: DocumentWords.LexiconAnswers, document: Document) -> Bool {
        let facts = words.facts
        var lowercase = 0, english = 0
        let reach = max(0, index - Self.contextReach)..<min(words.tokens.count, index + Self.contextReach + 1)
        for other in reach where other != index && facts[other].isLowercase && facts[other].isLetters {
            lowercase += 1
            if known.contains(other, in: words, document: document) { english += 1 }
        }
        return lowercase < Self.contextMinimum || 2 * english >= lowercase
    }

    /// Whether a capitalized token ends in one of `keep-endings` (`ean` in `Argentinean`, `Josean`):
    /// a demonym or a name formed with a suffix, not a name glued to `an`.
    func hasKeptEnding(_ text: String) -> Bool {
        guard !keepEndings.isEmpty, WordShape.startsUppercase(text) else { return false }
        let lowered = text.lowercased()
        return keepEndings.contains { lowered.hasSuffix($0) && lowered.count > $0.count }
    }

    /// Whether a token is a lexicon word with one of `clipped-endings` dropped: `rockin`,
    /// `talkin`, `overwhelmin` are `rocking`, `talking`, `overwhelming` clipped, not `rock in`.
    func isClippedWord(_ text: String) -> Bool {
        clippedEndings.contains { lexicon.contains(text + $0) }
    }
}

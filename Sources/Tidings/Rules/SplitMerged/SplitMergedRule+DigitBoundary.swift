/// Mode `digit-boundary` of `SplitMergedRule`: a word and a number glued where a space was lost
/// (`September13`, `than300`, `Republic73%`, `Covid-19pandemic`, `21stcentury`).
extension SplitMergedRule {
    /// The fewest letters of a lexicon word split off after a number (`pandemic`, not `km`).
    static let shortestWordAfterNumber = 4
    /// The fewest letters of a word after a number's ending (`21st` `century`, `5km` `race`).
    static let shortestWordAfterEnding = 3
    /// The fewest letters of a capitalized lexicon word split off before a number (`Republic73%`).
    static let shortestWordBeforeNumber = 4

    /// The edits of mode `digit-boundary`: the word tokens selected for it (a number, then letters:
    /// `19pandemic`) and the number tokens that start with a letter (`September13`), each split by
    /// `digitBoundarySplit` unless it is in an address or amid words of another language.
    func digitBoundaryEdits(_ selected: [Int32], words: DocumentWords, known: DocumentWords.LexiconAnswers,
                            document: Document) -> [Edit] {
        var edits: [Edit] = []
        func consider(_ range: Range<Int>, text: String, contextIndex: Int) {
            guard let split = digitBoundarySplit(text, range: range, document: document),
                  !document.isInsideAddress(range),
                  isInEnglishContext(contextIndex, words: words, known: known, document: document) else { return }
            edits.append(info.edit(range, split.left + insert + split.right, level: split.isCertain ? info.level : .suggest))
        }
        for index in selected.map(Int.init) { consider(words.tokens[index].range, text: words.texts[index], contextIndex: index) }
        // Letters then a number, written once.
        let lettered = words.letteredNumbers
        guard !lettered.isEmpty else { return edits }
        let texts = lettered.map { document.string($0.range) }
        var counts: [String: Int] = [:]
        for text in texts { counts[text, default: 0] += 1 }
        for (token, text) in zip(lettered, texts) where counts[text] == 1 {
            let next = words.tokens.partitioningIndex { $0.range.lowerBound >= token.range.upperBound }
            consider(token.range, text: text, contextIndex: min(next, words.tokens.count - 1))
        }
        return edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// An ASCII text of letters and a number (digits, with `.` or `,` between two of them) in two
    /// runs: the halves of a split and whether it is certain, or nil.
    ///
    /// Letters then a number: certain after a word of `before-number` (`than300`, `September13`),
    /// or after a capitalized lexicon word of `shortestWordBeforeNumber` letters when `%` follows
    /// (`Republic73%`); after such a word without `%` a suggestion when the number has two digits or
    /// more and no separator (`Herald17`; not a footnote or affiliation mark: `Siberia2`, `Li1,2`);
    /// an acronym (`COVID19`, `MH370`) or another lowercase word (`base64`, `python3`) stays.
    /// A number then lowercase letters: the number alone before a word of `right` or a lexicon word
    /// (not one of `number-compounds`: `10fold`), or the number and one of `number-endings` (`21st`,
    /// `1990s`, `5km`) before a word of `right`, or before a lexicon word when the number alone reads
    /// as none (`20said` is not `20s aid`); certain when only one of these readings exists
    /// (`1990sand` is `1990 sand` or `1990s and`: a suggestion of the reading before a word of `right`).
    func digitBoundarySplit(_ text: String, range: Range<Int>, document: Document) -> SplitHalves? {
        guard let (cut, lettersFirst) = Self.letterNumberCut(text.utf8) else { return nil }
        let leftHalf = String(text.utf8.prefix(cut))!, rightHalf = String(text.utf8.dropFirst(cut))!
        if lettersFirst {
            if beforeNumber?.contains(leftHalf) ?? false { return SplitHalves(left: leftHalf, right: rightHalf, isCertain: true) }
            guard leftHalf.utf8.count >= Self.shortestWordBeforeNumber, WordShape.isCapitalized(leftHalf), lexicon.contains(leftHalf) else { return nil }
            let end = range.upperBound
            if end < document.count && document.units[end] == 0x25 { return SplitHalves(left: leftHalf, right: rightHalf, isCertain: true) }
            // One digit, or digits with separators, after a word are a footnote or an affiliation
            // (`Siberia2`, `Caucasus2,7`).
            guard rightHalf.utf8.count >= 2, rightHalf.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return SplitHalves(left: leftHalf, right: rightHalf, isCertain: false)
        }
        guard WordShape.isLowercase(rightHalf) else { return nil }
        var readings: [SplitHalves] = []
        if isWordAfterNumber(rightHalf, shortest: Self.shortestWordAfterNumber) {
            readings.append(SplitHalves(left: leftHalf, right: rightHalf, isCertain: true))
        }
        // With an ending, a lexicon word only when the number alone reads as no split (`20said` is
        // `20 said`, not `20s aid`); a word of `right` always (`1990sand`).
        let wholeReads = !readings.isEmpty
        for ending in numberEndings?.words ?? [] where rightHalf.count > ending.count && rightHalf.hasPrefix(ending) {
            let word = String(rightHalf.dropFirst(ending.count))
            if right?.contains(word) ?? false || !wholeReads && isWordAfterNumber(word, shortest: Self.shortestWordAfterEnding) {
                readings.append(SplitHalves(left: leftHalf + ending, right: word, isCertain: true))
            }
        }
        guard let first = readings.first else { return nil }
        guard readings.count > 1 else { return first }
        // Two readings (`1990sand`: `1990 sand`, `1990s and`): the one before a word of `right`, if
        // any, is suggested; otherwise the number alone.
        let preferred = readings.first { right?.contains($0.right) ?? false } ?? first
        return SplitHalves(left: preferred.left, right: preferred.right, isCertain: false)
    }

    /// A word of `right`, or a lexicon word of at least `shortest` letters that is none of `number-compounds`.
    private func isWordAfterNumber(_ word: String, shortest: Int) -> Bool {
        if right?.contains(word) ?? false { return true }
        guard word.utf8.count >= shortest, !(numberCompounds?.contains(word) ?? false) else { return false }
        return lexicon.containsLowercase(word)
    }

    /// Where an ASCII token of one letter run and one number run (ASCII digits, with single `.` or
    /// `,` between digits) changes from one to the other, and whether the letters come first.
    static func letterNumberCut(_ bytes: String.UTF8View) -> (cut: Int, lettersFirst: Bool)? {
        var cut: Int?, lettersFirst = false, previous: UInt8 = 0, position = 0
        for byte in bytes {
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A, isDigit = byte >= 0x30 && byte <= 0x39
            let isSeparator = byte == 0x2E || byte == 0x2C
            if position > 0 {
                let previousIsLetter = (previous | 0x20) >= 0x61 && (previous | 0x20) <= 0x7A
                let previousIsDigit = previous >= 0x30 && previous <= 0x39
                if isSeparator {
                    guard previousIsDigit else { return nil }
                } else if isDigit && previous != 0x2E && previous != 0x2C && !previousIsDigit || isLetter && !previousIsLetter {
                    // A change of run: letters to digits, or digits to letters (never after a separator).
                    guard cut == nil, previousIsLetter || previousIsDigit else { return nil }
                    cut = position
                    lettersFirst = previousIsLetter
                } else if !isLetter && !isDigit {
                    return nil
                }
            } else if !isLetter && !isDigit {
                return nil
            }
            previous = byte
            position += 1
        }
        guard let cut, previous != 0x2E && previous != 0x2C else { return nil }
        return (cut, lettersFirst)
    }
}

import ICU

/// The lines of a document written in title case, as headlines often are (`Transit Agency Reports
/// Record Ridership As Fares Fall`): at most `maximumWords` words, and after the first, at least three capitalized words
/// are ordinary words of the lexicon, they make up more than half of its capitalized words, and
/// it has fewer lowercase words than capitalized ones. Capitals there are style, so they are no
/// evidence that a word missing from the lexicon (`Ridership`) is a name. A caption of names
/// (`Antony Blinken and Qin Gang, at the Diaoyutai State Guest House`) is no such line; a line in
/// capitals but for a capitalized word or two (`CHARLES WILLIAM HALL, Appellee.`, a court caption),
/// with no lowercase word, is one.
struct TitleCaseLines {
    /// The word tokens of each title-case line, in order.
    private let tokenRanges: [Range<Int>]

    /// Fewest capitalized ordinary words after the first word of a title-case line.
    static let minimumOrdinaryWords = 3
    /// Most words of a title-case line (a headline; longer lines are prose and are not read).
    static let maximumWords = 24

    /// Finds the title-case lines among the lines of `document`, given its word tokens and their case facts.
    init(_ words: DocumentWords, document: Document, shapes: PerTokenValues<WordCase>, lexicon: Lexicon) {
        let tokens = words.tokens
        let lines = document.lines
        var found: [Range<Int>] = []
        var line = 0
        var first = 0
        while first < tokens.count {
            while lines[line].upperBound < tokens[first].range.lowerBound { line += 1 }
            var end = first + 1
            while end < tokens.count && tokens[end].range.upperBound <= lines[line].upperBound { end += 1 }
            if end - first <= Self.maximumWords, Self.isTitleCase(first + 1..<end, words: words, shapes: shapes, lexicon: lexicon) {
                found.append(first..<end)
            }
            first = end
        }
        tokenRanges = found
    }

    /// Whether the tokens after a line's first word are those of a title-case line.
    private static func isTitleCase(_ tokens: Range<Int>, words: DocumentWords, shapes: PerTokenValues<WordCase>, lexicon: Lexicon) -> Bool {
        var capitalized = 0
        var lowercase = 0
        var capitals = 0
        for index in tokens {
            let shape = shapes[index]
            if shape.contains(.capitalized) {
                capitalized += 1
            } else if shape.contains(.lowercaseLetters) {
                lowercase += 1
            } else if words.facts[index].isLetters && words.facts[index].characterCount >= 2
                        && words.texts[index].unicodeScalars.allSatisfy(CharacterCategory.isUppercase) {
                capitals += 1
            }
        }
        // A caption in capitals with a capitalized word (`CHARLES WILLIAM HALL, Appellee.`).
        if lowercase == 0 && capitals >= 2 && capitals > capitalized { return true }
        guard capitalized >= minimumOrdinaryWords && lowercase < capitalized else { return false }
        var ordinary = 0
        for index in tokens where shapes[index].contains(.capitalized) && lexicon.containsLowercase(words.texts[index]) {
            ordinary += 1
        }
        return ordinary >= minimumOrdinaryWords && 2 * ordinary > capitalized
    }

    /// Whether a word token lies on a title-case line.
    func contains(token index: Int) -> Bool {
        guard !tokenRanges.isEmpty else { return false }
        var low = 0
        var high = tokenRanges.count
        while low < high {
            let middle = (low + high) / 2
            if tokenRanges[middle].upperBound <= index { low = middle + 1 } else { high = middle }
        }
        return low < tokenRanges.count && tokenRanges[low].contains(index)
    }
}

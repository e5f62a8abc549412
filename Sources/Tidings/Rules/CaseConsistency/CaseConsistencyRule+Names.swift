import ICU

/// `case-consistency` with `operation: names`: lowercase sequences recased as the document writes the name.
extension CaseConsistencyRule {
    /// Runs of consecutive word tokens that pass a test, each joined to the next by a single space.
    func runs(_ words: DocumentWords, document: Document, where include: (Int) -> Bool) -> [Range<Int>] {
        let tokens = words.tokens
        var result: [Range<Int>] = []
        var start: Int?
        for index in tokens.indices {
            guard include(index) else {
                if let first = start { result.append(first..<index); start = nil }
                continue
            }
            if let first = start, !document.isSingleSpace(tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound) {
                result.append(first..<index)
                start = index
            } else if start == nil {
                start = index
            }
        }
        if let first = start { result.append(first..<tokens.count) }
        return result
    }

    /// Whether a word token may be capitalized for its position rather than as a name: unless a
    /// Latin letter, a digit, a comma, a semicolon or a closing mark comes before it, it starts a
    /// sentence, a line, a heading, a list item or a parenthesis.
    func startsSentence(_ token: Token, document: Document) -> Bool {
        var offset = token.range.lowerBound
        while offset > 0, document.units[offset - 1] == 0x20 { offset -= 1 }
        guard offset > 0 else { return true }
        let unit = document.units[offset - 1]
        switch unit {
        case 0x2C, 0x3B, 0x201D, 0x2019, 0x27, 0x29, 0x25: return false
        case 0x61...0x7A, 0x41...0x5A, 0x30...0x39: return false    // ASCII letters and digits, answered directly
        default: break
        }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        // A letter of another script (`ㅋㅋ Daebak!`, laughter in Hangul) is no English word before it.
        if CharacterCategory.isLetter(scalar) { return MojibakeClues.script(of: scalar) != .latin }
        return !CharacterCategory.isDigit(scalar)
    }

    func names(_ words: DocumentWords, document: Document) -> [Edit] {
        // Forms are compared by their lowercased words, the last without its possessive.
        let forms = words.loweredForms
        let shapes = words.wordCases
        var table = NameFormTable(forms: forms)
        func formTexts(_ tokens: Range<Int>) -> [String] {
            var texts = tokens.map { words.texts[$0] }
            texts[texts.count - 1] = DocumentWords.removingPossessive(texts[texts.count - 1])
            return texts
        }
        // By number: whether a form of two words or more starts with the word (a quick test before looking a key up).
        var longFormStarts = Array(repeating: false, count: forms.count)
        // By form entry: whether the form ended a run of capitalized words (`Pedro Park` in `Minister
        // Pedro Park`), not only started one (`Houston Police` in `Houston Police Chief`).
        var endsName: [Bool] = []
        // By form entry: whether its first word was capitalized somewhere other than at a sentence
        // start (`Bimetallic CuPd nanoparticles` opening a title capitalizes `Bimetallic` for its place).
        var firstCapitalInText: [Bool] = []
        let tokens = words.tokens
        // A headline's capitals are style, not names.
        let titleCaseLines = TitleCaseLines(words, document: document, shapes: shapes, lexicon: lexicon)
        // The line of the last run looked at, and whether it is a heading (runs come in text order).
        let lines = document.lines
        var line = 0, lineIsHeading: Bool?
        for run in runs(words, document: document, where: { shapes[$0].contains(.nameLike) }) {
            guard !titleCaseLines.contains(token: run.lowerBound) else { continue }
            // On a heading (`2023 Oscar Winners`, `Entry Level Blogpost`) capitals are style: a run
            // there ends no name, and a word the lexicon lacks is no name by its capital alone.
            let offset = tokens[run.lowerBound].range.lowerBound
            while line + 1 < lines.count && lines[line].upperBound < offset { line += 1; lineIsHeading = nil }
            if lineIsHeading == nil { lineIsHeading = isHeadingLine(lines[line], document: document) }
            let onHeading = lineIsHeading!
            let endsInText = run.count > 1 && !onHeading
            let runStartsSentence = startsSentence(tokens[run.lowerBound], document: document)
            for start in run {
                for length in 1...min(Self.longestName, run.upperBound - start) {
                    // A sentence's first word is capitalized anyway: alone it is no evidence of a name.
                    // (Only a run's first word can start a sentence: a letter and a space precede the others.)
                    if length == 1 && (onHeading || (start == run.lowerBound && runStartsSentence)) { continue }
                    let entry = table.record(start..<(start + length))
                    if entry == endsName.count { endsName.append(false); firstCapitalInText.append(false) }
                    if length == 1 || start != run.lowerBound || !runStartsSentence { firstCapitalInText[entry] = true }
                    if start + length == run.upperBound && endsInText { endsName[entry] = true }
                    if length > 1 { longFormStarts[Int(forms.lowered[start])] = true }
                }
            }
        }
        guard !table.entries.isEmpty else { return [] }
        // By form: whether a token of the form may start a candidate (most tokens start none): it
        // starts a recorded longer form, or alone is a recorded form and lowercase letters.
        let byForm = forms.byForm
        let mayStart = (0..<words.formCount).map { form in
            longFormStarts[Int(byForm.lowered[form])]
                || (table.hasWord(byForm.bareLowered[form]) && Self.isLowercaseWithoutPossessive(form: form, words: words, forms: forms, shapes: shapes))
        }
        let tokenForms = words.tokenForms
        func joined(_ index: Int) -> Bool {
            document.isSingleSpace(tokens[index].range.upperBound..<tokens[index + 1].range.lowerBound)
        }
        var candidates: [(slice: Range<Int>, form: [String])] = []
        // By form entry: how often the form occurs in lower case.
        var lowercaseCounts = Array(repeating: 0, count: table.entries.count)
        let tokenCount = tokens.count
        var start = 0
        while start < tokenCount {
            guard mayStart[Int(tokenForms[start])] else {
                start += 1
                continue
            }
            var matched = 0
            // Forms of two words or more are looked up only from a word that starts one.
            let longest = longFormStarts[Int(forms.lowered[start])] ? min(Self.longestName, tokenCount - start) : 1
            for length in stride(from: longest, through: 1, by: -1) {
                let slice = start..<(start + length)
                guard (slice.lowerBound..<slice.upperBound - 1).allSatisfy(joined),
                      let entry = table.entry(slice),
                      hasLowercaseWord(slice, words: words, forms: forms, shapes: shapes) else { continue }
                var form = formTexts(table.entries[entry].last)
                var texts = slice.map { words.texts[$0] }
                var possessive = ""
                // A word without a possessive has its lowercased form's number for its bare form too.
                if forms.bareLowered[slice.upperBound - 1] != forms.lowered[slice.upperBound - 1] {
                    possessive = String(texts[texts.count - 1].dropFirst(DocumentWords.removingPossessive(texts[texts.count - 1]).count))
                    texts[texts.count - 1].removeLast(possessive.count)
                }
                guard form.contains(where: { !isOrdinary(DocumentWords.removingPossessive($0)) }),
                      !texts.contains(where: { particles?.contains($0) ?? false }),
                      !followsCommonNounMarker(slice.lowerBound, words: words, document: document),
                      !isInLowercaseHyphenChain(slice, words: words, shapes: shapes, document: document),
                      !slice.contains(where: { words.isInsideAddress($0, in: document) }) else { continue }
                form[form.count - 1] += possessive
                candidates.append((slice, form))
                lowercaseCounts[entry] += 1
                matched = length
                break
            }
            start += max(matched, 1)
        }
        var edits: [Edit] = []
        let recased = Set(candidates.flatMap(\.slice))
        for (slice, form) in candidates {
            var level: Level?
            let entry = table.entry(lowercased: form.map { DocumentWords.removingPossessive($0).lowercased() })
            if let entry {
                let (lowercase, named) = (lowercaseCounts[entry], table.entries[entry].count)
                // A form written in lower case far more often than as a name is the document's own usage (`git`);
                // one written in lower case more often than as a name may be (`pyenv`): only suggested.
                guard lowercase <= 2 * named else { continue }
                if lowercase > named { level = .suggest }
                // One word made of two ordinary ones (`photobook`, `lightstick`) capitalized once or
                // twice, in a heading or a slogan, may be a common noun: only suggested.
                if named <= Self.fewCapitalizations, form.count == 1, isCompoundOfOrdinaryWords(DocumentWords.removingPossessive(form[0])) {
                    level = .suggest
                }
            }
            // Hyphened to an unknown lowercase word left as it is (`florian-lejeune`, where only
            // `Lejeune` is a name of the document), the form is likely part of a slug: only suggested.
            if hyphenedToUnknownLowercaseWord(slice, words: words, forms: forms, shapes: shapes, document: document, except: recased) {
                level = .suggest
            }
            // Leading ordinary words are titles (`envoy`, `minister`): their case is style, not damage.
            let changes = zip(slice, form).drop { lexicon.containsLowercase(words.texts[$0.0]) }
                .filter { !words.texts[$0.0].isIdentical(to: $0.1) }
            // Recasing only ordinary words is certain where the document ends a name with them (`Pedro
            // park` when `Pedro Park` appears); where it only starts one (`Houston police` when `Houston
            // Police Chief` appears) their case is style.
            // A form of proper adjectives and ordinary words (`Chilean Government`) is style, not a name.
            guard changes.contains(where: { !isOrdinary(DocumentWords.removingPossessive(words.texts[$0.0])) })
                    || (entry.map({ endsName[$0] }) == true && !isAdjectivePhrase(form)) else { continue }
            // Only the first word recased, where the form was only ever written at sentence starts:
            // that capital was the place's (`bimetallic CuPd` after a title `Bimetallic CuPd …`).
            if let entry, !firstCapitalInText[entry], changes.count == 1, changes.first?.0 == slice.lowerBound { continue }
            // `Labor government` beside `Labor Government`: the case of such a noun is style.
            if let styleNouns, changes.allSatisfy({ styleNouns.contains(words.texts[$0.0]) }) { continue }
            for (index, replacement) in changes {
                edits.append(info.edit(words.tokens[index].range, replacement, level: level))
            }
        }
        return edits
    }

    /// Whether a word token comes one space after a word of `common-noun-markers` (`a garda`, `an
    /// official`) or after a number (`60,000 crore`): there a lowercase word is a common noun, even
    /// one the document capitalizes in names (`Garda Commissioner`).
    func followsCommonNounMarker(_ index: Int, words: DocumentWords, document: Document) -> Bool {
        let start = words.tokens[index].range.lowerBound
        guard start >= 2, document.units[start - 1] == 0x20 else { return false }
        if document.units[start - 2] &- 0x30 < 10 { return true }
        guard let commonNounMarkers, index > 0, words.tokens[index - 1].range.upperBound == start - 1 else { return false }
        return commonNounMarkers.contains(words.texts[index - 1])
    }

    /// How many capitalized occurrences `isCompoundOfOrdinaryWords` still doubts.
    static let fewCapitalizations = 2

    /// Whether an ASCII word the lexicon lacks is two lexicon words of three letters or more joined
    /// (`Photobook`, `Fanmeeting`).
    func isCompoundOfOrdinaryWords(_ word: String) -> Bool {
        let lowered = word.lowercased()
        let bytes = Array(lowered.utf8)
        guard bytes.count >= 6, bytes.allSatisfy({ $0 &- 0x61 < 26 }), !lexicon.containsLowercase(lowered) else { return false }
        return (3...(bytes.count - 3)).contains { cut in
            lexicon.containsLowercase(String(decoding: bytes[..<cut], as: UTF8.self))
                && lexicon.containsLowercase(String(decoding: bytes[cut...], as: UTF8.self))
        }
    }

    /// Whether a line reads as a heading: short (`headingLength` units at most)
    /// and ending in a letter or digit, as headlines, section titles and captions do; a line of
    /// running text ends in punctuation.
    func isHeadingLine(_ line: Range<Int>, document: Document) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, Document.isSpaceOrLineBreak(document.units[end - 1]) { end -= 1 }
        guard end > line.lowerBound, end - line.lowerBound <= Self.headingLength,
              let last = Unicode.Scalar(document.units[end - 1]) else { return false }
        return CharacterCategory.isLetter(last) || CharacterCategory.isDigit(last)
    }

    /// The longest line, in UTF-16 units, that `isHeadingLine` takes for a heading.
    static let headingLength = 120

    /// Whether every word of a form is ordinary or a proper adjective (`Chilean Government`).
    func isAdjectivePhrase(_ form: [String]) -> Bool {
        guard let properAdjectives else { return false }
        return form.allSatisfy { word in
            let bare = DocumentWords.removingPossessive(word)
            return isOrdinary(bare) || properAdjectives.contains(bare)
        }
    }

    /// Whether a word of a slice lies in a chain of three words or more joined by single hyphens,
    /// all lowercase letters: a slug (`news-coinbase-lists-token-kraken-follows`) or a chant
    /// (`bom-bom-chick-chicker`), where no word is a name.
    func isInLowercaseHyphenChain(_ slice: Range<Int>, words: DocumentWords, shapes: PerTokenValues<WordCase>, document: Document) -> Bool {
        let tokens = words.tokens
        func isLinked(_ left: Int, _ right: Int) -> Bool {
            left >= 0 && right < tokens.count && Self.isHyphen(between: left, and: right, tokens: tokens, document: document)
                && shapes[left].contains(.lowercaseLetters) && shapes[right].contains(.lowercaseLetters)
        }
        return slice.contains { index in
            var first = index, last = index
            while isLinked(first - 1, first) { first -= 1 }
            while isLinked(last, last + 1) { last += 1 }
            return last - first >= 2
        }
    }

    /// Whether two tokens are separated by a single hyphen.
    static func isHyphen(between left: Int, and right: Int, tokens: [Token], document: Document) -> Bool {
        let gap = tokens[left].range.upperBound..<tokens[right].range.lowerBound
        return gap.count == 1 && document.units[gap.lowerBound] == 0x2D
    }

    /// Whether the token before or after a slice is joined to it by a hyphen alone and is lowercase
    /// letters the lexicon lacks, other than the tokens `except`, in a compound the document never
    /// writes with the slice's word capitalized (`Suk-yeol` makes `suk-yeol` a name, not a slug).
    func hyphenedToUnknownLowercaseWord(_ slice: Range<Int>, words: DocumentWords, forms: LoweredForms,
                                        shapes: PerTokenValues<WordCase>, document: Document, except: Set<Int>) -> Bool {
        let tokens = words.tokens
        let texts = words.texts
        func hyphenBetween(_ left: Int, _ right: Int) -> Bool { Self.isHyphen(between: left, and: right, tokens: tokens, document: document) }
        /// Whether `neighbor`, hyphened to `word`, makes a slug-like compound.
        func isSlugLike(word: Int, neighbor: Int) -> Bool {
            guard !except.contains(neighbor), shapes[neighbor].contains(.lowercaseLetters),
                  !lexicon.containsLowercase(texts[neighbor]) else { return false }
            let offset = neighbor - word
            // Compared by number: the same form is the same text, the same lowered number the same lowercased text.
            let named = tokens.indices.contains { index in
                let other = index + offset
                return other >= 0 && other < tokens.count && shapes[index].contains(.capitalized)
                    && words.tokenForms[other] == words.tokenForms[neighbor] && forms.lowered[index] == forms.lowered[word]
                    && hyphenBetween(min(index, other), max(index, other))
            }
            return !named
        }
        if slice.lowerBound > 0, hyphenBetween(slice.lowerBound - 1, slice.lowerBound),
           isSlugLike(word: slice.lowerBound, neighbor: slice.lowerBound - 1) {
            return true
        }
        return slice.upperBound < tokens.count && hyphenBetween(slice.upperBound - 1, slice.upperBound)
            && isSlugLike(word: slice.upperBound - 1, neighbor: slice.upperBound)
    }

    /// Whether a word of the tokens is lowercase letters only (the last without its possessive):
    /// a name written as a name needs no recasing.
    func hasLowercaseWord(_ slice: Range<Int>, words: DocumentWords, forms: LoweredForms, shapes: PerTokenValues<WordCase>) -> Bool {
        if slice.dropLast().contains(where: { shapes[$0].contains(.lowercaseLetters) }) { return true }
        return Self.isLowercaseWithoutPossessive(form: Int(words.tokenForms[slice.upperBound - 1]), words: words, forms: forms, shapes: shapes)
    }

    /// Whether a word form without its possessive is lowercase letters only.
    static func isLowercaseWithoutPossessive(form: Int, words: DocumentWords, forms: LoweredForms, shapes: PerTokenValues<WordCase>) -> Bool {
        // A word without a possessive has its lowercased form's number for its bare form too.
        if forms.byForm.bareLowered[form] == forms.byForm.lowered[form] { return shapes.value(ofForm: form).contains(.lowercaseLetters) }
        return WordCase(DocumentWords.removingPossessive(words.texts.value(ofForm: form))).contains(.lowercaseLetters)
    }
}

import Foundation
import ICU

/// `kind: case-consistency` — cases words the way the document itself does.
///
/// Fields: `lexicon` (word set), `operation`:
/// - `names`: a lowercase word sequence the document writes elsewhere as a capitalized name
///   (`minister qin gang` when `Qin Gang` appears) is recased, provided one of its words is not an
///   ordinary lowercase word (so `bill` stays when `Bill Gates` appears) and none is a name particle
///   of the `particles` set (`de`, `van`: their case varies by person and position), and the lowercase
///   form is at most twice as frequent as the name (more frequent than the name: only suggested),
///   and a word it recases is no ordinary word unless the document ends a run of capitalized words
///   with the name (`Pedro park` is recased when `Pedro Park` appears; `Houston police` stays when
///   only `Houston Police Chief` does). Words ending in one of `ordinary-endings` (`ology`) count as
///   ordinary too.
///   Capitalized words on a line in title case (`TitleCaseLines`, a headline) are no evidence of a name.
///   Ordinary words before the name (a title: `envoy`) keep their case. A form hyphened to an
///   unknown lowercase word that stays (`florian-lejeune`, a slug) is only suggested. A form of
///   ordinary words and `proper-adjectives` (`Chilean Government`) is style: it recases nothing.
/// - `name-variants`: a first name one inner letter longer or shorter than another first name used
///   before the same surname (`Philip Smith` / `Phillip Smith`), neither an ordinary word, and never
///   in one sentence together, takes the more frequent form; on a tie, `on-tie`
///   says what to do: `first` (the form of the first full mention, as news style gives it), `suggest`
///   (the same, only suggested) or `skip`.
/// - `sentence-start`: a lowercase word starting a paragraph, or following `.`, `!` or `?` after an
///   ordinary (lexicon) word that is not in the `abbreviations` set, is capitalized when it is a
///   lexicon word or the document capitalizes it elsewhere, and is not a name particle. A word of
///   `question-openers` (`is`, `does`) opens an English sentence only as a question: when the
///   sentence it would open does not end with `?`, the period before it may be stray (`the place. is
///   one of`), and the capital is only suggested.
/// - `mid-sentence-capitals`: a word of the `capitals` set (`The`, `It`) after a lowercase word, a
///   comma or a semicolon and a space, and before a space and a lowercase word, is lowercased
///   (`in The summer`, `coalition; It can`): there it is neither a sentence start nor a title.
/// Case mapping uses ICU with the document's locale.
struct CaseConsistencyRule: Rule {
    /// What the rule makes consistent.
    enum Operation: String, CaseIterable, Sendable {
        case names
        case nameVariants = "name-variants"
        case sentenceStart = "sentence-start"
        case midSentenceCapitals = "mid-sentence-capitals"
    }

    /// What a tie between two name variants does.
    enum Tie: String, CaseIterable, Sendable { case first, suggest, skip }

    let info: RuleInfo
    let operation: Operation
    let lexicon: Lexicon
    let onTie: Tie
    let abbreviations: WordSet?
    let particles: WordSet?
    /// Capitalized adjectives that are no names (`Chilean`): `Chilean Government` is no evidence for
    /// recasing `Chilean government`.
    let properAdjectives: WordSet?
    /// Endings that make a lowercase word an ordinary one when the lexicon lacks it (`climatology`),
    /// as lowercase UTF-8.
    let ordinaryEndings: [[UInt8]]
    /// Lowercase words that open a sentence only when it is a question (`is`, `does`).
    let questionOpeners: Set<String>
    /// The capitalized words `mid-sentence-capitals` lowercases, as UTF-16.
    let capitals: [[UInt16]]

    /// Longest name, in words, matched as a whole.
    static let longestName = 4

    init(spec: RuleSpec) throws {
        info = spec.info
        guard let name = try spec.string("operation", required: true), let operation = Operation(rawValue: name) else {
            throw spec.error("'operation' must be one of \(Operation.allCases.map(\.rawValue).joined(separator: ", "))", at: "operation")
        }
        self.operation = operation
        guard let lexiconName = try spec.string("lexicon", required: true) else { throw spec.error("missing lexicon") }
        lexicon = Lexicon(try spec.wordSet(named: lexiconName, at: "lexicon"))
        onTie = try spec.choice("on-tie", default: .suggest)
        abbreviations = try spec.string("abbreviations").map { try spec.wordSet(named: $0, at: "abbreviations") }
        particles = try spec.string("particles").map { try spec.wordSet(named: $0, at: "particles") }
        properAdjectives = try spec.string("proper-adjectives").map { try spec.wordSet(named: $0, at: "proper-adjectives") }
        let endings = try spec.strings("ordinary-endings") ?? []
        if let ending = endings.first(where: { $0.isEmpty || !$0.utf8.allSatisfy({ $0 &- 0x61 < 26 }) }) {
            throw spec.error("ordinary ending '\(ending)' must be lowercase letters a-z", at: "ordinary-endings")
        }
        ordinaryEndings = endings.map { Array($0.utf8) }
        questionOpeners = Set(try spec.strings("question-openers") ?? [])
        capitals = try spec.string("capitals").map { try spec.wordSet(named: $0, at: "capitals").words.map { Array($0.utf16) } } ?? []
        if operation == .midSentenceCapitals && capitals.isEmpty {
            throw spec.error("operation 'mid-sentence-capitals' needs 'capitals' (a word set)", at: "operation")
        }
    }

    /// Whether a word is an ordinary word, not a name: the lexicon has it in lower case, or, longer
    /// by three letters at least, it ends with one of `ordinaryEndings` (`climatology`, `ridership`).
    private func isOrdinary(_ word: String) -> Bool {
        if lexicon.containsLowercase(word) { return true }
        guard !ordinaryEndings.isEmpty else { return false }
        var word = word
        return word.withUTF8 { bytes in
            ordinaryEndings.contains { ending in
                // The ending's letters are a-z: a word ends with it when its last bytes are those
                // letters in either case, and three letters or more come before.
                guard bytes.count >= ending.count + 3 else { return false }
                let start = bytes.count - ending.count
                for (offset, letter) in ending.enumerated() where bytes[start + offset] | 0x20 != letter { return false }
                return bytes[..<start].suffix(3).allSatisfy { ($0 | 0x20) &- 0x61 < 26 || $0 >= 0x80 }
            }
        }
    }

    func edits(in document: Document) throws -> [Edit] {
        let words = document.words
        switch operation {
        case .names: return names(words, document: document)
        case .nameVariants: return nameVariants(words, document: document)
        case .sentenceStart: return sentenceStarts(words, document: document)
        case .midSentenceCapitals: return midSentenceCapitals(words, document: document)
        }
    }

    /// Runs of consecutive word tokens that pass a test, each joined to the next by a single space.
    private func runs(_ words: DocumentWords, document: Document, where include: (Int) -> Bool) -> [Range<Int>] {
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
    /// letter, a digit, a comma, a semicolon or a closing mark comes before it, it starts a sentence,
    /// a line, a heading, a list item or a parenthesis.
    private func startsSentence(_ token: Token, document: Document) -> Bool {
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
        return !(CharacterCategory.isLetter(scalar) || CharacterCategory.isDigit(scalar))
    }

    private func names(_ words: DocumentWords, document: Document) -> [Edit] {
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
        let tokens = words.tokens
        // A headline's capitals are style, not names.
        let titleCaseLines = TitleCaseLines(words, document: document, shapes: shapes, lexicon: lexicon)
        for run in runs(words, document: document, where: { shapes[$0].contains(.nameLike) }) {
            guard !titleCaseLines.contains(token: run.lowerBound) else { continue }
            for start in run {
                for length in 1...min(Self.longestName, run.upperBound - start) {
                    // A sentence's first word is capitalized anyway: alone it is no evidence of a name.
                    if length == 1 && startsSentence(tokens[start], document: document) { continue }
                    let entry = table.record(start..<(start + length))
                    if entry == endsName.count { endsName.append(false) }
                    if start + length == run.upperBound { endsName[entry] = true }
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
            }
            // Hyphened to an unknown lowercase word left as it is (`florian-lejeune`, where only
            // `Lejeune` is a name of the document), the form is likely part of a slug: only suggested.
            if hyphenedToUnknownLowercaseWord(slice, words: words, shapes: shapes, document: document, except: recased) {
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
            for (index, replacement) in changes {
                edits.append(info.edit(words.tokens[index].range, replacement, level: level))
            }
        }
        return edits
    }

    /// Whether every word of a form is ordinary or a proper adjective (`Chilean Government`).
    private func isAdjectivePhrase(_ form: [String]) -> Bool {
        guard let properAdjectives else { return false }
        return form.allSatisfy { word in
            let bare = DocumentWords.removingPossessive(word)
            return isOrdinary(bare) || properAdjectives.contains(bare)
        }
    }

    /// Whether the token before or after a slice is joined to it by a hyphen alone and is lowercase
    /// letters the lexicon lacks, other than the tokens `except`, in a compound the document never
    /// writes with the slice's word capitalized (`Suk-yeol` makes `suk-yeol` a name, not a slug).
    private func hyphenedToUnknownLowercaseWord(_ slice: Range<Int>, words: DocumentWords, shapes: PerTokenValues<WordCase>,
                                                document: Document, except: Set<Int>) -> Bool {
        let tokens = words.tokens
        let texts = words.texts
        func hyphenBetween(_ left: Int, _ right: Int) -> Bool {
            let gap = tokens[left].range.upperBound..<tokens[right].range.lowerBound
            return gap.count == 1 && document.units[gap.lowerBound] == 0x2D
        }
        /// Whether `neighbor`, hyphened to `word`, makes a slug-like compound.
        func isSlugLike(word: Int, neighbor: Int) -> Bool {
            guard !except.contains(neighbor), shapes[neighbor].contains(.lowercaseLetters),
                  !lexicon.containsLowercase(texts[neighbor]) else { return false }
            let offset = neighbor - word
            let lowered = texts[word].lowercased()
            let named = tokens.indices.contains { index in
                let other = index + offset
                return other >= 0 && other < tokens.count && shapes[index].contains(.capitalized)
                    && texts[other].isIdentical(to: texts[neighbor]) && texts[index].lowercased() == lowered
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
    private func hasLowercaseWord(_ slice: Range<Int>, words: DocumentWords, forms: LoweredForms, shapes: PerTokenValues<WordCase>) -> Bool {
        if slice.dropLast().contains(where: { shapes[$0].contains(.lowercaseLetters) }) { return true }
        return Self.isLowercaseWithoutPossessive(form: Int(words.tokenForms[slice.upperBound - 1]), words: words, forms: forms, shapes: shapes)
    }

    /// Whether a word form without its possessive is lowercase letters only.
    private static func isLowercaseWithoutPossessive(form: Int, words: DocumentWords, forms: LoweredForms, shapes: PerTokenValues<WordCase>) -> Bool {
        // A word without a possessive has its lowercased form's number for its bare form too.
        if forms.byForm.bareLowered[form] == forms.byForm.lowered[form] { return shapes.value(ofForm: form).contains(.lowercaseLetters) }
        return WordCase(DocumentWords.removingPossessive(words.texts.value(ofForm: form))).contains(.lowercaseLetters)
    }

    private func nameVariants(_ words: DocumentWords, document: Document) -> [Edit] {
        // Each capitalized word followed by a single space and another: a first name and a surname.
        let tokens = words.tokens, units = document.units, shapes = words.wordCases
        func isCapitalized(_ index: Int) -> Bool {
            let first = units[tokens[index].range.lowerBound]
            return !(first >= 0x61 && first <= 0x7A) && shapes[index].contains(.capitalized)
        }
        var firstNames: [Int] = []
        for index in tokens.indices.dropLast()
        where document.isSingleSpace(tokens[index].range.upperBound..<tokens[index + 1].range.lowerBound) && isCapitalized(index) && isCapitalized(index + 1) {
            firstNames.append(index)
        }
        let pairs = Self.pairsWithTwoFirstNames(firstNames, words: words).map { index in
            (first: index, last: DocumentWords.removingPossessive(words.texts[index + 1]))
        }
        var edits: [Edit] = []
        for group in Dictionary(grouping: pairs, by: \.last).values {
            var counts: [String: Int] = [:]
            var firstSeen: [String: Int] = [:]
            for pair in group {
                let name = words.texts[pair.first]
                counts[name, default: 0] += 1
                if firstSeen[name] == nil { firstSeen[name] = pair.first }
            }
            // One first name before the surname has no variant.
            guard counts.count >= 2 else { continue }
            for variant in counts.keys {
                // Ordinary words (`Were`/`Where` at sentence starts) are not first names.
                guard !lexicon.containsLowercase(variant),
                      let canonical = counts.keys.first(where: { $0 != variant && Self.differByOneInnerLetter($0, variant) && !lexicon.containsLowercase($0) }),
                      !Self.shareASentence(variant, canonical, group: group, words: words, document: document) else { continue }
                let (variantCount, canonicalCount) = (counts[variant]!, counts[canonical]!)
                var level = info.level
                if variantCount == canonicalCount {
                    guard onTie != .skip, firstSeen[canonical]! < firstSeen[variant]! else { continue }
                    if onTie == .suggest { level = .suggest }
                } else if variantCount > canonicalCount {
                    continue
                }
                for pair in group where words.texts[pair.first].isIdentical(to: variant) {
                    edits.append(info.edit(words.tokens[pair.first].range, canonical,
                                           message: info.message + " (the document writes \(canonical) \(pair.last) elsewhere)", level: level))
                }
            }
        }
        return edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first names (word token indices, each followed by its surname) whose surname some other
    /// first name of another form precedes too, in order: only their surnames can have two first
    /// names. Surnames are compared by their bare lowercased number (equal bare texts have equal ones),
    /// first names by form (equal forms are equal texts), so no pair of a surname with two first names is left out.
    private static func pairsWithTwoFirstNames(_ firstNames: [Int], words: DocumentWords) -> [Int] {
        guard firstNames.count >= 2 else { return [] }
        let bareLowered = words.loweredForms.bareLowered, tokenForms = words.tokenForms
        let keyed = firstNames.map { (surname: bareLowered[$0 + 1], form: tokenForms[$0], index: $0) }
            .sorted { ($0.surname, $0.form) < ($1.surname, $1.form) }
        var kept: [Int] = []
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count && keyed[end].surname == keyed[start].surname { end += 1 }
            // Sorted by form within a surname: two forms differ when the first and last do.
            if keyed[start].form != keyed[end - 1].form { kept.append(contentsOf: keyed[start..<end].map(\.index)) }
            start = end
        }
        return kept.sorted()
    }

    /// Whether one name is the other with one more letter inside it, first and last letters shared
    /// (`Jon`/`John`); `Mark`/`Marko` or `Joan`/`John` are different names.
    static func differByOneInnerLetter(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count < b.count ? (Array(a), Array(b)) : (Array(b), Array(a))
        guard long.count == short.count + 1, short.count >= 3, short.first == long.first, short.last == long.last else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        return short[i...] == long[(i + 1)...]
    }

    /// Whether both first names stand in one sentence (then they are two people).
    private static func shareASentence(_ a: String, _ b: String, group: [(first: Int, last: String)], words: DocumentWords, document: Document) -> Bool {
        func sentences(of name: String) -> Set<Int> {
            Set(group.filter { words.texts[$0.first].isIdentical(to: name) }
                .compactMap { document.sentence(containing: words.tokens[$0.first].range.lowerBound)?.lowerBound })
        }
        return !sentences(of: a).isDisjoint(with: sentences(of: b))
    }

    private func sentenceStarts(_ words: DocumentWords, document: Document) -> [Edit] {
        let mapper = CaseMapper(locale: document.locale)
        var edits: [Edit] = []
        let facts = words.facts
        for (index, token) in words.tokens.enumerated() {
            // The per-form facts are `WordShape.isLowercase` and `WordShape.isLetters` of the text.
            guard followsLineStartOrSentenceEnd(token.range.lowerBound, document: document),
                  facts[index].isLowercase, facts[index].isLetters else { continue }
            let text = words.texts[index]
            guard startsParagraphOrSentence(index, words: words, document: document),
                  !(particles?.contains(text) ?? false) else { continue }
            let capitalized = mapper.capitalizingFirstLetter(text)
            // An unknown word is capitalized only when the document writes it so elsewhere (a name).
            guard lexicon.containsLowercase(text) || words.capitalized.contains(capitalized) else { continue }
            if questionOpeners.contains(text), !sentenceEndsInQuestionMark(after: token.range.upperBound, document: document) {
                edits.append(info.edit(token.range, capitalized, message: info.message + " (suggested: '\(text)' opens no question here, so the period before it may be stray)",
                                       level: .suggest))
            } else {
                edits.append(info.edit(token.range, capitalized))
            }
        }
        return edits
    }

    /// The `mid-sentence-capitals` edits: each word of `capitals` between a lowercase word (or `,`,
    /// `;`) and a lowercase word, lowercased.
    private func midSentenceCapitals(_ words: DocumentWords, document: Document) -> [Edit] {
        // The forms of the set's words, found once: most documents hold a few of them.
        var isCapital = [Bool](repeating: false, count: words.formCount)
        var any = false
        for word in capitals {
            if let form = word.withUnsafeBufferPointer({ words.formNumber(units: $0) }) {
                isCapital[form] = true
                any = true
            }
        }
        guard any else { return [] }
        let units = document.units
        let tokens = words.tokens
        let facts = words.facts
        let mapper = CaseMapper(locale: document.locale)
        var edits: [Edit] = []
        for index in tokens.indices where isCapital[Int(words.tokenForms[index])] {
            let range = tokens[index].range
            // A lowercase word and a space before it, or `,` or `;` and a space.
            guard range.lowerBound >= 2, units[range.lowerBound - 1] == 0x20 else { continue }
            let before = units[range.lowerBound - 2]
            if before != 0x2C && before != 0x3B {
                guard index > 0, tokens[index - 1].range.upperBound == range.lowerBound - 1,
                      facts[index - 1].isLowercase, facts[index - 1].isLetters else { continue }
            }
            // A space and a lowercase word after it.
            guard index + 1 < tokens.count, range.upperBound < units.count, units[range.upperBound] == 0x20,
                  tokens[index + 1].range.lowerBound == range.upperBound + 1, facts[index + 1].isLowercase else { continue }
            edits.append(info.edit(range, mapper.lowercased(words.texts[index])))
        }
        return edits
    }

    /// Whether the first `.`, `!`, `?` or line end after an offset is a `?`.
    private func sentenceEndsInQuestionMark(after offset: Int, document: Document) -> Bool {
        let units = document.units
        var index = offset
        while index < units.count {
            switch units[index] {
            case 0x3F: return true
            case 0x2E, 0x21, 0x0A: return false
            default: index += 1
            }
        }
        return false
    }

    /// Whether an offset is at a line start (after indentation, which a later phase removes) or after
    /// `.`/`!`/`?` and a space: a quick test every token starting a paragraph or sentence passes.
    private func followsLineStartOrSentenceEnd(_ start: Int, document: Document) -> Bool {
        let units = document.units
        if start == 0 || units[start - 1] == 0x0A { return true }
        if start >= 2 && units[start - 1] == 0x20 && (units[start - 2] == 0x2E || units[start - 2] == 0x21 || units[start - 2] == 0x3F) {
            return true
        }
        // After indentation: only spaces and tabs back to a line start.
        var lineStart = start
        while lineStart > 0, units[lineStart - 1] == 0x20 || units[lineStart - 1] == 0x09 { lineStart -= 1 }
        return lineStart < start && (lineStart == 0 || units[lineStart - 1] == 0x0A)
    }

    /// Whether the text before a paragraph (blank lines and spaces skipped) ends mid-sentence: in a
    /// lowercase letter, or in `,`, `;`, `]` or a dash (a scraper's break inside a sentence).
    private static func previousParagraphEndsMidSentence(before paragraph: Range<Int>, document: Document) -> Bool {
        let units = document.units
        var end = paragraph.lowerBound
        while end > 0, Document.isBlank(units[end - 1]) { end -= 1 }
        guard end > 0, end < paragraph.lowerBound else { return false }
        switch units[end - 1] {
        case 0x2C, 0x3B, 0x5D, 0x2013, 0x2014: return true
        default: break
        }
        guard let scalar = Unicode.Scalar(units[end - 1]) else { return false }
        return CharacterCategory.isLowercase(scalar)
    }

    /// At a paragraph start (unless the paragraph before ends mid-sentence), or after `.`/`!`/`?` and
    /// a space following an ordinary lowercase word (or an ordinary capitalized one before `.`).
    private func startsParagraphOrSentence(_ index: Int, words: DocumentWords, document: Document) -> Bool {
        let start = words.tokens[index].range.lowerBound
        let end = words.tokens[index].range.upperBound
        if end < document.count, document.units[end] == 0x29 || document.units[end] == 0x2E { return false }   // `a)`, `b.`
        if let paragraph = document.paragraph(containing: start),
           document.units[paragraph.lowerBound..<start].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            // A paragraph after one ending mid-sentence continues its sentence (a scraper's break).
            if Self.previousParagraphEndsMidSentence(before: paragraph, document: document) { return false }
            // Prose: three words or more ending in sentence punctuation; a lowercase command or code line is not.
            let text = document.string(paragraph).trimmingCharacters(in: .whitespaces)
            return text.filter { $0 == " " }.count >= 2 && (text.last.map { ".!?…”\"".contains($0) } ?? false)
        }
        guard start >= 2, document.units[start - 1] == 0x20, [0x2E, 0x21, 0x3F].contains(document.units[start - 2]),
              index > 0 else { return false }
        let previous = words.tokens[index - 1]
        guard previous.range.upperBound == start - 2 else { return false }
        let previousText = words.texts[index - 1]
        // A capitalized word before `!` or `?` may be a name that holds the mark (`Yahoo!`, the party `Together!`).
        let ordinary = WordShape.isLowercase(previousText)
            ? lexicon.containsLowercase(previousText)
            : WordShape.isCapitalized(previousText) && lexicon.contains(previousText) && document.units[start - 2] == 0x2E
        guard ordinary, WordShape.isLetters(previousText), previousText.count >= 2,
              !(abbreviations?.contains(previousText) ?? false) else { return false }
        let before = previous.range.lowerBound
        return before == 0 || document.units[before - 1] != 0x2E
    }
}

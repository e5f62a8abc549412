import ICU

/// The word tokens of a document with what rules ask about them: how often each form occurs,
/// which capitalized forms the document uses as names, and the words around a position.
final class DocumentWords {
    /// Word tokens in text order.
    let tokens: [Token]
    /// The number tokens that start with an ASCII letter, in text order (ICU reads letters followed
    /// by digits as a number: `September13`, `A320`).
    let letteredNumbers: [Token]
    /// Each word token's text, by token index.
    let texts: PerTokenValues<String>
    /// How many times each word token's exact form occurs, by token index (`count(of:)` per token).
    let occurrences: PerTokenValues<Int>
    /// Shape facts of each word token, by token index.
    let facts: PerTokenValues<Facts>
    /// Each word token's form: the number of its units in `forms`, parallel to `tokens`.
    let tokenForms: [Int32]
    /// The distinct forms by their units, numbered in order of first occurrence (in a document made
    /// by edits, after the forms of the document before it).
    private let forms: UnitWordTable
    /// The text of each form of `forms`.
    private let formTexts: [String]
    /// The shape facts of each form of `forms`.
    private let formFacts: [Facts]
    /// How many tokens have each form of `forms` (unit for unit).
    private let formTokenCounts: [Int]
    /// How many tokens have each form of `forms` (canonically equivalent forms counted together).
    private let formCounts: [Int]
    /// Whether some form is not normalization free (`UnitWordTable.isNormalizationFree`): two
    /// different unit forms may then be the same `String`, so lookups go through `String`s.
    private let hasUnnormalizedForms: Bool
    /// The groups of canonically equivalent forms, when some form is not normalization free
    /// (handed on to the next round's words, which extend them).
    private let equivalentForms: EquivalentForms?
    /// Address answers by chunk start, shared by the rules that ask about the same tokens.
    private let addressMemo = AddressMemo()
    /// Forms and counts keyed by `String`, and the capitalized forms, built on first use.
    private let stringMemo = StringMemo()
    /// Token index lists rules select from these words, by the key they choose.
    private let selectionMemo = SelectionMemo()
    /// Per-form answers of the case rules, built on first use and carried into the words of the
    /// next round (which keep the form numbers).
    private let formMemo: FormMemo

    /// Shape facts of one word token that several rules ask about.
    struct Facts: Equatable {
        /// The number of characters (grapheme clusters).
        let characterCount: Int
        /// Whether the token holds a decimal digit (`WordShape.hasDigit`).
        let hasDigit: Bool
        /// Whether every unit is ASCII.
        let isASCII: Bool
        /// Whether an ASCII lowercase letter is followed by an ASCII uppercase one (ASCII tokens only).
        let hasASCIICaseSeam: Bool
        /// `WordShape.isLowercase` of the text.
        let isLowercase: Bool
        /// `WordShape.isLetters` of the text.
        let isLetters: Bool
        /// `WordCase` of an ASCII text, found in the same pass over the units (nil for other texts).
        let asciiWordCase: WordCase?
        /// What lowercasing does to an ASCII text (nil for other texts).
        let asciiLowercasing: LoweredForms.PlainKind?

        /// The facts of a word's units (`text` is the same word, read only when it is not ASCII).
        init(units: UnsafeBufferPointer<UInt16>, text: String) {
            var ascii = true, digit = false, seam = false, letters = !units.isEmpty, carriageReturn = false
            var sawLower = false, sawUpper = false, previousLower = false
            // For `WordCase`: the first letter, an uppercase letter after it, any other unit than letters and `'`.
            var firstLetter: UInt16 = 0, upperAfterFirst = false, lettersAndApostrophes = true
            for unit in units {
                guard unit < 0x80 else { ascii = false; break }
                let lower = unit >= 0x61 && unit <= 0x7A, upper = unit >= 0x41 && unit <= 0x5A
                if upper && previousLower { seam = true }
                if unit >= 0x30 && unit <= 0x39 { digit = true }
                if unit == 0x0D { carriageReturn = true }
                if !lower && !upper {
                    letters = false
                    if unit != 0x27 { lettersAndApostrophes = false }
                } else if firstLetter == 0 {
                    firstLetter = unit
                } else if upper {
                    upperAfterFirst = true
                }
                sawLower = sawLower || lower
                sawUpper = sawUpper || upper
                previousLower = lower
            }
            if ascii {
                // In ASCII only CR LF joins two scalars into one character: a word is counted by its units.
                characterCount = carriageReturn ? text.count : units.count
                hasDigit = digit
                isASCII = true
                hasASCIICaseSeam = seam
                isLowercase = sawLower && !sawUpper
                isLetters = letters
                // The answers `WordCase.init` gives an ASCII word.
                let startsUpper = firstLetter >= 0x41 && firstLetter <= 0x5A
                var wordCase: WordCase = []
                if sawLower && !sawUpper && letters { wordCase.insert(.lowercaseLetters) }
                if startsUpper && !upperAfterFirst { wordCase.insert(.capitalized) }
                if startsUpper && sawLower && lettersAndApostrophes { wordCase.insert(.nameLike) }
                asciiWordCase = wordCase
                let count = units.count
                asciiLowercasing = sawUpper ? .changed
                    : count > 2 && units[count - 1] == 0x73 && units[count - 2] == 0x27 ? .ownWithPossessive : .own
            } else {
                characterCount = text.count
                hasDigit = WordShape.hasDigit(text)
                isASCII = false
                hasASCIICaseSeam = false
                isLowercase = WordShape.isLowercase(text)
                isLetters = WordShape.isLetters(text)
                asciiWordCase = nil
                asciiLowercasing = nil
            }
        }
    }

    /// Lexicon answers per token, by lexicon, shared by the rules that use the same lexicon.
    private let lexiconMemo: LexiconMemo

    /// Remembered `Lexicon.contains` answers for the word forms of one document, carried into
    /// the words of the next round (which keep the form numbers).
    final class LexiconAnswers {
        /// The lexicon asked (kept alive so its identity is not reused).
        private let lexicon: Lexicon
        /// Per form: 0 not asked yet, 1 absent, 2 present (a plain buffer: no exclusivity checks per token).
        private let answers: UnsafeMutableBufferPointer<UInt8>

        init(lexicon: Lexicon, formCount: Int, inheriting previous: LexiconAnswers?) {
            self.lexicon = lexicon
            answers = .allocate(capacity: max(formCount, 1))
            answers.initialize(repeating: 0)
            if let previous {
                // Forms keep their numbers from round to round; the previous words had fewer forms.
                _ = answers.update(fromContentsOf: previous.answers.prefix(min(previous.answers.count, answers.count)))
            }
        }

        deinit {
            answers.deallocate()
        }

        /// `lexicon.contains` of the text of the word token at an index, asked once per form
        /// (ASCII forms are looked up by their units in the document).
        @inline(__always)
        func contains(_ index: Int, in words: DocumentWords, document: Document) -> Bool {
            let form = Int(words.tokenForms[index])
            let known = answers[form]
            return known != 0 ? known == 2 : lookUp(index, form: form, in: words, document: document)
        }

        /// `contains` of a form not asked yet: the lexicon's answer, remembered.
        private func lookUp(_ index: Int, form: Int, in words: DocumentWords, document: Document) -> Bool {
            let answer = words.facts[index].isASCII
                ? lexicon.contains(asciiUnits: UnsafeBufferPointer(rebasing: document.units[words.tokens[index].range]))
                : lexicon.contains(words.texts[index])
            answers[form] = answer ? 2 : 1
            return answer
        }
    }

    /// Lexicon answers by lexicon identity.
    private final class LexiconMemo {
        var byLexicon: [ObjectIdentifier: LexiconAnswers] = [:]
        /// The answers of the previous round's words, adopted on first use.
        let inherited: [ObjectIdentifier: LexiconAnswers]

        init(inheriting previous: LexiconMemo?) {
            inherited = previous?.byLexicon ?? [:]
        }
    }

    /// The remembered lexicon answers for this document's tokens (one memo per lexicon).
    func lexiconAnswers(for lexicon: Lexicon) -> LexiconAnswers {
        let key = ObjectIdentifier(lexicon.identity)
        if let known = lexiconMemo.byLexicon[key] { return known }
        let answers = LexiconAnswers(lexicon: lexicon, formCount: formCount, inheriting: lexiconMemo.inherited[key])
        lexiconMemo.byLexicon[key] = answers
        return answers
    }

    /// Remembered `String`-keyed views of the forms.
    private final class StringMemo {
        var counts: [String: Int]?
        var capitalized: Set<String>?
    }

    /// Per-form values: each array covers the forms `0..<count` numbered when it was filled.
    private final class FormMemo {
        var wordCases: [WordCase]
        var lowered: LoweredForms.ByForm

        init(inheriting previous: FormMemo?) {
            wordCases = previous?.wordCases ?? []
            lowered = previous?.lowered ?? LoweredForms.ByForm()
        }
    }

    /// The forms grouped by `String ==` (canonical equivalence), numbered in order of first form:
    /// built once and extended by the words of later rounds (whose forms keep their numbers).
    private final class EquivalentForms {
        /// Each group's number by the text of its forms.
        private var groupByText: [String: Int32] = [:]
        /// The group of each form covered so far (a prefix of the forms).
        private(set) var groupOfForm: [Int32] = []

        /// How many groups there are.
        var groupCount: Int { groupByText.count }

        /// The groups of the previous words to extend, when they cover exactly those words' forms (no
        /// other words extended them since); new empty groups otherwise.
        static func adopting(_ previous: EquivalentForms?, formCount: Int) -> EquivalentForms {
            if let previous, previous.groupOfForm.count == formCount { return previous }
            return EquivalentForms()
        }

        /// The value of a dictionary entry reached through its `default:` subscript (which inserts
        /// the default when the key is absent): one lookup for "find or add".
        private static func value(_ group: inout Int32) -> Int32 { group }

        /// Groups the forms not covered yet.
        func extend(to formTexts: [String]) {
            guard groupOfForm.count < formTexts.count else { return }
            if groupOfForm.isEmpty {
                // Sized once for the forms of the first words; later rounds add few forms (amortized growth).
                groupByText.reserveCapacity(formTexts.count)
                groupOfForm.reserveCapacity(formTexts.count)
            }
            for number in groupOfForm.count..<formTexts.count {
                // One lookup: a text not seen before gets the next group number.
                let next = Int32(truncatingIfNeeded: groupByText.count)
                groupOfForm.append(Self.value(&groupByText[formTexts[number], default: next]))
            }
        }
    }

    /// Remembered token selections by key.
    private final class SelectionMemo {
        var byKey: [String: [[Int32]]] = [:]
    }

    /// Token index lists made by `select` the first time `key` is asked for these words, then
    /// remembered: rules sharing a key (and so the same selection) walk the tokens once.
    func selection(_ key: String, _ select: () -> [[Int32]]) -> [[Int32]] {
        if let known = selectionMemo.byKey[key] { return known }
        let selected = select()
        selectionMemo.byKey[key] = selected
        return selected
    }

    /// Remembered answers of `Document.isAddress(chunk:)`.
    private final class AddressMemo {
        var byChunkStart: [Int: Bool] = [:]
    }

    /// The words of a document; `previous`, when given, holds the words of the document it was
    /// edited from and the stretches whose tokens it kept (`TokenReuse`): those tokens keep their
    /// form numbers, and only forms not seen before are read. Forms no token has any more stay
    /// numbered, with a count of 0.
    init(_ document: Document, reusing previous: (words: DocumentWords, reused: [TokenReuse.Span])? = nil) {
        let allTokens = document.tokens
        var tokens: [Token] = [], letteredNumbers: [Token] = []
        tokens.reserveCapacity(allTokens.count / 2 + 1)
        let units = document.units
        for token in allTokens {
            if token.kind == .word {
                tokens.append(token)
            } else if token.kind == .number {
                let first = units[token.range.lowerBound] | 0x20
                if first >= 0x61 && first <= 0x7A { letteredNumbers.append(token) }
            }
        }
        self.tokens = tokens
        self.letteredNumbers = letteredNumbers
        // Each distinct unit form gets a number and one String, so no token's text is hashed as a String.
        var forms = previous?.words.forms ?? UnitWordTable(capacity: tokens.count)
        var formTexts = previous?.words.formTexts ?? []
        var formFacts = previous?.words.formFacts ?? []
        if previous == nil {
            // About half of a text's word tokens have a form of their own (at most one growth beyond that).
            formTexts.reserveCapacity(tokens.count / 2 + 16)
            formFacts.reserveCapacity(tokens.count / 2 + 16)
        }
        var tokenForms: [Int32] = []
        tokenForms.reserveCapacity(tokens.count)
        var hasUnnormalizedForms = previous?.words.hasUnnormalizedForms ?? false
        var kept = KeptForms(previous)
        formMemo = FormMemo(inheriting: previous?.words.formMemo)
        lexiconMemo = LexiconMemo(inheriting: previous?.words.lexiconMemo)
        // A token whose word the thread's memo numbered (`KeptWordForms`) takes the text and facts
        // worked out there, and the next token of the same entry finds its form in the entry's note.
        let keptWords = previous == nil ? document.keptWordEntries() : nil
        let entries = keptWords.map { $0.entries.count == tokens.count ? $0.entries : [] } ?? []
        let entryTexts = keptWords?.forms.texts ?? [], entryFacts = keptWords?.forms.facts ?? []
        let stamp = keptWords?.forms.newStamp() ?? 0
        let notes = keptWords?.forms.notes
        for (index, token) in tokens.enumerated() {
            if let number = kept.form(of: token.range) {
                tokenForms.append(Int32(truncatingIfNeeded: number))
                continue
            }
            let entry = index < entries.count ? Int(entries[index]) : 0
            if entry != 0, let notes, let number = KeptWordForms.form(in: notes[entry], stamp: stamp) {
                tokenForms.append(Int32(truncatingIfNeeded: number))
                continue
            }
            let tokenUnits = UnsafeBufferPointer(rebasing: units[token.range])
            let (number, inserted) = forms.insert(tokenUnits)
            if inserted {
                let text = entry != 0 ? entryTexts[entry] : Self.text(of: tokenUnits)
                formTexts.append(text)
                let facts = entry != 0 ? entryFacts[entry] : Facts(units: tokenUnits, text: text)
                formFacts.append(facts)
                // ASCII is normalization free (every unit is below U+0300): only other forms are checked.
                if !hasUnnormalizedForms && !facts.isASCII && !UnitWordTable.isNormalizationFree(tokenUnits) { hasUnnormalizedForms = true }
            }
            if entry != 0, let notes { notes[entry] = KeptWordForms.note(form: number, stamp: stamp) }
            tokenForms.append(Int32(truncatingIfNeeded: number))
        }
        var tally = Array(repeating: 0, count: formTexts.count)
        tally.withUnsafeMutableBufferPointer { tally in
            for number in tokenForms { tally[Int(number)] += 1 }
        }
        formTokenCounts = tally
        var equivalentForms: EquivalentForms?
        if hasUnnormalizedForms {
            // Canonically equivalent forms (`String ==`) are one form, as a `[String: Int]` tally has them.
            let groups = EquivalentForms.adopting(previous?.words.equivalentForms, formCount: previous?.words.formCount ?? 0)
            groups.extend(to: formTexts)
            var groupTally = Array(repeating: 0, count: groups.groupCount)
            groups.groupOfForm.withUnsafeBufferPointer { groupOfForm in
                groupTally.withUnsafeMutableBufferPointer { groupTally in
                    tally.withUnsafeMutableBufferPointer { tally in
                        for number in tally.indices { groupTally[Int(groupOfForm[number])] += tally[number] }
                        for number in tally.indices { tally[number] = groupTally[Int(groupOfForm[number])] }
                    }
                }
            }
            equivalentForms = groups
        }
        self.equivalentForms = equivalentForms
        texts = PerTokenValues(forms: tokenForms, values: formTexts)
        facts = PerTokenValues(forms: tokenForms, values: formFacts)
        self.forms = forms
        self.formCounts = tally
        self.hasUnnormalizedForms = hasUnnormalizedForms
        occurrences = PerTokenValues(forms: tokenForms, values: tally)
        self.formTexts = formTexts
        self.formFacts = formFacts
        self.tokenForms = tokenForms
    }

    /// The form numbers of the previous words' tokens that an edited document kept, found in one
    /// walk along both token lists (asked in text order).
    private struct KeptForms {
        /// The previous word tokens and their form numbers (empty without previous words).
        private let tokens: [Token], forms: [Int32]
        /// The stretches whose tokens were kept, in order.
        private let reused: [TokenReuse.Span]
        private var span = 0
        private var previousIndex = 0

        init(_ previous: (words: DocumentWords, reused: [TokenReuse.Span])?) {
            tokens = previous?.words.tokens ?? []
            forms = previous?.words.tokenForms ?? []
            reused = previous?.reused ?? []
        }

        /// The form number of the previous word token a token at a range was kept from, nil for a new token.
        mutating func form(of range: Range<Int>) -> Int? {
            while span < reused.count && reused[span].previous.upperBound + reused[span].delta <= range.lowerBound { span += 1 }
            guard span < reused.count else { return nil }
            let stretch = reused[span]
            guard stretch.previous.lowerBound + stretch.delta <= range.lowerBound,
                  range.upperBound <= stretch.previous.upperBound + stretch.delta else { return nil }
            let start = range.lowerBound - stretch.delta
            while previousIndex < tokens.count && tokens[previousIndex].range.lowerBound < start { previousIndex += 1 }
            guard previousIndex < tokens.count, tokens[previousIndex].range == start..<(range.upperBound - stretch.delta) else { return nil }
            return Int(forms[previousIndex])
        }
    }

    /// How many forms are numbered (some may have no token in a document made by edits).
    var formCount: Int { formTexts.count }

    /// The number of UTF-16 units of a form.
    func formUnitCount(_ number: Int) -> Int { forms.key(number).count }

    /// Calls `body` with the UTF-16 units of a form.
    func withFormUnits<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt16>) -> Result) -> Result {
        forms.key(number).withUnsafeBufferPointer(body)
    }

    /// The number of the form with these UTF-16 units, nil when no form has them.
    func formNumber(units: UnsafeBufferPointer<UInt16>) -> Int? {
        forms.number(of: units)
    }

    /// By form number: whether the form's units are one of these words (UTF-16), nil when no form is
    /// (a rule's word set looked up once per document, not once per token).
    func formMarks(of wordList: some Sequence<[UInt16]>) -> [Bool]? {
        // (Made when the first form is found: for many sets and documents there is none.)
        var marks: [Bool]?
        for word in wordList {
            if let form = word.withUnsafeBufferPointer({ formNumber(units: $0) }) {
                if marks == nil { marks = [Bool](repeating: false, count: formCount) }
                marks![form] = true
            }
        }
        return marks
    }

    /// Values given per form (at least `formCount` of them), read per token.
    func perToken<Value>(_ byForm: [Value]) -> PerTokenValues<Value> {
        PerTokenValues(forms: tokenForms, values: byForm)
    }

    /// `WordCase` of each word token's text, worked out once per form (and kept for the next round's words).
    var wordCases: PerTokenValues<WordCase> {
        var cases = formMemo.wordCases
        if cases.count < formTexts.count {
            formMemo.wordCases = []    // the local copy stays unique while it grows
            cases.reserveCapacity(formTexts.count)
            for number in cases.count..<formTexts.count { cases.append(formFacts[number].asciiWordCase ?? WordCase(formTexts[number])) }
            formMemo.wordCases = cases
        }
        return perToken(cases)
    }

    /// The lowercased forms of the word tokens, numbered once per form (and kept for the next round's words).
    var loweredForms: LoweredForms {
        let forms = LoweredForms(self, extending: formMemo.lowered)
        formMemo.lowered = forms.byForm
        return forms
    }

    /// A word's text from its UTF-16 units (as `Document.string` gives it); ASCII is copied byte by
    /// byte, far faster than transcoding UTF-16 (same result).
    static func text(of units: UnsafeBufferPointer<UInt16>) -> String {
        guard units.allSatisfy({ $0 < 0x80 }) else { return UTF16Transcoder.string(from: units) }
        return String(unsafeUninitializedCapacity: units.count) { bytes in
            for (index, unit) in units.enumerated() { bytes[index] = UInt8(truncatingIfNeeded: unit) }
            return units.count
        }
    }

    /// The word without a trailing possessive `’s` or `'s`.
    static func removingPossessive(_ word: String) -> String {
        // Only a word whose UTF-8 ends in `’s` or `'s` can end in a possessive (most words: no Character work).
        let possible = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let count = bytes.count
            guard count >= 2, bytes[count - 1] == 0x73 else { return false }
            return bytes[count - 2] == 0x27 || (count >= 4 && bytes[count - 2] == 0x99 && bytes[count - 3] == 0x80 && bytes[count - 4] == 0xE2)
        } ?? true
        guard possible else { return word }
        for suffix in ["’s", "'s"] where word.hasSuffix(suffix) && word.count > 2 {
            return String(word.dropLast(2))
        }
        return word
    }

    /// Whether the word token at an index sits inside a URL, an e-mail address, a hashtag, a handle
    /// or a piece of code (`Document.isInsideAddress`, remembered per chunk).
    func isInsideAddress(_ index: Int, in document: Document) -> Bool {
        let chunk = document.chunk(around: tokens[index].range)
        if let known = addressMemo.byChunkStart[chunk.lowerBound] { return known }
        let answer = document.isAddress(chunk: chunk)
        addressMemo.byChunkStart[chunk.lowerBound] = answer
        return answer
    }

    /// Whether each character of the word token at an index is one ASCII byte (ASCII without CR LF).
    func isSimpleASCII(_ index: Int) -> Bool {
        facts[index].isASCII && facts[index].characterCount == tokens[index].range.count
    }

    /// The character positions in the word token at an index where a lowercase character meets an
    /// uppercase one (`CharacterCuts.lowerUpperSeams`).
    func lowerUpperSeams(_ index: Int) -> [Int] {
        // Not remembered: most tokens asked about are read from their bytes, and the others rarely
        // hold a capital after their first letter; a memo cost more than asking again.
        CharacterCuts.lowerUpperSeams(of: texts[index], isSimpleASCII: isSimpleASCII(index))
    }

    /// How many times a word form occurs (`String ==`: canonically equivalent forms count together).
    func count(of word: String) -> Int {
        if !hasUnnormalizedForms {
            // Normalization-free forms are equal (`String ==`) exactly when their units are.
            let units = Array(word.utf16)
            if units.withUnsafeBufferPointer(UnitWordTable.isNormalizationFree) {
                return units.withUnsafeBufferPointer { forms.number(of: $0) }.map { formCounts[$0] } ?? 0
            }
        }
        if let counts = stringMemo.counts { return counts[word] ?? 0 }
        var counts: [String: Int] = [:]
        for (number, text) in formTexts.enumerated() { counts[text] = formCounts[number] }
        stringMemo.counts = counts
        return counts[word] ?? 0
    }

    /// Capitalized word forms the document uses (possessive `’s` removed): its names and sentence starts.
    var capitalized: Set<String> {
        if let known = stringMemo.capitalized { return known }
        var capitalized: Set<String> = []
        for (number, text) in formTexts.enumerated() where formTokenCounts[number] > 0 {
            let bare = Self.removingPossessive(text)
            if WordShape.isCapitalized(bare) { capitalized.insert(bare) }
        }
        stringMemo.capitalized = capitalized
        return capitalized
    }

    /// The index of the word token starting at an offset.
    func index(startingAt offset: Int) -> Int? {
        var low = 0, high = tokens.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if tokens[mid].range.lowerBound == offset { return mid }
            if tokens[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}

extension Array {
    /// The first index whose element satisfies a predicate that is false, then true, along the array.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

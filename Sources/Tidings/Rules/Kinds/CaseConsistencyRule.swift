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
///   ordinary words and `proper-adjectives` (`Chilean Government`) is style: it recases nothing;
///   nor does one whose only recased word is one of `style-nouns` (`the Albanese Labor government`
///   beside `the Albanese Labor Government`: how a government or administration is cased after its
///   leader's name is the writer's choice).
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
///   one of`), and the capital is only suggested. With `sentence-openers`, so is the capital of any
///   other word after a full stop within a paragraph (`relations. big engine`: translation inserts
///   periods); a paragraph's first word is capitalized whatever it is.
/// - `mid-sentence-capitals`: a word of the `capitals` set (`The`, `It`) after a lowercase word, a
///   comma or a semicolon and a space, and before a space and a lowercase word, is lowercased
///   (`in The summer`, `coalition; It can`): there it is neither a sentence start nor a title;
///   unless the document writes it so `deliberate-count` times (or, with `count-together`, the
///   set's words in mid-sentence that often, whatever follows): then it is a title or capitals for God.
///   With `after-words`, only after a comma, a semicolon or one of those words (prepositions and
///   conjunctions: `in The summer`, `that They feared`): after any other word (`my word The ideals`,
///   `after they It was claimed`) the capital may mark a lost sentence break, and stays. A comma or
///   semicolon after a number that opens its line is a verse or list number (`6; The path`), not
///   mid-sentence. A document that writes a word of `reverent-words` (`Thee`, `Thy`) in
///   mid-sentence capitalizes deliberately (scripture): nothing is lowercased there.
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
    /// Nouns whose case after a name is style (`government`, `administration`): never recased alone.
    let styleNouns: WordSet?
    /// Endings that make a lowercase word an ordinary one when the lexicon lacks it (`climatology`),
    /// as lowercase UTF-8.
    let ordinaryEndings: [[UInt8]]
    /// Lowercase words that open a sentence only when it is a question (`is`, `does`).
    let questionOpeners: Set<String>
    /// `sentence-openers`: the words capitalized after a full stop with certainty (nil: all of them).
    let sentenceOpeners: WordSet?
    /// `common-noun-markers`: words after which a lowercase word is a common noun (`a garda`).
    let commonNounMarkers: WordSet?
    /// The capitalized words `mid-sentence-capitals` lowercases, as UTF-16.
    let capitals: [[UInt16]]
    /// How many uses of a capital in mid-sentence make it the writer's choice (nil: no limit).
    let deliberateCount: Int?
    /// Whether the uses of all `capitals` count together (`He`, `His`: capitals for God).
    let countTogether: Bool
    /// Words after which a capital of `capitals` is stray (`in`, `that`); nil: after any lowercase word.
    let afterWords: WordSet?
    /// `reverent-words`: capitalized words (`Thee`, `Thy`) that, written in mid-sentence, mark a
    /// text that capitalizes deliberately (scripture): `mid-sentence-capitals` then edits nothing.
    let reverentWords: [[UInt16]]

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
        styleNouns = try spec.string("style-nouns").map { try spec.wordSet(named: $0, at: "style-nouns") }
        let endings = try spec.strings("ordinary-endings") ?? []
        if let ending = endings.first(where: { $0.isEmpty || !$0.utf8.allSatisfy({ $0 &- 0x61 < 26 }) }) {
            throw spec.error("ordinary ending '\(ending)' must be lowercase letters a-z", at: "ordinary-endings")
        }
        ordinaryEndings = endings.map { Array($0.utf8) }
        questionOpeners = Set(try spec.strings("question-openers") ?? [])
        sentenceOpeners = try spec.string("sentence-openers").map { try spec.wordSet(named: $0, at: "sentence-openers") }
        commonNounMarkers = try spec.string("common-noun-markers").map { try spec.wordSet(named: $0, at: "common-noun-markers") }
        capitals = try spec.string("capitals").map { try spec.wordSet(named: $0, at: "capitals").words.map { Array($0.utf16) } } ?? []
        let deliberate = try spec.int("deliberate-count", default: 0)
        if deliberate < 0 { throw spec.error("'deliberate-count' must be 1 or more (0: no limit)", at: "deliberate-count") }
        deliberateCount = deliberate > 0 ? deliberate : nil
        countTogether = try spec.bool("count-together", default: false)
        afterWords = try spec.string("after-words").map { try spec.wordSet(named: $0, at: "after-words") }
        reverentWords = try spec.string("reverent-words").map { try spec.wordSet(named: $0, at: "reverent-words").words.map { Array($0.utf16) } } ?? []
        if operation == .midSentenceCapitals && capitals.isEmpty {
            throw spec.error("operation 'mid-sentence-capitals' needs 'capitals' (a word set)", at: "operation")
        }
    }

    /// Whether a word is an ordinary word, not a name: the lexicon has it in lower case, or, longer
    /// by three letters at least, it ends with one of `ordinaryEndings` (`climatology`, `ridership`).
    func isOrdinary(_ word: String) -> Bool {
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
}

import Foundation
import ICU

/// `kind: split-merged` — splits two words that machine translation glued together.
///
/// Mode `word` (default): a word token that is not a lexicon word nor a form the document uses
/// whole, and that is a known lowercase word or a lowercased document name (or, when it starts with a capital, a form the document
/// uses on its own, a proper noun of the lexicon of four letters or more before a right word of
/// three or more, or an acronym before a right word of four or more) followed by a lowercase word
/// of the `right` set. Mode `case-boundary`: a lowercase word glued to a capitalized one
/// (`securityLanguages`), both halves lexicon words and the token no code identifier (or the right
/// half from the `right` set, when the left may also be a capitalized word: `TuesdayShare`). Mode
/// `name-boundary`: a name glued to the next name or to a capitalized word (`Saudi ArabiaDavid de
/// Gea`, `Diego MaradonaPrior to`; see `nameBoundarySplit`). Mode `digit-boundary`: a word glued to a number (`September13`,
/// `Covid-19pandemic`; see `digitBoundarySplit`). Mode `name-word`: a name the document writes on
/// its own glued to a lowercase word (`Boluartefaces`; see `nameWordSplit`). Mode `left-word`: a
/// word of `left` glued to the lexicon word after it (`thestart`; see `leftWordSplit`).
///
/// Fields: `lexicon` (word set), `right` (word set), `left` (word set; mode `left-word`), `mode`,
/// `insert` (between the halves),
/// `quote-insert` (used when a double quote is open before the token; `{close}` is its closer),
/// `inversion-insert` with `inversion-blockers` (used before a reporting verb whose subject follows
/// it: the next word is not in the blockers set and the left half is not a name nor after one),
/// `attribution-insert` with `attribution-verbs` (when the rest of the sentence is a short subject and
/// one of the verbs: `…Smiththe State Department said.`, or after a name a phrase, a comma and one of
/// the verbs: `…Smiththe energy minister, said`), `attribution-blockers` (left words that never take it),
/// `particles` and `titles` (name-boundary only: lowercase words inside names, `de` in `David de
/// Gea`; words before a name that end none, `Dr`),
/// `keep-endings` (a capitalized token ending so is never split: `ean` in `Argentinean`),
/// `clipped-endings` (a token that is a lexicon word with one appended is that word clipped, never
/// split: `g` for `rockin`),
/// `prefixes` (left halves that are word prefixes, never split off: `re` in `reurged`),
/// `before-number`, `number-endings` and `number-compounds` (digit-boundary only: words a number
/// follows, `than`; what a number is written with, `st`, `km`; words written joined to one, `fold`),
/// `line-end` (case-boundary only: the right half must end its line, with no letters after it),
/// `min-left` (shortest left half, default 3). A token with several possible splits is only suggested;
/// one amid lowercase words mostly missing from the lexicon (an untranslated passage) is left alone.
struct SplitMergedRule: Rule {
    /// Where the split point may be.
    enum Mode: String, CaseIterable, Sendable {
        case word
        case caseBoundary = "case-boundary"
        case nameBoundary = "name-boundary"
        case digitBoundary = "digit-boundary"
        case nameWord = "name-word"
        case leftWord = "left-word"
    }

    /// The halves of a split made by mode `name-boundary`, `digit-boundary` or `name-word`, and
    /// whether it is certain enough to apply (otherwise it is suggested).
    struct SplitHalves {
        let left: String
        let right: String
        let isCertain: Bool
    }

    let info: RuleInfo
    let lexicon: Lexicon
    let right: WordSet?
    /// The words of `left` as ASCII bytes (mode `left-word`).
    let leftASCII: ByteStringTable?
    let mode: Mode
    let insert: String
    let quoteInsert: String?
    let inversionInsert: String?
    let inversionBlockers: WordSet?
    let attributionInsert: String?
    let attributionVerbs: WordSet?
    let attributionBlockers: WordSet?
    let particles: WordSet?
    let titles: WordSet?
    let keepEndings: [String]
    let clippedEndings: [String]
    let prefixes: WordSet?
    let beforeNumber: WordSet?
    let numberEndings: WordSet?
    let numberCompounds: WordSet?
    let lineEnd: Bool
    let minimumLeft: Int
    /// The most Unicode scalars in a word of `right`, decomposed: a longer right half cannot be in
    /// the set (lowercasing and canonical decomposition never shorten a word).
    let longestRight: Int
    /// Whether every word of `right` is ASCII (then a token can only split before one if it ends in
    /// a scalar that `mayEndASCIIWord` accepts).
    let rightIsASCII: Bool
    /// The words of `right` (lowercased when it ignores case) whose canonical decomposition is ASCII,
    /// as those bytes: an ASCII right half is in `right` only when its bytes are here.
    let rightASCII: ByteStringTable?
    /// Whether `right` compares case (its `rightASCII` words are as written).
    let rightIsCaseSensitive: Bool
    /// When every word of `right` is ASCII: the last bytes of its words as compared (lowercased when
    /// it ignores case), a bit each: a token ending in any other ASCII unit ends in no word of `right`.
    let rightLastUnits: ASCIIUnitSet?

    init(spec: RuleSpec) throws {
        info = spec.info
        guard let lexiconName = try spec.string("lexicon", required: true) else { throw spec.error("missing lexicon") }
        lexicon = Lexicon(try spec.wordSet(named: lexiconName, at: "lexicon"))
        right = try spec.string("right").map { try spec.wordSet(named: $0, at: "right") }
        mode = try spec.choice("mode", default: .word)
        leftASCII = try spec.string("left").map { Self.asciiTable(try spec.wordSet(named: $0, at: "left")) }
        insert = try spec.string("insert") ?? " "
        quoteInsert = try spec.string("quote-insert")
        inversionInsert = try spec.string("inversion-insert")
        inversionBlockers = try spec.string("inversion-blockers").map { try spec.wordSet(named: $0, at: "inversion-blockers") }
        attributionInsert = try spec.string("attribution-insert")
        attributionVerbs = try spec.string("attribution-verbs").map { try spec.wordSet(named: $0, at: "attribution-verbs") }
        attributionBlockers = try spec.string("attribution-blockers").map { try spec.wordSet(named: $0, at: "attribution-blockers") }
        particles = try spec.string("particles").map { try spec.wordSet(named: $0, at: "particles") }
        titles = try spec.string("titles").map { try spec.wordSet(named: $0, at: "titles") }
        keepEndings = (try spec.strings("keep-endings") ?? []).map { $0.lowercased() }
        clippedEndings = try spec.strings("clipped-endings") ?? []
        prefixes = try spec.string("prefixes").map { try spec.wordSet(named: $0, at: "prefixes") }
        beforeNumber = try spec.string("before-number").map { try spec.wordSet(named: $0, at: "before-number") }
        numberEndings = try spec.string("number-endings").map { try spec.wordSet(named: $0, at: "number-endings") }
        numberCompounds = try spec.string("number-compounds").map { try spec.wordSet(named: $0, at: "number-compounds") }
        lineEnd = try spec.bool("line-end", default: false)
        minimumLeft = try spec.int("min-left", default: 3)
        longestRight = right.map { set in set.words.map { (set.caseInsensitive ? $0.lowercased() : $0).decomposedStringWithCanonicalMapping.unicodeScalars.count }.max() ?? 0 } ?? 0
        rightIsASCII = right?.words.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ?? false
        rightASCII = right.map(Self.asciiTable)
        rightIsCaseSensitive = !(right?.caseInsensitive ?? true)
        rightLastUnits = rightIsASCII ? right.map(Self.lastUnits) : nil
        if mode == .word && right == nil { throw spec.error("mode word needs a 'right' word set") }
        if mode == .leftWord && leftASCII == nil { throw spec.error("mode left-word needs a 'left' word set") }
        if (attributionInsert == nil) != (attributionVerbs == nil) {
            throw spec.error("'attribution-insert' and 'attribution-verbs' go together", at: "attribution-insert")
        }
        if inversionInsert != nil && inversionBlockers == nil {
            throw spec.error("'inversion-insert' needs 'inversion-blockers'", at: "inversion-insert")
        }
    }

    func edits(in document: Document) throws -> [Edit] {
        let words = document.words
        let mapper = CaseMapper(locale: document.locale)
        var edits: [Edit] = []
        var openers = OpenerMemo()
        let known = words.lexiconAnswers(for: lexicon)
        // The split-merged rules walk the tokens once, whatever their mode (and `min-left` of 2 or more).
        let shortest = min(minimumLeft, Self.sharedMinimumLeft)
        let selected = words.selection("split-merged \(shortest)") { Self.candidates(in: words, minimumLeft: shortest) }
        if mode == .digitBoundary { return digitBoundaryEdits(selected[2], words: words, known: known, document: document) }
        for selectedIndex in selected[Self.candidateList(of: mode)] {
            let index = Int(selectedIndex)
            if mode == .nameWord {
                guard words.facts[index].characterCount > minimumLeft + 1,
                      isCandidate(index, words: words, known: known, document: document),
                      let split = nameWordSplit(index, words: words, document: document),
                      isInEnglishContext(index, words: words, known: known, document: document) else { continue }
                edits.append(info.edit(words.tokens[index].range, split.left + insert + split.right, level: split.isCertain ? info.level : .suggest))
                continue
            }
            if mode == .leftWord {
                let facts = words.facts[index]
                guard facts.isLowercase, facts.isLetters, facts.isASCII, isCandidate(index, words: words, known: known, document: document),
                      let split = leftWordSplit(index, words: words),
                      isInEnglishContext(index, words: words, known: known, document: document) else { continue }
                edits.append(info.edit(words.tokens[index].range, split.left + insert + split.right))
                continue
            }
            if mode == .nameBoundary { guard mayBeNameBoundary(index, words: words, document: document) else { continue } }
            guard words.facts[index].characterCount > minimumLeft, mayEndInRightWord(index, words: words, document: document),
                  mode != .caseBoundary || mayHaveListedHalfAfterSeam(index, words: words, document: document),
                  isCandidate(index, words: words, known: known, document: document) else { continue }
            if mode == .nameBoundary {
                guard let split = nameBoundarySplit(index, words: words, document: document),
                      isInEnglishContext(index, words: words, known: known, document: document) else { continue }
                edits.append(info.edit(words.tokens[index].range, split.left + insert + split.right, level: split.isCertain ? info.level : .suggest))
                continue
            }
            let text = words.texts[index]
            let splits = mode == .word ? wordSplits(text, index: index, words: words, mapper: mapper)
                                       : caseSplits(text, index: index, words: words, document: document)
            guard let (left, rightHalf) = splits.first, !hasKeptEnding(text), !isClippedWord(text),
                  isInEnglishContext(index, words: words, known: known, document: document) else { continue }
            let separator = self.separator(left: left, right: rightHalf, index: index, words: words, document: document, openers: &openers)
            let level: Level = splits.count == 1 ? info.level : .suggest
            edits.append(info.edit(words.tokens[index].range, left + separator + rightHalf, level: level))
        }
        return edits
    }

    /// The word tokens that pass the shape tests of `isCandidate` for a `min-left`, in text order:
    /// for modes `word` and `left-word` (first list) more characters than `minimumLeft`, no digit, one occurrence of
    /// the form; for mode `case-boundary` (second list) more characters, no digit, letters only and,
    /// when ASCII, a lowercase letter before an uppercase one (else `caseSplits` finds no seam); for
    /// mode `digit-boundary` (third list) more characters, ASCII with a digit, one occurrence; for
    /// mode `name-word` (fourth list) those of the first that are ASCII letters, capitalized.
    static func candidates(in words: DocumentWords, minimumLeft: Int) -> [[Int32]] {
        var once: [Int32] = [], caseCandidates: [Int32] = [], digitCandidates: [Int32] = [], capitalizedOnce: [Int32] = []
        let facts = words.facts, occurrences = words.occurrences
        // Per-form values read by form number: the facts and counts of every token of a form are its form's.
        words.tokenForms.withUnsafeBufferPointer { forms in
            for index in forms.indices {
                let form = Int(forms[index])
                let formFacts = facts.value(ofForm: form)
                guard formFacts.characterCount > minimumLeft else { continue }
                guard !formFacts.hasDigit else {
                    if formFacts.isASCII && occurrences.value(ofForm: form) == 1 { digitCandidates.append(Int32(truncatingIfNeeded: index)) }
                    continue
                }
                if occurrences.value(ofForm: form) == 1 {
                    once.append(Int32(truncatingIfNeeded: index))
                    if formFacts.isLetters && formFacts.asciiWordCase?.contains(.capitalized) ?? false {
                        capitalizedOnce.append(Int32(truncatingIfNeeded: index))
                    }
                }
                if formFacts.isLetters && (!formFacts.isASCII || formFacts.hasASCIICaseSeam) {
                    caseCandidates.append(Int32(truncatingIfNeeded: index))
                }
            }
        }
        return [once, caseCandidates, digitCandidates, capitalizedOnce]
    }

    /// Which list of `candidates` a mode walks.
    static func candidateList(of mode: Mode) -> Int {
        switch mode {
        case .word, .leftWord: 0
        case .caseBoundary, .nameBoundary: 1
        case .digitBoundary: 2
        case .nameWord: 3
        }
    }

    /// The `min-left` of the shared `candidates`: a rule with a longer one skips the shorter tokens itself.
    static let sharedMinimumLeft = 2

    /// Tokens never split, of those `candidates` selects: lexicon words and addresses.
    private func isCandidate(_ index: Int, words: DocumentWords, known: DocumentWords.LexiconAnswers, document: Document) -> Bool {
        !known.contains(index, in: words, document: document) && !words.isInsideAddress(index, in: document)
    }

    /// Splits into a known left word and a right word of the set; a capitalized token needs a left half
    /// the document itself uses, or a lexicon proper noun, so unknown names (`Jonas`) are never cut.
    private func wordSplits(_ text: String, index: Int, words: DocumentWords, mapper: CaseMapper) -> [(String, String)] {
        guard let right, mayEndRightWord(text) else { return [] }
        if let rightASCII, let splits = text.utf8.withContiguousStorageIfAvailable({
            plainWordSplits($0, index: index, words: words, mapper: mapper, rightASCII: rightASCII)
        }) ?? nil {
            return splits
        }
        // Character boundaries: cutting the text there equals joining its characters on either side.
        let cuts = CharacterCuts(text, isSimpleASCII: words.isSimpleASCII(index))
        var result: [(String, String)] = []
        var rightScalarCount = 0
        for cut in stride(from: cuts.count - 1, through: minimumLeft, by: -1) {
            let start = cuts.position(cut)
            let character = text.unicodeScalars[start..<cuts.position(cut + 1)]
            rightScalarCount += character.count
            // Right halves only grow from here on: once longer than any word of the set, none can match.
            guard rightScalarCount <= longestRight else { break }
            // Nor once they hold a scalar no ASCII word can match, when every word of the set is ASCII.
            if rightIsASCII { guard character.allSatisfy(Self.mayMatchASCII) else { break } }
            // An ASCII right half is looked up by its bytes (as in `plainWordSplits`).
            if let rightASCII, let isMember = text.utf8[start...].withContiguousStorageIfAvailable({ bytes in
                bytes.allSatisfy { $0 < 0x80 } ? Self.isLowercaseMember(bytes, of: rightASCII) : nil
            }) ?? nil {
                guard isMember else { continue }
            }
            let rightHalf = cuts.right(cut)
            guard WordShape.isLowercase(rightHalf), right.contains(rightHalf) else { continue }
            let left = cuts.left(cut)
            if isKnownLeft(left, right: rightHalf, index: index, words: words, mapper: mapper) { result.append((left, rightHalf)) }
        }
        return result
    }

    /// `wordSplits` on the UTF-8 bytes of a token whose characters are each one scalar, ASCII (not CR),
    /// U+00C0–U+00FF or U+2019 `’` (none joins a neighbour in a grapheme cluster, so cuts are scalar
    /// positions): its right halves are looked up in `rightASCII` as bytes, and only accepted halves
    /// become `String`s. A right half holding another scalar is in no all-ASCII `right` (none is
    /// canonically equivalent to ASCII, nor lowercases to it). Nil for any other token, or one with
    /// those scalars when `right` is not all ASCII.
    private func plainWordSplits(_ bytes: UnsafeBufferPointer<UInt8>, index: Int, words: DocumentWords, mapper: CaseMapper,
                                 rightASCII: ByteStringTable) -> [(String, String)]? {
        var count = 0, offset = 0, lastNonASCIIEnd = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                guard byte != 0x0D else { return nil }
                offset += 1
            } else {
                guard rightIsASCII, let (_, length) = CharacterCuts.latin1OrApostrophe(bytes, at: offset) else { return nil }
                offset += length
                lastNonASCIIEnd = offset
            }
            count += 1
        }
        var result: [(String, String)] = []
        // From the last cut back: the right half is the ASCII bytes from `start`, one character each.
        var cut = count - 1, start = bytes.count - 1
        while cut >= minimumLeft && start >= lastNonASCIIEnd && count - cut <= longestRight {
            if Self.isLowercaseMember(UnsafeBufferPointer(rebasing: bytes[start...]), of: rightASCII) {
                let left = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<start]), as: UTF8.self)
                let rightHalf = String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
                if isKnownLeft(left, right: rightHalf, index: index, words: words, mapper: mapper) { result.append((left, rightHalf)) }
            }
            cut -= 1
            start -= 1
        }
        return result
    }

    /// Whether a scalar may be in a string equal (`String ==`) to an ASCII one, or to one once
    /// lowercased: ASCII, and the scalars whose normal form or lower case is ASCII (see `mayEndRightWord`).
    static func mayMatchASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || scalar.value == 0x37E || scalar.value == 0x1FEF || scalar.value == 0x212A
    }

    /// A lowercase token splits after an ordinary word; any other (`Smithsaid`, `O’Neillthe`,
    /// `McKaythe`) only after a form the document itself uses on its own; none after a word of
    /// `prefixes`.
    private func isKnownLeft(_ left: String, right rightHalf: String, index: Int, words: DocumentWords, mapper: CaseMapper) -> Bool {
        if let prefixes, prefixes.contains(left) { return false }
        let lowercase = words.facts[index].isLowercase && words.facts[index].isLetters
        return lowercase ? WordShape.isLowercase(left) && (lexicon.containsLowercase(left) || isLowercasedName(left, words: words, mapper: mapper))
                         : WordShape.startsUppercase(left) && (words.count(of: left) > 0 || (rightHalf.count >= 3 && isLongKnownName(left))
                                                               || (rightHalf.count >= 4 && isAcronym(left)))
    }

    /// Whether the word token at an index may end in a word of `right` (mode `word`): not when it
    /// ends in an ASCII unit that ends no word of an all-ASCII `right`. An ASCII last scalar ends the
    /// right half's canonical decomposition too, and lowercasing keeps it (an uppercase one fails
    /// `WordShape.isLowercase` first): the word it equals ends in it.
    private func mayEndInRightWord(_ index: Int, words: DocumentWords, document: Document) -> Bool {
        guard mode == .word, let rightLastUnits else { return true }
        let last = document.units[words.tokens[index].range.upperBound - 1]
        return last >= 0x80 || rightLastUnits.contains(UInt8(last))
    }

    /// Whether a token may end in a capitalized word of `right` after a case seam (mode
    /// `case-boundary`, when `right` is case-sensitive and all ASCII): some capital of the token's ASCII tail starts
    /// a word of `right` that ends the token. Tested on the units before any `String` is made:
    /// most tokens asked about (those with a lowercase letter before a capital, and every one with
    /// a letter outside ASCII) end in no such word.
    private func mayHaveListedHalfAfterSeam(_ index: Int, words: DocumentWords, document: Document) -> Bool {
        guard let rightASCII, rightIsCaseSensitive, rightIsASCII else { return true }
        let range = words.tokens[index].range
        let units = document.units
        var tail = range.upperBound
        while tail > range.lowerBound + 1, units[tail - 1] < 0x80 { tail -= 1 }
        for start in max(tail, range.lowerBound + 1)..<range.upperBound where units[start] &- 0x41 < 26 {
            let length = range.upperBound - start
            guard length <= longestRight else { continue }
            let listed = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { bytes in
                for offset in 0..<length { bytes[offset] = UInt8(truncatingIfNeeded: units[start + offset]) }
                return rightASCII.index(of: UnsafeBufferPointer(bytes)) != nil
            }
            if listed { return true }
        }
        return false
    }

    /// `rightLastUnits` of an all-ASCII word set.
    static func lastUnits(_ set: WordSet) -> ASCIIUnitSet {
        var units = ASCIIUnitSet()
        for word in set.words {
            if let last = (set.caseInsensitive ? word.lowercased() : word).utf8.last { units.insert(last) }
        }
        return units
    }

    /// A set of ASCII units (bytes below 0x80), a bit each.
    struct ASCIIUnitSet: Sendable {
        private var low: UInt64 = 0, high: UInt64 = 0

        /// Adds an ASCII unit.
        mutating func insert(_ unit: UInt8) {
            if unit < 64 { low |= 1 << UInt64(unit) } else { high |= 1 << UInt64(unit & 63) }
        }

        /// Whether an ASCII unit is in the set.
        func contains(_ unit: UInt8) -> Bool {
            unit < 64 ? low & (1 << UInt64(unit)) != 0 : high & (1 << UInt64(unit & 63)) != 0
        }
    }

    /// The ASCII spellings of a word set's members (`rightASCII`): ASCII has no other canonically
    /// equivalent spelling, so an ASCII string equals (`==`) a member exactly when it equals the
    /// member's canonical decomposition byte for byte.
    static func asciiTable(_ set: WordSet) -> ByteStringTable {
        var table = ByteStringTable(capacity: set.words.count)
        for word in set.words {
            let decomposed = (set.caseInsensitive ? word.lowercased() : word).decomposedStringWithCanonicalMapping
            let bytes = Array(decomposed.utf8)
            if bytes.allSatisfy({ $0 < 0x80 }) { _ = bytes.withUnsafeBufferPointer { table.insert($0) } }
        }
        return table
    }

    /// Whether ASCII bytes pass `WordShape.isLowercase` and `right.contains` as a `String`: no
    /// uppercase letter, a lowercase one, and a member of the table (lowercasing leaves such bytes as they are).
    static func isLowercaseMember(_ bytes: UnsafeBufferPointer<UInt8>, of table: ByteStringTable) -> Bool {
        var sawLowercase = false
        for byte in bytes {
            if byte >= 0x41 && byte <= 0x5A { return false }
            if byte >= 0x61 && byte <= 0x7A { sawLowercase = true }
        }
        return sawLowercase && table.index(of: bytes) != nil
    }

    /// Whether a word of `right` could end the token: always, unless `right` is all ASCII and the
    /// token's last scalar is neither ASCII nor one whose normal form or lower case is ASCII
    /// (U+037E, U+1FEF, KELVIN SIGN), which every right half would end in.
    private func mayEndRightWord(_ text: String) -> Bool {
        guard rightIsASCII, let lastByte = text.utf8.last, lastByte >= 0x80, let last = text.unicodeScalars.last else { return true }
        return Self.mayMatchASCII(last)
    }

    /// A name the document capitalizes elsewhere, here in lower case (`fiala` for `Fiala`), that is no English word.
    private func isLowercasedName(_ word: String, words: DocumentWords, mapper: CaseMapper) -> Bool {
        !lexicon.containsLowercase(word) && words.capitalized.contains(mapper.capitalizingFirstLetter(word))
    }

    /// Two or more capital letters (`OECD` in `OECDsaid`): the drop to lower case marks the seam.
    private func isAcronym(_ word: String) -> Bool {
        word.count >= 2 && word.unicodeScalars.allSatisfy(CharacterCategory.isUppercase)
    }

    /// A proper noun of the lexicon with four letters or more (`Stockholm`, `Friday`), accepted before
    /// a right word of three letters or more; a capitalized common word (`Mans` in `Mansour`) is not one.
    private func isLongKnownName(_ word: String) -> Bool {
        word.count >= 4 && WordShape.isCapitalized(word) && lexicon.containsExactly(word)
    }

    /// Splits at the one place a lowercase letter meets an uppercase one, when both halves are words.
    private func caseSplits(_ text: String, index: Int, words: DocumentWords, document: Document) -> [(String, String)] {
        if right != nil { guard mayEndRightWord(text) else { return [] } }
        let token = words.tokens[index]
        let boundaries = words.lowerUpperSeams(index)
        guard boundaries.count == 1, let cut = boundaries.first, cut >= minimumLeft else { return [] }
        let cuts = CharacterCuts(text, isSimpleASCII: words.isSimpleASCII(index))
        let left = cuts.left(cut), rightHalf = cuts.right(cut)
        guard WordShape.isCapitalized(rightHalf) else { return [] }
        // Without a declared right-hand list, only an all-lowercase left word: `PowerPoint` stays.
        let leftKnown = right == nil ? WordShape.isLowercase(left) && lexicon.containsLowercase(left)
                                     : (WordShape.isLowercase(left) || WordShape.isCapitalized(left)) && lexicon.contains(left)
        guard leftKnown else { return [] }
        if let right {
            guard right.contains(rightHalf) else { return [] }
        } else {
            guard lexicon.contains(rightHalf), !isIdentifier(token, document: document) else { return [] }
        }
        if lineEnd {
            let line = document.lines[document.lineIndex(containing: token.range.lowerBound)]
            let rest = document.string(token.range.upperBound..<line.upperBound)
            guard !rest.unicodeScalars.contains(where: CharacterCategory.isLetter) else { return [] }
        }
        return [(left, rightHalf)]
    }

    /// Whether a token is written as a code identifier: before `:`, `(`, `=` or `[`, or after a `.`
    /// (`mediaTypes: {`, `placementId: 14`, `navigator.userAgent`).
    private func isIdentifier(_ token: Token, document: Document) -> Bool {
        let units = document.units
        if token.range.lowerBound > 0 && units[token.range.lowerBound - 1] == 0x2E { return true }
        guard token.range.upperBound < units.count else { return false }
        let next = units[token.range.upperBound]
        return next == 0x3A || next == 0x28 || next == 0x3D || next == 0x5B
    }

    /// What goes between the halves: a closing quote when one is open, a comma before an inverted
    /// reporting clause or an appositive attribution, otherwise `insert`.
    private func separator(left: String, right: String, index: Int, words: DocumentWords, document: Document,
                           openers: inout OpenerMemo) -> String {
        let token = words.tokens[index]
        // A quote opened before the token and never closed in the paragraph ends here.
        if let quoteInsert, let paragraph = document.paragraph(containing: token.range.lowerBound),
           let opener = openers.lastUnclosed(in: paragraph, document: document),
           opener.offset < token.range.lowerBound {
            return quoteInsert.replacingOccurrences(of: "{close}", with: String(QuoteScanner.closer(for: opener.character)))
        }
        if let attributionInsert, let attributionVerbs,
           !(attributionBlockers?.contains(left) ?? false),
           endsInAttribution(after: token, verbs: attributionVerbs, document: document)
            || (WordShape.startsUppercase(left) && isAppositive(after: token, verbs: attributionVerbs, document: document)) {
            return attributionInsert
        }
        if let inversionInsert, let inversionBlockers, !WordShape.isCapitalized(left), index + 1 < words.tokens.count {
            let next = words.texts[index + 1]
            let previous = index > 0 ? words.texts[index - 1] : ""
            let nextIsSubject = WordShape.startsUppercase(next) || !inversionBlockers.contains(next)
            let sameSentence = document.string(token.range.upperBound..<words.tokens[index + 1].range.lowerBound)
                .allSatisfy { $0 == " " }
            if nextIsSubject && sameSentence && !inversionBlockers.contains(previous) && !WordShape.startsUppercase(previous) {
                return inversionInsert
            }
        }
        return insert
    }

    /// Whether the rest of the sentence is a short subject and then a verb of the set: capitalized
    /// words (`the State Department said.`) or up to three lowercase ones (`the union leader announced.`).
    private func endsInAttribution(after token: Token, verbs: WordSet, document: Document) -> Bool {
        let end = document.sentence(containing: token.range.lowerBound)?.upperBound ?? document.count
        let rest = document.string(token.range.upperBound..<end).trimmingCharacters(in: .whitespacesAndNewlines)
        var parts = rest.split(separator: " ").map(String.init)
        guard parts.count >= 2, var last = parts.popLast() else { return false }
        while let final = last.last, ".!?”\"".contains(final) { last.removeLast() }
        guard verbs.contains(last), rest.last.map({ ".!?".contains($0) }) ?? false,
              parts.allSatisfy(WordShape.isLetters) else { return false }
        return parts.allSatisfy(WordShape.startsUppercase) || (parts.count <= 3 && parts.allSatisfy(WordShape.isLowercase))
    }

    /// Whether a short phrase closed by a comma and a verb of the set follows (`…Smiththe energy
    /// minister, said on Twitter`), or a lowercase word not in the blockers set (`…, arrived`):
    /// the phrase is an appositive to the name before it.
    private func isAppositive(after token: Token, verbs: WordSet, document: Document) -> Bool {
        let end = document.sentence(containing: token.range.lowerBound)?.upperBound ?? document.count
        let rest = document.string(token.range.upperBound..<end)
        guard let comma = rest.firstIndex(of: ",") else { return false }
        let phrase = rest[..<comma].split(separator: " ")
        let afterComma = rest[rest.index(after: comma)...].split(separator: " ")
        guard (1...6).contains(phrase.count), phrase.allSatisfy(WordShape.isLetters),
              let next = afterComma.first.map({ String($0).trimmingCharacters(in: .punctuationCharacters) }) else { return false }
        if verbs.contains(next) { return true }
        // `…Millerthe American president, arrived`: a short phrase, then a verb-like lowercase word.
        return phrase.count <= 5 && WordShape.isLowercase(next) && !(attributionBlockers?.contains(next) ?? true)
    }

    /// The last unclosed double opener of each paragraph, scanned once however many tokens split there.
    struct OpenerMemo {
        private var byParagraph: [Int: QuoteScanner.Mark?] = [:]

        /// `QuoteScanner.unclosedOpeners(in:range:).last`, remembered by paragraph start.
        mutating func lastUnclosed(in paragraph: Range<Int>, document: Document) -> QuoteScanner.Mark? {
            if let known = byParagraph[paragraph.lowerBound] { return known }
            let opener = QuoteScanner.unclosedOpeners(in: document, range: paragraph).last
            byParagraph[paragraph.lowerBound] = opener
            return opener
        }
    }
}

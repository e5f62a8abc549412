import ICU

/// A text as rules see it: a UTF-16 buffer for ICU plus lines, paragraphs, sentences and tokens.
///
/// All ranges are UTF-16 offsets into `buffer`. Views are computed on first use and cached, so
/// rules that share a view share its cost. A document belongs to one cleaning run; it is not shared.
public final class Document {
    /// The text.
    public private(set) lazy var text: String = buffer.string
    /// The text as UTF-16 at a stable address (what ICU reads).
    public let buffer: TextBuffer
    /// ICU locale id for breaks and case mapping.
    public let locale: String

    /// Reads a text once into the representation rules need.
    public init(_ text: String, locale: String = "en") {
        self.buffer = TextBuffer(text)
        self.locale = locale
        self.text = text
    }

    /// A document over UTF-16 code units (the text is decoded only if a rule asks for it).
    public init(units: [UInt16], locale: String = "en") {
        self.buffer = TextBuffer(units: units)
        self.locale = locale
    }

    /// A document over a buffer's text (the text is decoded only if a rule asks for it).
    init(buffer: TextBuffer, locale: String) {
        self.buffer = buffer
        self.locale = locale
    }

    /// The document made from `previous` by edits that replaced its ranges `replaced` with text now at
    /// `changed` (parallel): the buffer reuses what it learned about the unchanged text, and the
    /// tokens, if `previous` computed them, are found again only around the edits (`TokenReuse`).
    init(units: [UInt16], editedFrom previous: Document, changed: [Range<Int>], replaced: [Range<Int>]) {
        self.buffer = TextBuffer(units: units, editedFrom: previous.buffer, changed: changed)
        self.locale = previous.locale
        if let tokens = previous.tokenStorage, previous.locale == locale {
            tokenSource = (TokenReuse(previous: tokens, replaced: replaced, changed: changed), previous.buffer)
            previousWords = previous.wordStorage
        }
    }

    /// The UTF-16 code units.
    public var units: UnsafeBufferPointer<UInt16> { buffer.units }

    /// Number of UTF-16 code units.
    public var count: Int { buffer.count }

    /// The text of a UTF-16 range.
    public func string(_ range: Range<Int>) -> String { buffer.string(range) }

    /// Lines without their line terminator ("\n"; a "\r" before it belongs to the line).
    public private(set) lazy var lines: [Range<Int>] = {
        var result: [Range<Int>] = []
        let units = self.units
        var start = 0
        BlockScan.forEach(in: units, from: 0, to: units.count, where: { $0 == 0x0A }) { index in
            result.append(start..<index)
            start = index + 1
        }
        result.append(start..<units.count)
        return result
    }()

    /// Paragraphs: maximal runs of lines that are not blank, from the first non-space to the end of the last line.
    public private(set) lazy var paragraphs: [Range<Int>] = {
        var result: [Range<Int>] = []
        var current: Range<Int>?
        for line in lines {
            if isBlank(line) {
                if let paragraph = current { result.append(paragraph) }
                current = nil
            } else if let paragraph = current {
                current = paragraph.lowerBound..<line.upperBound
            } else {
                current = line
            }
        }
        if let paragraph = current { result.append(paragraph) }
        return result
    }()

    /// Sentences from ICU's sentence break iterator (with its abbreviation suppressions, so "Mr. Smith"
    /// stays in one sentence), found within each paragraph.
    public private(set) lazy var sentences: [Range<Int>] = paragraphs.flatMap(sentences(in:))

    /// The sentences of one paragraph (a paragraph's sentences do not depend on the rest of the
    /// text), remembered by paragraph start.
    func sentences(in paragraph: Range<Int>) -> [Range<Int>] {
        if let known = sentencesByParagraph[paragraph.lowerBound] { return known }
        var result: [Range<Int>] = []
        var start = paragraph.lowerBound
        let boundaries = (try? BreakIterator.boundaries(.sentence, in: buffer, range: paragraph, locale: locale.contains("@") ? locale + ";ss=standard" : locale + "@ss=standard")) ?? []
        for boundary in boundaries {
            result.append(start..<boundary.offset)
            start = boundary.offset
        }
        if start < paragraph.upperBound { result.append(start..<paragraph.upperBound) }
        sentencesByParagraph[paragraph.lowerBound] = result
        return result
    }

    /// Offsets of the units that can be quotation marks (`"` `'` `«` `»` `‘` `’` `“` `”` `„`), in
    /// order: found in one pass over the text and shared by the rules that look at quotes.
    private(set) lazy var quoteMarkOffsets: [Int] = QuoteScanner.markOffsets(in: units)

    /// The sentences of the paragraphs asked about so far, by paragraph start.
    private var sentencesByParagraph: [Int: [Range<Int>]] = [:]

    /// Tokens from ICU's word break iterator, covering the whole text (stretches seen before are
    /// answered from the thread's `WordBreakMemo`).
    public var tokens: [Token] {
        if let tokenStorage { return tokenStorage }
        let tokens: [Token]
        let memo = WordBreakMemo.current(locale: locale)
        if let (reuse, previousBuffer) = tokenSource {
            var reused: [TokenReuse.Span] = []
            tokens = reuse.tokens(of: units, previousUnits: previousBuffer.units, reused: &reused) { tokenize($0, memo: memo).tokens }
            if let previousWords { wordSource = (previousWords, reused) }
        } else {
            let resets = memo.resets
            let entries: [UInt16]?
            (tokens, entries) = tokenize(0..<count, memo: memo)
            // (Entries handed out before the memo forgot them name other words now.)
            if let entries, memo.resets == resets { wordEntries = (entries, memo, resets) }
        }
        tokenStorage = tokens
        tokenSource = nil
        previousWords = nil
        return tokens
    }

    /// The tokens, once computed.
    private var tokenStorage: [Token]?
    /// The tokens of the document this one was edited from, until this one's tokens are computed.
    private var tokenSource: (TokenReuse, TextBuffer)?

    /// The entries of the word tokens' words in the memo's `KeptWordForms` (0: none), in order, with
    /// the memo and its reset count when they were handed out; nil for a document made by edits.
    private var wordEntries: (entries: [UInt16], memo: WordBreakMemo, resets: Int)?

    /// The entries of the word tokens' words (in order, one per word token; 0: none) in the current
    /// thread's `KeptWordForms`, nil when there are none or they no longer hold.
    func keptWordEntries() -> (entries: [UInt16], forms: KeptWordForms)? {
        _ = tokens
        guard let (entries, memo, resets) = wordEntries, memo.resets == resets,
              memo === WordBreakMemo.current(locale: locale) else { return nil }
        return (entries, memo.wordForms)
    }

    /// The tokens of a range whose ends are firm boundaries or text ends (tokenized as a text of its
    /// own), stretch by stretch between firm boundaries: from the memo where it knows the stretch,
    /// and from one ICU call for all the stretches it does not know, which it then remembers.
    /// With the tokens come the entries of the word tokens' words (`WordBreakMemo.wordEntry`, one
    /// per word token), nil when ICU tokenized the range whole.
    func tokenize(_ range: Range<Int>, memo: WordBreakMemo) -> (tokens: [Token], wordEntries: [UInt16]?) {
        let units = self.units
        // The stretches in order (each ends at the next firm boundary, `TokenReuse.isFirm`, or at
        // the range end), with what the memo knows of them; the units of those it does not know, joined.
        var stretches: [(range: Range<Int>, known: WordBreakMemo.Known?)] = []
        stretches.reserveCapacity(range.count / 6 + 1)
        var unknownUnits: [UInt16] = []
        var start = range.lowerBound
        let limit = range.upperBound
        while start < limit {
            var end = start &+ 1
            while end < limit {
                if units[end &- 1] == 0x20 && TokenReuse.startsFirm(units[end]) { break }
                end &+= 1
            }
            let known = memo.known(start..<end, in: units)
            if known == nil { unknownUnits.append(contentsOf: UnsafeBufferPointer(rebasing: units[start..<end])) }
            stretches.append((start..<end, known))
            start = end
        }
        // Where two unknown stretches meet in the joined text, one ends with a space and the next
        // starts with an ASCII letter or digit (only the first stretch of the range may start
        // otherwise, and it comes first): a firm boundary, so ICU segments the joined text as it
        // segments each stretch alone.
        var unknownTokens: [Token] = []
        if !unknownUnits.isEmpty {
            Self.appendICUTokens(of: 0..<unknownUnits.count, in: TextBuffer(units: unknownUnits), locale: locale, to: &unknownTokens)
        }
        var result: [Token] = []
        result.reserveCapacity(range.count / 2 + 1)
        var next = 0, joinedStart = 0
        var entries: [UInt16] = []
        entries.reserveCapacity(range.count / 6 + 1)
        // The unknown stretches with where their tokens and word entries start, remembered only after
        // the known ones are read: remembering may move or clear the buckets that `known` points into.
        var unknown: [(stretch: Range<Int>, tokens: Range<Int>, firstEntry: Int)] = []
        for (stretch, known) in stretches {
            if let known {
                memo.append(known, at: stretch.lowerBound, to: &result, wordEntries: &entries)
                continue
            }
            let first = result.count, shift = stretch.lowerBound - joinedStart
            joinedStart += stretch.count
            while next < unknownTokens.count && unknownTokens[next].range.upperBound <= joinedStart {
                let token = unknownTokens[next]
                result.append(Token(range: token.range.lowerBound + shift..<token.range.upperBound + shift, kind: token.kind))
                next += 1
            }
            // (Never taken: a token across two joined stretches would mean a firm boundary is not one.)
            guard result.count > first, result[result.count - 1].range.upperBound == stretch.upperBound else {
                var tokens: [Token] = []
                Self.appendICUTokens(of: range, in: buffer, locale: locale, to: &tokens)
                return (tokens, nil)
            }
            unknown.append((stretch, first..<result.count, entries.count))
            for index in first..<result.count where result[index].kind == .word { entries.append(0) }
        }
        for (stretch, tokens, firstEntry) in unknown {
            let entry = memo.remember(stretch, in: units, tokens: result[tokens])
            // (An entry names a stretch's only word.)
            if entry != 0 { entries[firstEntry] = entry }
        }
        return (result, entries)
    }

    /// Appends the tokens of a range from ICU's word break iterator (the range tokenized as a text of its own).
    static func appendICUTokens(of range: Range<Int>, in buffer: TextBuffer, locale: String, to result: inout [Token]) {
        // Tokens are made from ICU's batches of boundaries (no array of boundaries in between).
        guard let batches = try? BoundaryBatches(.word, in: buffer, range: range, locale: locale) else { return }
        var start = range.lowerBound
        let units = buffer.units
        while let batch = batches.next() {
            for index in batch.offsets.indices {
                let end = range.lowerBound + Int(batch.offsets[index])
                result.append(Token(range: start..<end, kind: Self.kind(of: start..<end, status: batch.ruleStatuses[index], in: units)))
                start = end
            }
        }
    }

    /// The word tokens with their texts, counts and capitalized forms (shared by the rules that need them).
    /// A document made by edits reuses what the words of the one before knew about unchanged tokens.
    var words: DocumentWords {
        if let wordStorage { return wordStorage }
        _ = tokens    // finding the tokens sets `wordSource` when the previous words can be reused
        let words = DocumentWords(self, reusing: wordSource)
        wordStorage = words
        wordSource = nil
        return words
    }

    /// The words, once computed.
    private var wordStorage: DocumentWords?
    /// The words of the document this one was edited from, until this one's tokens are computed.
    private var previousWords: DocumentWords?
    /// The words of the document this one was edited from and the stretches of its text whose tokens
    /// this one kept, until this one's words are computed.
    private var wordSource: (words: DocumentWords, reused: [TokenReuse.Span])?

    /// Whether a range holds only spaces and tabs (or nothing).
    public func isBlank(_ range: Range<Int>) -> Bool {
        units[range].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0xA0 }
    }

    /// The index of the line containing a UTF-16 offset.
    public func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    private static func kind(of range: Range<Int>, status: Int32, in units: UnsafeBufferPointer<UInt16>) -> Token.Kind {
        switch status {
        case 100..<200: return .number
        case 200..<500: return .word
        default:
            guard let first = range.first.map({ units[$0] }) else { return .other }
            switch first {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2028, 0x2029, 0x3000, 0x2000...0x200A: return .space
            default: return .other
            }
        }
    }
}

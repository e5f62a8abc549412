import Foundation
import ICU

/// `kind: quotes` — repairs quotation marks, paragraph by paragraph.
///
/// Fields: `operation`:
/// - `close-unclosed`: a double quote left open in a paragraph is closed before a reporting clause
///   (`… time said Miller` → `… time,” said Miller`) when the words after the verb (a set named by
///   `reporting-verbs`) are few and at least half capitalized (a speaker's name and title); otherwise the closer is
///   suggested at the end of the paragraph (of the line, when the paragraph's lines end sentences:
///   scraped paragraphs are often lines), unless the next line opens with the same mark (a
///   quotation running on over paragraphs, as news style writes it), a later paragraph closes it,
///   a mark already ends it, or it ends in a comma or a word of `open-endings` (a break the page
///   made mid-sentence: `the referees, but`).
/// - `reversed-closer`: a closing mark typed as an opening one (`tradition, “he added` →
///   `tradition,” he added`): the quotation's own mark after a comma or sentence end, before a
///   lowercase word and a reporting verb (`reporting-verbs`), or glued to a word and before
///   punctuation or a line end (`the United States“, sentenced`).
/// - `inner-space`: spaces just inside a curly quote pair (`“ word ”`) removed, in balanced paragraphs.
/// - `doubled`: a curly mark typed twice (`““`) made single.
/// - `punctuation`: with `style: american` (default) a comma or period after a closing ” goes inside
///   it; with `style: british` one just inside goes outside. Only “…” pairs are touched, and with
///   `lexicon` only quotations whose last word is in it (quoted Portuguese keeps its own rules).
///   With `follow-document: true`, only in a document that itself puts more commas and periods on
///   the rule's side of a closing ” than on the other: there a mark on the other side is an
///   inconsistency; in a document written consistently the other way it is the house style.
struct QuotesRule: Rule {
    /// What the rule repairs.
    enum Operation: String, CaseIterable, Sendable {
        case closeUnclosed = "close-unclosed"
        case reversedCloser = "reversed-closer"
        case innerSpace = "inner-space"
        case doubled
        case punctuation
    }

    /// Where commas and periods go relative to a closing quote.
    enum Style: String, CaseIterable, Sendable { case american, british }

    let info: RuleInfo
    let operation: Operation
    let style: Style
    let reportingVerbs: WordSet?
    let openEndings: WordSet?
    let lexicon: Lexicon?
    /// Whether `punctuation` follows the style the document mostly uses (see the type's notes).
    let followsDocument: Bool

    init(spec: RuleSpec) throws {
        info = spec.info
        guard let name = try spec.string("operation", required: true), let operation = Operation(rawValue: name) else {
            throw spec.error("'operation' must be one of \(Operation.allCases.map(\.rawValue).joined(separator: ", "))", at: "operation")
        }
        self.operation = operation
        style = try spec.choice("style", default: .american)
        reportingVerbs = try spec.string("reporting-verbs").map { try spec.wordSet(named: $0, at: "reporting-verbs") }
        openEndings = try spec.string("open-endings").map { try spec.wordSet(named: $0, at: "open-endings") }
        lexicon = try spec.string("lexicon").map { Lexicon(try spec.wordSet(named: $0, at: "lexicon")) }
        followsDocument = try spec.bool("follow-document", default: false)
        if followsDocument && operation != .punctuation {
            throw spec.error("'follow-document' applies to operation punctuation only", at: "follow-document")
        }
        if (operation == .closeUnclosed || operation == .reversedCloser) && reportingVerbs == nil {
            throw spec.error("operation \(operation.rawValue) needs 'reporting-verbs'")
        }
    }

    func edits(in document: Document) throws -> [Edit] {
        let markOffsets = document.quoteMarkOffsets
        if operation == .punctuation && followsDocument && !Self.mostlyWrites(style, document: document) { return [] }
        var nextMark = 0
        return document.paragraphs.flatMap { paragraph -> [Edit] in
            // Every operation needs a quotation mark in the paragraph: skip those without one.
            while nextMark < markOffsets.count && markOffsets[nextMark] < paragraph.lowerBound { nextMark += 1 }
            guard nextMark < markOffsets.count && markOffsets[nextMark] < paragraph.upperBound else { return [] }
            switch operation {
            case .closeUnclosed: return closeUnclosed(in: paragraph, document: document)
            case .reversedCloser: return reversedClosers(in: paragraph, document: document)
            case .innerSpace: return innerSpaces(in: paragraph, document: document)
            case .doubled: return doubled(in: paragraph, document: document)
            case .punctuation: return punctuation(in: paragraph, document: document)
            }
        }
    }

    private func closeUnclosed(in paragraph: Range<Int>, document: Document) -> [Edit] {
        guard let reportingVerbs, QuoteScanner.holdsDoubleMark(in: document, range: paragraph) else { return [] }
        // Closers typed the wrong way round (another rule turns them) close their quotations.
        var marks = QuoteScanner.marks(in: document, range: paragraph)
        if Self.mayHoldReversedCloser(paragraph, document: document) {
            let reversed = Set(Self.reversedClosers(marks, document: document, reportingVerbs: reportingVerbs).map(\.offset))
            for index in marks.indices where reversed.contains(marks[index].offset) { marks[index].role = .closing }
        }
        let openers = QuoteScanner.unclosedOpeners(of: marks)
        guard let opener = openers.last else { return [] }
        if let edit = closingBeforeReportingClause(opener, in: paragraph, document: document, reportingVerbs: reportingVerbs) {
            return [edit]
        }
        // A quotation running on over paragraphs is left open where the next line opens again with
        // a mark of the same kind (news style): such openers are not unclosed. Nor is one that may be
        // a closer typed the wrong way round: closing at the paragraph end would add a mark.
        guard let open = openers.last(where: { !QuotationScope.runsOn($0, in: document) }),
              !Self.mayBeMisplacedCloser(open.offset, in: document.units) else { return [] }
        let scope = QuotationScope.scope(of: open, in: paragraph, document: document)
        var end = scope.upperBound
        while end > open.offset, document.units[end - 1] == 0x20 { end -= 1 }
        // A quotation mark already ends the scope (a closer taken for something else, `world.’`):
        // another would not make it right, and a second run would add one more.
        guard end > open.offset + 1, !QuoteScanner.isQuoteMark(document.units[end - 1]) else { return [] }
        // A paragraph ending in a comma or a word of `open-endings` (`the honesty of the referees,
        // but`) was broken by the page, not closed by the writer: the quotation goes on past the break.
        guard !endsOpen(at: end, after: open.offset, document: document) else { return [] }
        let closer = String(QuoteScanner.closer(for: open.character))
        return [info.edit(end..<end, closer, message: info.message + " (at the end of the paragraph or line; check where the quote ends)", level: .suggest)]
    }

    /// Whether the text before `end` (after `start`) ends in a comma or in a word of `open-endings`.
    private func endsOpen(at end: Int, after start: Int, document: Document) -> Bool {
        let units = document.units
        if units[end - 1] == 0x2C { return true }
        guard let openEndings else { return false }
        var wordStart = end
        while wordStart > start + 1, (units[wordStart - 1] | 0x20) &- 0x61 < 26 { wordStart -= 1 }
        return wordStart < end && openEndings.contains(document.string(wordStart..<end))
    }

    /// Whether an opening mark stands where a closer typed the wrong way round may (`did“Axel`,
    /// `Economy “, expressed`, `mine, “he clarified`): glued to the word before it, followed by a
    /// space or punctuation, or after a comma or sentence end and before a lowercase word. Closing
    /// its quotation at the paragraph end would add a mark and leave the wrong one.
    private static func mayBeMisplacedCloser(_ offset: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        if isReversedCloserPlace(offset, in: units) { return true }
        if offset + 1 < units.count, [0x20, 0x2C, 0x2E, 0x3B, 0x3A].contains(units[offset + 1]) { return true }
        guard offset > 0, let scalar = Unicode.Scalar(units[offset - 1]) else { return false }
        return CharacterCategory.isLetter(scalar) || CharacterCategory.isDigit(scalar) || [0x2C, 0x2E, 0x21, 0x3F].contains(units[offset - 1])
    }

    /// Closers typed as openers (`tradition, “he added` → `tradition,” he added`; `here. "says` →
    /// `here." says`): see `reversedClosers(_:document:reportingVerbs:)`.
    private func reversedClosers(in paragraph: Range<Int>, document: Document) -> [Edit] {
        guard let reportingVerbs, Self.mayHoldReversedCloser(paragraph, document: document) else { return [] }
        let marks = QuoteScanner.marks(in: document, range: paragraph)
        return Self.reversedClosers(marks, document: document, reportingVerbs: reportingVerbs).map { mark in
            let closer = document.units[mark.offset] == 0x201C ? "”" : "\""
            if Self.isGluedCloserPlace(mark.offset, in: document.units) { return info.edit(mark.offset..<mark.offset + 1, closer) }
            return info.edit(mark.offset - 1..<mark.offset + 1, closer + " ")
        }
    }

    /// Whether a `“` or `"` of the paragraph stands where a reversed closer may (a quick test:
    /// without one, `reversedClosers` finds none).
    static func mayHoldReversedCloser(_ paragraph: Range<Int>, document: Document) -> Bool {
        QuoteScanner.markOffsets(in: document, range: paragraph).contains {
            isReversedCloserPlace($0, in: document.units, allowingCapital: true) || isGluedCloserPlace($0, in: document.units)
        }
    }

    /// Whether the unit at `offset` is a `“` glued to the word or sentence end before it and followed
    /// by punctuation or a line end (`the United States“, sentenced`, `happen“.`): no opener stands there.
    static func isGluedCloserPlace(_ offset: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard offset >= 1, units[offset] == 0x201C else { return false }
        let before = units[offset - 1]
        guard before == 0x2E || before == 0x21 || before == 0x3F || (before >= 0x80 ? Unicode.Scalar(before).map(CharacterCategory.isLetter) ?? false
                                                                                      : (before | 0x20) &- 0x61 < 26 || before &- 0x30 < 10) else { return false }
        guard offset + 1 < units.count else { return true }
        let after = units[offset + 1]
        return after == 0x2C || after == 0x2E || after == 0x3B || after == 0x3A || after == 0x21 || after == 0x3F || after == 0x0A || after == 0x0D
    }

    /// Whether the unit at `offset` is a `“` or `"` after a comma or sentence end and a space, and
    /// before a lowercase ASCII letter (`, “he added`), or, when `allowingCapital`, a capital (`, “Lula said`).
    private static func isReversedCloserPlace(_ offset: Int, in units: UnsafeBufferPointer<UInt16>, allowingCapital: Bool = false) -> Bool {
        guard offset >= 2, offset + 1 < units.count, units[offset] == 0x201C || units[offset] == 0x22, units[offset - 1] == 0x20 else {
            return false
        }
        let before = units[offset - 2], next = units[offset + 1]
        return (before == 0x2C || before == 0x2E || before == 0x21 || before == 0x3F)
            && (next &- 0x61 < 26 || (allowingCapital && next &- 0x41 < 26))
    }

    /// The marks read as opening that close their own quotation, typed the wrong way round: the
    /// same mark as the innermost open one, glued to the word before it and followed by punctuation
    /// or a line end (`States“, sentenced`), or after a comma or sentence end and a space, before a
    /// lowercase word, with a reporting verb among the next three words (`tradition, “he added`),
    /// or before up to four capitalized words and a reporting verb (`workers, “Lula said`).
    /// Before a capital, after a colon or without a reporting verb, a mark opens a new quotation.
    static func reversedClosers(_ marks: [QuoteScanner.Mark], document: Document, reportingVerbs: WordSet) -> [QuoteScanner.Mark] {
        let units = document.units
        var open: [UInt16] = []
        var result: [QuoteScanner.Mark] = []
        for mark in marks where mark.isDouble && mark.role != .apostrophe {
            let offset = mark.offset
            let unit = units[offset]
            guard mark.role == .opening else {
                _ = open.popLast()
                continue
            }
            if open.last == unit, isGluedCloserPlace(offset, in: units) {
                result.append(mark)
                _ = open.popLast()
                continue
            }
            if open.last == unit, isReversedCloserPlace(offset, in: units, allowingCapital: true) {
                let words = document.words
                let next = words.tokens.partitioningIndex { $0.range.lowerBound > offset }
                // Before a lowercase word, a verb among the next three words (`“he added`); before a
                // capital, a speaker of capitalized words and then the verb (`“Foreign Minister Ana Torres said`).
                let reach = units[offset + 1] &- 0x61 < 26 ? 3 : 5
                let verb = (next..<min(next + reach, words.tokens.count)).first { reportingVerbs.contains(words.texts[$0]) }
                // After a reporting verb (`He said, “Smith said it`) a mark opens a quotation.
                let afterVerb = next > 0 && reportingVerbs.contains(words.texts[next - 1])
                if let verb, !afterVerb, units[offset + 1] &- 0x61 < 26 || (next..<verb).allSatisfy({ WordShape.startsUppercase(words.texts[$0]) }) {
                    result.append(mark)
                    _ = open.popLast()
                    continue
                }
            }
            open.append(unit)
        }
        return result
    }

    /// The fewest words of a quotation closed before a reporting clause.
    static let shortestQuotationBeforeClause = 3

    /// The closer inserted before a reporting clause inside the quotation `opener` opens (`… time
    /// said Miller` → `… time,” said Miller`), if there is one.
    private func closingBeforeReportingClause(_ opener: QuoteScanner.Mark, in paragraph: Range<Int>, document: Document,
                                              reportingVerbs: WordSet) -> Edit? {
        let scope = QuotationScope.scope(of: opener, in: paragraph, document: document)
        // Word tokens only for a paragraph with an open quote: most documents never need them here.
        let words = document.words
        let closer = String(QuoteScanner.closer(for: opener.character))
        let first = words.tokens.partitioningIndex { $0.range.lowerBound > opener.offset }
        let inside = (first..<words.tokens.count).prefix { scope.contains(words.tokens[$0].range.lowerBound) }
        // Three words or more before the verb: `“Lula said` is a speaker after a closer typed the wrong way round.
        for index in inside.dropFirst(Self.shortestQuotationBeforeClause) where reportingVerbs.contains(words.texts[index]) {
            let verb = words.tokens[index]
            let previous = words.tokens[index - 1]
            guard document.string(previous.range.upperBound..<verb.range.lowerBound).isIdentical(to: " ") else { continue }
            let sentenceEnd = min(document.sentence(containing: verb.range.lowerBound)?.upperBound ?? scope.upperBound, scope.upperBound)
            // Tokens are in text order: those ending by the sentence end are a prefix of the rest.
            let after = (index + 1..<inside.upperBound).prefix { words.tokens[$0].range.upperBound <= sentenceEnd }.map { words.texts[$0] }
            let capitalized = after.filter(WordShape.startsUppercase).count
            guard !after.isEmpty, after.count <= 8, capitalized * 2 >= after.count else { continue }
            return info.edit(previous.range.upperBound..<previous.range.upperBound, "," + closer,
                             message: info.message + " (before the reporting clause)")
        }
        return nil
    }

    private func innerSpaces(in paragraph: Range<Int>, document: Document) -> [Edit] {
        guard QuoteScanner.holdsCurlyMark(in: document, range: paragraph) else { return [] }
        let marks = QuoteScanner.marks(in: document, range: paragraph)
        guard QuoteScanner.unclosedOpeners(of: marks).isEmpty, QuoteScanner.unopenedClosers(of: marks).isEmpty else { return [] }
        var edits: [Edit] = []
        for mark in marks where [0x201C, 0x201D, 0x2018, 0x2019].contains(document.units[mark.offset]) {     // “ ” ‘ ’
            // `employers ‘ associations`, `Reports‘ decision`: a plural's possessive typed as an opening mark.
            if mark.role == .opening, document.units[mark.offset] == 0x2018, Self.followsPluralWord(mark.offset, in: document.units) {
                continue
            }
            if mark.role == .opening {
                var end = mark.offset + 1
                while end < paragraph.upperBound, document.units[end] == 0x20 { end += 1 }
                if end > mark.offset + 1, end < paragraph.upperBound { edits.append(info.edit(mark.offset + 1..<end, "")) }
            } else if mark.role == .closing {
                var start = mark.offset
                while start > paragraph.lowerBound, document.units[start - 1] == 0x20 { start -= 1 }
                if start < mark.offset, start > paragraph.lowerBound { edits.append(info.edit(start..<mark.offset, "")) }
            }
        }
        return edits
    }

    /// Whether a word ending in a lowercase `s` comes right before an offset, or a space after one
    /// (`employers ‘ associations`, `Consumer Reports‘ decision`).
    private static func followsPluralWord(_ offset: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        if offset >= 2 && units[offset - 1] == 0x73 && units[offset - 2] &- 0x61 < 26 { return true }
        return offset >= 3 && units[offset - 1] == 0x20 && units[offset - 2] == 0x73 && units[offset - 3] &- 0x61 < 26
    }

    private func doubled(in paragraph: Range<Int>, document: Document) -> [Edit] {
        let units = document.units
        var edits: [Edit] = []
        var next = paragraph.lowerBound   // where the text not yet replaced starts
        // The doubled marks are among the quotation mark units.
        for offset in QuoteScanner.markOffsets(in: document, range: paragraph) where offset >= next && offset + 1 < paragraph.upperBound {
            let unit = units[offset]
            guard (unit == 0x201C || unit == 0x201D || unit == 0xAB || unit == 0xBB), units[offset + 1] == unit else { continue }
            var end = offset + 1
            while end < paragraph.upperBound, units[end] == unit { end += 1 }
            edits.append(info.edit(offset + 1..<end, ""))
            next = end
        }
        return edits
    }

    /// Whether the last word of a quotation is in the lexicon (always true without one).
    private func endsInEnglish(_ quotation: String) -> Bool {
        guard let lexicon else { return true }
        // The last run of letters and apostrophes (what splitting at everything else would end with).
        let isSeparator: (Character) -> Bool = { !$0.isLetter && $0 != "’" && $0 != "'" }
        guard let end = quotation.lastIndex(where: { !isSeparator($0) }) else { return true }
        let start = quotation[..<end].lastIndex(where: isSeparator).map { quotation.index(after: $0) } ?? quotation.startIndex
        let last = quotation[start...end]
        // Without a ’ (no character decomposes to one) there is nothing to replace.
        return lexicon.contains(DocumentWords.removingPossessive(String(last)))
            || lexicon.contains(last.utf16.contains(0x2019) ? String(last).replacingOccurrences(of: "’", with: "'") : String(last))
    }

    /// Whether the document puts more commas and periods on `style`'s side of a closing ” (`,”` for
    /// American) than on the other (`”,`), counting every ” with a comma or period beside it.
    static func mostlyWrites(_ style: Style, document: Document) -> Bool {
        let units = document.units
        var inside = 0, outside = 0
        for offset in document.quoteMarkOffsets where units[offset] == 0x201D {
            if offset > 0, units[offset - 1] == 0x2C || units[offset - 1] == 0x2E {
                inside += 1
            } else if offset + 1 < units.count, units[offset + 1] == 0x2C || units[offset + 1] == 0x2E {
                outside += 1
            }
        }
        return style == .american ? inside > outside : outside > inside
    }

    private func punctuation(in paragraph: Range<Int>, document: Document) -> [Edit] {
        guard QuoteScanner.holdsDoubleMark(in: document, range: paragraph) else { return [] }
        let units = document.units
        var edits: [Edit] = []
        var openers: [QuoteScanner.Mark] = []
        for mark in QuoteScanner.marks(in: document, range: paragraph) where mark.isDouble && mark.role != .apostrophe {
            if mark.role == .opening { openers.append(mark); continue }
            // Only an English pair “…”: „…” and «…» follow other languages' rules, and so does a
            // quotation whose last word is not English (`“… irreversível”, disse`).
            guard let opener = openers.popLast(), opener.character == "“", mark.character == "”" else { continue }
            let offset = mark.offset
            // The quotation's last word is looked up only where the punctuation would move.
            let isEnglish = { endsInEnglish(document.string(opener.offset + 1..<offset)) }
            switch style {
            case .american:
                guard offset + 1 < paragraph.upperBound, units[offset + 1] == 0x2C || units[offset + 1] == 0x2E else { continue }
                if offset + 2 < paragraph.upperBound, units[offset + 2] == 0x2E { continue }      // ”... stays
                let before = offset > paragraph.lowerBound ? units[offset - 1] : 0
                if [0x2C, 0x2E, 0x3F, 0x21, 0x2026].contains(before) { continue }                       // already punctuated inside
                guard isEnglish() else { continue }
                let punctuation = document.string(offset + 1..<offset + 2)
                edits.append(info.edit(offset..<offset + 2, punctuation + "”"))
            case .british:
                guard offset > paragraph.lowerBound, units[offset - 1] == 0x2C || units[offset - 1] == 0x2E else { continue }
                if offset - 2 >= paragraph.lowerBound, units[offset - 2] == 0x2E { continue }
                guard isEnglish() else { continue }
                let punctuation = document.string(offset - 1..<offset)
                edits.append(info.edit(offset - 1..<offset + 1, "”" + punctuation))
            }
        }
        return edits
    }
}

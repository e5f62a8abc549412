import Foundation
import ICU

/// `case-consistency` with `operation: sentence-start`: a lowercase sentence or paragraph start capitalized.
extension CaseConsistencyRule {
    func sentenceStarts(_ words: DocumentWords, document: Document) -> [Edit] {
        let mapper = CaseMapper(locale: document.locale)
        var edits: [Edit] = []
        let facts = words.facts
        let units = document.units
        for (index, token) in words.tokens.enumerated() {
            // The per-form facts are `WordShape.isLowercase` and `WordShape.isLetters` of the text.
            let start = token.range.lowerBound
            guard followsLineStartOrSentenceEnd(start, document: document) else {
                // (A quick test first: a capital letter and one space before the token.)
                if start >= 2, units[start - 1] == 0x20, units[start - 2] &- 0x41 < 26, facts[index].isLowercase, facts[index].isLetters,
                   let join = dropCapJoin(token, text: words.texts[index], words: words, document: document) { edits.append(join) }
                continue
            }
            guard facts[index].isLowercase, facts[index].isLetters else { continue }
            let text = words.texts[index]
            // A drop cap set as a paragraph of its own (`P⏎⏎resident Joko`) belongs to this word.
            if followsDropCap(token, document: document) {
                if let join = dropCapJoin(token, text: text, words: words, document: document) { edits.append(join) }
                continue
            }
            guard startsParagraphOrSentence(index, words: words, document: document),
                  !(particles?.contains(text) ?? false) else { continue }
            let capitalized = mapper.capitalizingFirstLetter(text)
            // An unknown word is capitalized only when the document writes it so elsewhere (a name).
            guard lexicon.containsLowercase(text) || words.capitalized.contains(capitalized),
                  // A handle or a path (`r/science`, `u/mvea`) keeps its case.
                  !words.isInsideAddress(index, in: document) else { continue }
            if previousParagraphEndsInCapitalOrDigit(before: token, document: document) {
                // `… said that the BJP⏎⏎returned to power`: a sentence a page split may go on here.
                edits.append(info.edit(token.range, capitalized, message: info.message + " (suggested: the paragraph before ends without punctuation, so this one may continue its sentence)",
                                       level: .suggest))
            } else if questionOpeners.contains(text), !sentenceEndsInQuestionMark(after: token.range.upperBound, document: document) {
                edits.append(info.edit(token.range, capitalized, message: info.message + " (suggested: '\(text)' opens no question here, so the period before it may be stray)",
                                       level: .suggest))
            } else if let sentenceOpeners, !sentenceOpeners.contains(text), !questionOpeners.contains(text),
                      !Self.startsLine(token.range.lowerBound, document: document) {
                edits.append(info.edit(token.range, capitalized, message: info.message + " (suggested: '\(text)' seldom opens a sentence, so the period before it may be stray)",
                                       level: .suggest))
            } else {
                edits.append(info.edit(token.range, capitalized))
            }
        }
        return edits
    }

    /// Whether the first `.`, `!`, `?` or line end after an offset is a `?`.
    func sentenceEndsInQuestionMark(after offset: Int, document: Document) -> Bool {
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
    func followsLineStartOrSentenceEnd(_ start: Int, document: Document) -> Bool {
        let units = document.units
        if start >= 2 && units[start - 1] == 0x20 && (units[start - 2] == 0x2E || units[start - 2] == 0x21 || units[start - 2] == 0x3F) {
            return true
        }
        return Self.startsLine(start, document: document)
    }

    /// Whether the text before a paragraph (blank lines and spaces skipped) ends mid-sentence: in a
    /// lowercase letter, or in `,`, `;`, `]` or a dash (a scraper's break inside a sentence), or in
    /// a closing quotation mark after a letter (`a⏎⏎"May Pact"⏎⏎with ten points`: no sentence ends
    /// inside the quotation).
    static func previousParagraphEndsMidSentence(before paragraph: Range<Int>, document: Document) -> Bool {
        guard let last = lastUnit(before: paragraph, document: document) else { return false }
        if last == 0x201D || last == 0x22 || last == 0x2019 || last == 0xBB, let end = lastUnitOffset(before: paragraph, document: document),
           end > 0, let quoted = Unicode.Scalar(document.units[end - 1]) {
            return CharacterCategory.isLetter(quoted)
        }
        switch last {
        case 0x2C, 0x3B, 0x5D, 0x2013, 0x2014: return true
        default: break
        }
        guard let scalar = Unicode.Scalar(last) else { return false }
        return CharacterCategory.isLowercase(scalar)
    }

    /// The last unit of the text before a paragraph, blank lines and spaces skipped (nil at the start).
    static func lastUnit(before paragraph: Range<Int>, document: Document) -> UInt16? {
        lastUnitOffset(before: paragraph, document: document).map { document.units[$0] }
    }

    /// The offset of `lastUnit(before:document:)`.
    static func lastUnitOffset(before paragraph: Range<Int>, document: Document) -> Int? {
        let units = document.units
        var end = paragraph.lowerBound
        while end > 0, Document.isSpaceOrLineBreak(units[end - 1]) { end -= 1 }
        return end > 0 && end < paragraph.lowerBound ? end - 1 : nil
    }

    /// Whether a token opens a paragraph after one that is a single capital letter (a drop cap).
    func followsDropCap(_ token: Token, document: Document) -> Bool {
        guard let paragraph = document.paragraph(containing: token.range.lowerBound),
              Self.startsLine(token.range.lowerBound, document: document),
              let last = Self.lastUnitOffset(before: paragraph, document: document),
              document.units[last] &- 0x41 < 26 else { return false }
        return last == 0 || Document.isSpaceOrLineBreak(document.units[last - 1])
    }

    /// The rest of a word split from its drop cap, joined to it: a capital letter alone at a line
    /// start, then one space or line breaks, then this token in lowercase (`S ince`, `P⏎⏎resident`),
    /// when the letter and the token make a lexicon word or a capitalized word of the document.
    /// `A`, `I` and `O` are words of their own; `T cells`, `B vitamins` make no word and stay, and so
    /// does letter-spaced text (`B e f o r e`: the token must have two letters or more).
    func dropCapJoin(_ token: Token, text: String, words: DocumentWords, document: Document) -> Edit? {
        let units = document.units
        var letter = token.range.lowerBound - 1
        guard letter >= 1, token.range.count >= 2 else { return nil }
        if units[letter] == 0x20 {
            letter -= 1
        } else {
            guard units[letter] == 0x0A else { return nil }
            while letter >= 0, Document.isSpaceOrLineBreak(units[letter]) { letter -= 1 }
        }
        guard letter >= 0, units[letter] &- 0x41 < 26, ![0x41, 0x49, 0x4F].contains(units[letter]),
              Self.startsLine(letter, document: document), let capital = Unicode.Scalar(units[letter]) else { return nil }
        let joined = String(Character(capital)) + text
        guard lexicon.containsLowercase(joined) || words.capitalized.contains(joined) else { return nil }
        return info.edit(letter..<token.range.upperBound, joined, message: "Drop cap joined to the rest of its word")
    }

    /// Whether a token opens a paragraph after one that ends in a capital letter or a digit, with no
    /// punctuation (`the BJP`, `in 2024`): it may be a heading, or a sentence the page split.
    func previousParagraphEndsInCapitalOrDigit(before token: Token, document: Document) -> Bool {
        guard let paragraph = document.paragraph(containing: token.range.lowerBound),
              Self.startsLine(token.range.lowerBound, document: document) else { return false }
        guard let unit = Self.lastUnit(before: paragraph, document: document), let last = Unicode.Scalar(unit) else { return false }
        return CharacterCategory.isUppercase(last) || CharacterCategory.isDigit(last)
    }

    /// At a paragraph start (unless the paragraph before ends mid-sentence), or after `.`/`!`/`?` and
    /// a space following an ordinary lowercase word (or an ordinary capitalized one before `.`).
    func startsParagraphOrSentence(_ index: Int, words: DocumentWords, document: Document) -> Bool {
        let start = words.tokens[index].range.lowerBound
        let end = words.tokens[index].range.upperBound
        if end < document.count, document.units[end] == 0x29 || document.units[end] == 0x2E { return false }   // `a)`, `b.`
        if let paragraph = document.paragraph(containing: start),
           document.units[paragraph.lowerBound..<start].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            // A paragraph after one ending mid-sentence continues its sentence (a scraper's break).
            if Self.previousParagraphEndsMidSentence(before: paragraph, document: document) { return false }
            // Prose: three words or more ending in sentence punctuation; a lowercase command or code line is not,
            // nor a credit whose other words are all capitalized (`by Henry David Thoreau.`).
            let text = document.string(paragraph).trimmingCharacters(in: .whitespaces)
            let otherWords = text.split(separator: " ").dropFirst()
            return otherWords.count >= 2 && (text.last.map { ".!?…”\"".contains($0) } ?? false)
                && otherWords.contains { $0.first.map { !$0.isUppercase } ?? false }
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
        // A letter or roman numeral opening its line is a list marker (`ii. failing to deliver`).
        if Self.startsLine(before, document: document),
           previousText.count == 1 || (previousText.count <= 4 && previousText.allSatisfy({ "ivxlcdm".contains($0) })) { return false }
        return before == 0 || document.units[before - 1] != 0x2E
    }

    /// Whether only spaces and tabs stand between an offset and the start of its line.
    static func startsLine(_ offset: Int, document: Document) -> Bool {
        var start = offset
        while start > 0, document.units[start - 1] == 0x20 || document.units[start - 1] == 0x09 { start -= 1 }
        return start == 0 || document.units[start - 1] == 0x0A
    }
}

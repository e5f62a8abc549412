import ICU

/// `case-consistency` with `operation: mid-sentence-capitals`: `The`, `It` lowercased in mid-sentence.
extension CaseConsistencyRule {
    /// The `mid-sentence-capitals` edits: each word of `capitals` between a lowercase word (or `,`,
    /// `;`) and a lowercase word, lowercased; none where the document writes it so
    /// `deliberate-count` times or more (or, with `count-together`, writes the set's words in
    /// mid-sentence that often, whatever follows: `He gave up His Son`): then the capital is the
    /// writer's choice (a title such as the novel `We`, capitals for God), not damage; with
    /// `after-words`, none after a word outside that set; none in a document that writes a word of
    /// `reverent-words` in mid-sentence.
    func midSentenceCapitals(_ words: DocumentWords, document: Document) -> [Edit] {
        // The forms of the set's words, found once: most documents hold a few of them.
        guard let isCapital = words.formMarks(of: capitals) else { return [] }
        let units = document.units
        let tokens = words.tokens
        let facts = words.facts
        /// Whether the token stands in mid-sentence: after a lowercase word, `,` or `;` (not after a
        /// verse or list number opening the line: `6; The path`), and a space.
        func isMidSentence(_ index: Int) -> Bool {
            let range = tokens[index].range
            guard range.lowerBound >= 2, units[range.lowerBound - 1] == 0x20 else { return false }
            let before = units[range.lowerBound - 2]
            if before == 0x2C || before == 0x3B { return !Self.followsLineNumber(range.lowerBound - 2, units: units) }
            return index > 0 && tokens[index - 1].range.upperBound == range.lowerBound - 1
                && facts[index - 1].isLowercase && facts[index - 1].isLetters
        }
        if !reverentWords.isEmpty, let isReverent = words.formMarks(of: reverentWords),
           tokens.indices.contains(where: { isReverent[Int(words.tokenForms[$0])] && isMidSentence($0) }) { return [] }
        var candidates: [Int] = []
        // Uses by form (candidates), or all mid-sentence uses under key 0 when counted together.
        var uses: [Int: Int] = [:]
        for index in tokens.indices where isCapital[Int(words.tokenForms[index])] && isMidSentence(index) {
            if countTogether { uses[0, default: 0] += 1 }
            let range = tokens[index].range
            // A space and a lowercase word after it.
            guard index + 1 < tokens.count, document.isSingleSpace(range.upperBound..<tokens[index + 1].range.lowerBound),
                  facts[index + 1].isLowercase else { continue }
            if !countTogether { uses[Int(words.tokenForms[index]), default: 0] += 1 }
            // After a noun or a pronoun (`my word The ideals`, `they It was`) a sentence may have ended.
            if let afterWords, units[range.lowerBound - 2] != 0x2C, units[range.lowerBound - 2] != 0x3B,
               !afterWords.contains(words.texts[index - 1]) { continue }
            candidates.append(index)
        }
        let mapper = CaseMapper(locale: document.locale)
        return candidates.compactMap { index in
            let key = countTogether ? 0 : Int(words.tokenForms[index])
            if let deliberateCount, uses[key, default: 0] >= deliberateCount { return nil }
            return info.edit(tokens[index].range, mapper.lowercased(words.texts[index]))
        }
    }

    /// Whether only a number (digits, after optional spaces) stands between the start of the line
    /// and an offset.
    static func followsLineNumber(_ offset: Int, units: UnsafeBufferPointer<UInt16>) -> Bool {
        var start = offset
        while start > 0, units[start - 1] &- 0x30 < 10 { start -= 1 }
        guard start < offset else { return false }
        while start > 0, units[start - 1] == 0x20 || units[start - 1] == 0x09 { start -= 1 }
        return start == 0 || units[start - 1] == 0x0A
    }
}

import ICU

/// `case-consistency` with `operation: mid-sentence-capitals`: `The`, `It` lowercased in mid-sentence.
extension CaseConsistencyRule {
    /// The `mid-sentence-capitals` edits: each word of `capitals` between a lowercase word (or `,`,
    /// `;`) and a lowercase word, lowercased.
    func midSentenceCapitals(_ words: DocumentWords, document: Document) -> [Edit] {
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
}

import ICU

/// `case-consistency` with `operation: name-variants`: a first name spelled as in the other mentions.
extension CaseConsistencyRule {
    func nameVariants(_ words: DocumentWords, document: Document) -> [Edit] {
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
    static func pairsWithTwoFirstNames(_ firstNames: [Int], words: DocumentWords) -> [Int] {
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
    static func shareASentence(_ a: String, _ b: String, group: [(first: Int, last: String)], words: DocumentWords, document: Document) -> Bool {
        func sentences(of name: String) -> Set<Int> {
            Set(group.filter { words.texts[$0.first].isIdentical(to: name) }
                .compactMap { document.sentence(containing: words.tokens[$0.first].range.lowerBound)?.lowerBound })
        }
        return !sentences(of: a).isDisjoint(with: sentences(of: b))
    }
}

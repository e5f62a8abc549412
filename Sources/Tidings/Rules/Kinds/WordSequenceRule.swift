import ICU

/// `kind: word-sequence` — a sequence of words from word sets, matched on the document's word
/// tokens instead of by a regex, and rewritten (`the minister Chinese` → `the Chinese minister`).
///
/// Fields: `sequence` (word sets, in order; entries of several words match consecutive tokens),
/// `before` (a word set: the word right before the sequence must be one of it; it stays), `after`
/// (a word set: the word right after must be one of it) and `after-marks` (characters that may
/// instead follow the sequence directly, e.g. `",.;:!?"`), `repeated` (one word written again: each
/// element's word is the one before it, ignoring case, `The the`; entries of one word only), `replacement` (`$1`, `$2`, ... for the
/// words that matched each element of `sequence`, and literal text). Words are joined by single
/// spaces and compared as written (a case-insensitive set is refused). Where an element has
/// entries of several lengths, longer ones are tried first. A word-level rule costs a few array
/// lookups per token, far less than a regex whose first units (lowercase letters) occur everywhere.
struct WordSequenceRule: Rule {
    /// One element of the sequence: its entries, each as words, grouped by first word, longest first.
    private struct Element {
        let entries: [String: [[String]]]
        /// Every word of every entry as UTF-16 (to mark the document's forms that may take part).
        let words: Set<[UInt16]>
        /// The entries of one word, as UTF-16 (to mark the forms that are a whole entry).
        let singleWords: [[UInt16]]

        init(_ set: WordSet) {
            var entries: [String: [[String]]] = [:]
            var words: Set<[UInt16]> = []
            var singleWords: [[UInt16]] = []
            for entry in set.words {
                let parts = entry.split(separator: " ").map(String.init)
                guard let first = parts.first else { continue }
                entries[first, default: []].append(parts)
                for part in parts { words.insert(Array(part.utf16)) }
                if parts.count == 1 { singleWords.append(Array(first.utf16)) }
            }
            self.entries = entries.mapValues { $0.sorted { $0.count > $1.count } }
            self.words = words
            self.singleWords = singleWords
        }
    }

    /// A part of the replacement.
    private enum Part {
        case literal(String)
        case element(Int)
    }

    let info: RuleInfo
    private let sequence: [Element]
    private let before: Element?
    private let after: Element?
    private let afterMarks: Set<UInt16>
    /// Whether each element's word must be the one before it (ignoring case).
    private let repeated: Bool
    private let replacement: [Part]

    init(spec: RuleSpec) throws {
        info = spec.info
        guard let names = try spec.strings("sequence"), !names.isEmpty else {
            throw spec.error("'sequence' must list one word set or more", at: "sequence")
        }
        sequence = try names.map { Element(try Self.caseSensitiveSet(named: $0, at: "sequence", spec: spec)) }
        before = try spec.string("before").map { Element(try Self.caseSensitiveSet(named: $0, at: "before", spec: spec)) }
        after = try spec.string("after").map { Element(try Self.caseSensitiveSet(named: $0, at: "after", spec: spec)) }
        afterMarks = Set((try spec.string("after-marks") ?? "").utf16)
        repeated = try spec.bool("repeated", default: false)
        if repeated, let (name, _) = zip(names, sequence).first(where: { $1.entries.values.joined().contains { $0.count > 1 } }) {
            throw spec.error("word set '\(name)' has entries of several words, but 'repeated' compares one word with the next", at: "sequence")
        }
        guard let template = try spec.string("replacement") else {
            throw spec.error("missing required field 'replacement' for kind word-sequence (use $1, $2, ... for the elements)")
        }
        replacement = try Self.parse(template, elements: names.count, spec: spec)
    }

    /// A word set of the rule, which must compare as written: a case-insensitive one is refused
    /// rather than silently matched case-sensitively.
    private static func caseSensitiveSet(named name: String, at key: String, spec: RuleSpec) throws -> WordSet {
        let set = try spec.wordSet(named: name, at: key)
        guard !set.caseInsensitive else {
            throw spec.error("word set '\(name)' ignores case, but word-sequence compares words as written; list each spelling", at: key)
        }
        return set
    }

    /// The parts of a replacement template: `$n` for element n (1-based), anything else literal.
    private static func parse(_ template: String, elements: Int, spec: RuleSpec) throws -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var scalars = Array(template.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "$", let digit = scalars.first, ("1"..."9").contains(digit) else {
                literal.unicodeScalars.append(scalar)
                continue
            }
            scalars.removeFirst()
            let number = Int(String(digit))!
            guard number <= elements else {
                throw spec.error("'$\(number)' but 'sequence' has \(elements) element(s)", at: "replacement")
            }
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
            parts.append(.element(number - 1))
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    func edits(in document: Document) throws -> [Edit] {
        let words = document.words
        // By form: whether the form is a word of each element (most tokens are of none).
        var elementMarks: [[Bool]] = []
        for element in sequence {
            guard let marked = words.formMarks(of: element.words) else { return [] }
            elementMarks.append(marked)
        }
        // By form: whether the form is a one-word entry of `before` or `after` (made on first use).
        var beforeWords: [Bool]??, afterWords: [Bool]??
        let tokens = words.tokens
        let forms = words.tokenForms
        let units = document.units
        func joined(_ index: Int) -> Bool {
            index + 1 < tokens.count && document.isSingleSpace(tokens[index].range.upperBound..<tokens[index + 1].range.lowerBound)
        }
        var edits: [Edit] = []
        let firstMarks = elementMarks[0]
        var index = 0
        while true {
            // A quick test on forms before any word is compared: the first word of each element in turn.
            index = Self.firstMarked(from: index, forms: forms, marks: firstMarks)
            guard index < tokens.count else { break }
            if repeated, !(joined(index) && Self.isSameWord(tokens[index + 1].range, tokens[index].range, in: units)) {
                index += 1
                continue
            }
            if let before {
                if beforeWords == nil { beforeWords = words.formMarks(of: before.singleWords) }
                guard index > 0, joined(index - 1), beforeWords!?[Int(forms[index - 1])] ?? false else {
                    index += 1
                    continue
                }
            }
            if let after, afterWords == nil { afterWords = words.formMarks(of: after.singleWords) }
            if let match = self.match(from: index, element: 0, first: index, words: words, units: units, marks: elementMarks,
                                      afterWords: afterWords ?? nil, joined: joined) {
                let range = tokens[index].range.lowerBound..<tokens[match.end - 1].range.upperBound
                let texts = match.elements.map { $0.map { words.texts[$0] }.joined(separator: " ") }
                let text = replacement.map { part -> String in
                    switch part {
                    case .literal(let literal): return literal
                    case .element(let number): return texts[number]
                    }
                }.joined()
                edits.append(info.edit(range, text))
                index = match.end
            } else {
                index += 1
            }
        }
        return edits
    }

    /// The tokens matching the elements from `element` on, starting at token `start` (longer entries
    /// first, then shorter ones), and the token after the match, with what follows it checked.
    /// `first` is the match's first token: with `repeated`, each element's word must be its word.
    private func match(from start: Int, element: Int, first: Int, words: DocumentWords, units: UnsafeBufferPointer<UInt16>,
                       marks: [[Bool]], afterWords: [Bool]?, joined: (Int) -> Bool) -> (elements: [Range<Int>], end: Int)? {
        let tokens = words.tokens
        guard start < tokens.count, marks[element][Int(words.tokenForms[start])],
              !repeated || element == 0 || Self.isSameWord(tokens[start].range, tokens[first].range, in: units),
              let entries = sequence[element].entries[words.texts[start]] else { return nil }
        for entry in entries {
            let end = start + entry.count
            guard end <= tokens.count else { continue }
            guard (1..<entry.count).allSatisfy({ joined(start + $0 - 1) && words.texts[start + $0].isIdentical(to: entry[$0]) }) else {
                continue
            }
            if element + 1 == sequence.count {
                if follows(end: end, words: words, units: units, afterWords: afterWords, joined: joined) { return ([start..<end], end) }
            } else if joined(end - 1), let rest = match(from: end, element: element + 1, first: first, words: words, units: units,
                                                        marks: marks, afterWords: afterWords, joined: joined) {
                return ([start..<end] + rest.elements, rest.end)
            }
        }
        return nil
    }

    /// The first token from `start` on whose form is marked (the token count when there is none).
    private static func firstMarked(from start: Int, forms: [Int32], marks: [Bool]) -> Int {
        forms.withUnsafeBufferPointer { forms in
            marks.withUnsafeBufferPointer { marks in
                var index = start
                while index < forms.count && !marks[Int(forms[index])] { index &+= 1 }
                return index
            }
        }
    }

    /// Whether two ranges hold the same word, ignoring the case of ASCII letters.
    private static func isSameWord(_ one: Range<Int>, _ other: Range<Int>, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard one.count == other.count else { return false }
        func folded(_ unit: UInt16) -> UInt16 { unit &- 0x41 < 26 ? unit | 0x20 : unit }
        return zip(units[one], units[other]).allSatisfy { folded($0) == folded($1) }
    }

    /// Whether what follows the last token of a match (`end` is the token after it) is what `after`
    /// and `after-marks` ask: a mark right after it, or a single space and a one-word entry of
    /// `after` (`afterWords`: by form, whether the form is one; nil when no form is).
    private func follows(end: Int, words: DocumentWords, units: UnsafeBufferPointer<UInt16>, afterWords: [Bool]?,
                         joined: (Int) -> Bool) -> Bool {
        guard after != nil || !afterMarks.isEmpty else { return true }
        let offset = words.tokens[end - 1].range.upperBound
        if offset < units.count, afterMarks.contains(units[offset]) { return true }
        guard let afterWords, end < words.tokens.count, joined(end - 1) else { return false }
        return afterWords[Int(words.tokenForms[end])]
    }
}

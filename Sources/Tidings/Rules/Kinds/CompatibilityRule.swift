import ICU

/// `kind: nfkc` — replaces each match of `pattern` by its Unicode compatibility form (NFKC):
/// ligatures become letters (`ﬁ` → `fi`), full-width forms ASCII (`ＡＢ１` → `AB1`), typographic
/// spaces a plain space.
///
/// Fields: `pattern` (ICU regex choosing the characters), and optionally `skip-lines-matching`
/// (ICU regex): lines where it matches are left alone (full-width punctuation in CJK text).
struct CompatibilityRule: Rule {
    let info: RuleInfo
    let regex: ICURegex
    let skipLines: ICURegex?

    init(spec: RuleSpec) throws {
        info = spec.info
        regex = try spec.regex("pattern")!
        skipLines = try spec.regex("skip-lines-matching", required: false)
    }

    func edits(in document: Document) throws -> [Edit] {
        let matches = try regex.matches(in: document.buffer)
        guard !matches.isEmpty else { return [] }
        var skippedLines: [Int: Bool] = [:]
        var edits: [Edit] = []
        for match in matches {
            if let skipLines {
                let line = document.lineIndex(containing: match.range.lowerBound)
                if skippedLines[line] == nil {
                    skippedLines[line] = try skipLines.containsMatch(in: document.buffer, range: document.lines[line])
                }
                if skippedLines[line] == true { continue }
            }
            let text = document.string(match.range)
            let normalized = try UnicodeNormalizer.normalize(text, form: .nfkc)
            if !normalized.isIdentical(to: text) { edits.append(info.edit(match.range, normalized)) }
        }
        return edits
    }
}

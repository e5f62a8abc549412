import ICU

/// `kind: replace` — an ICU regex; each match becomes an edit to the expanded replacement.
///
/// Fields: `pattern` (ICU regex; `{set}` expands to a word set), `replacement` (`$1`, `${name}`),
/// `case-insensitive`, `whole-word` (no letter or digit may touch the match on either side),
/// `unless-line` (a regex: matches on a line where it also matches are left alone; it is searched
/// within the line with the text around it visible, so `^` and `$` need `(?m)` to mean the line's ends).
struct ReplaceRule: Rule {
    let info: RuleInfo
    let regex: ICURegex
    let template: ReplacementTemplate
    let unlessLine: ICURegex?

    init(spec: RuleSpec) throws {
        info = spec.info
        var options: ICURegex.Options = []
        if try spec.bool("case-insensitive", default: false) { options.insert(.caseInsensitive) }
        let wholeWord = try spec.bool("whole-word", default: false)
        regex = try spec.regex("pattern", options: options, wholeWord: wholeWord)!
        unlessLine = try spec.regex("unless-line", options: options, required: false)
        guard let replacement = try spec.string("replacement") else {
            throw spec.error("missing required field 'replacement' for kind replace (use \"\" to delete)")
        }
        do {
            template = try ReplacementTemplate(replacement, regex: regex)
        } catch {
            throw spec.error("bad 'replacement': \(error.reason)", at: "replacement")
        }
    }

    func edits(in document: Document) throws -> [Edit] {
        var lineVerdicts: [Int: Bool] = [:]
        return try regex.matches(in: document.buffer).compactMap { match in
            if let unlessLine {
                let line = document.lineIndex(containing: match.range.lowerBound)
                if lineVerdicts[line] == nil {
                    lineVerdicts[line] = try unlessLine.containsMatch(in: document.buffer, range: document.lines[line])
                }
                if lineVerdicts[line]! { return nil }
            }
            let replacement = template.expand(match, in: document)
            guard !replacement.isIdentical(to: document.string(match.range)) else { return nil }
            return info.edit(match.range, replacement)
        }
    }
}

import ICU

/// `kind: quote-style` — one quotation-mark style for the whole text, chosen by `style`:
///
/// - `curly`: `"` becomes `“` or `”` and `'` becomes `‘` or `’` by context: opening after the
///   start of a paragraph, a space, an opening bracket, a dash or another opening quote, closing
///   elsewhere; `'` inside a word (`don't`), before a decade (`'90s`) and in `'n'` is an apostrophe.
///   Marks right after a digit are left alone as primes (`5'10"`), except a `"` closing a quotation.
/// - `straight`: `“ ” „ ‟` become `"` and `‘ ’ ‚ ‛` become `'` (as MT pipelines expect).
struct QuoteStyleRule: Rule {
    /// The style to write quotation marks in.
    enum Style: String, CaseIterable, Sendable {
        case curly, straight
    }

    let info: RuleInfo
    let style: Style

    init(spec: RuleSpec) throws {
        info = spec.info
        style = try spec.requiredChoice("style")
    }

    func edits(in document: Document) throws -> [Edit] {
        switch style {
        case .straight:
            return document.units.enumerated().compactMap { index, unit in
                switch unit {
                case 0x201C, 0x201D, 0x201E, 0x201F: return info.edit(index..<(index + 1), "\"")
                case 0x2018, 0x2019, 0x201A, 0x201B: return info.edit(index..<(index + 1), "'")
                default: return nil
                }
            }
        case .curly:
            return document.paragraphs.flatMap { curlyEdits(in: $0, of: document) }
        }
    }

    private func curlyEdits(in paragraph: Range<Int>, of document: Document) -> [Edit] {
        let units = document.units
        var edits: [Edit] = []
        var insideDouble = false
        for index in paragraph where units[index] == 0x22 || units[index] == 0x27 {
            let previous = index > paragraph.lowerBound ? Unicode.Scalar(units[index - 1]) : nil
            let next = index + 1 < paragraph.upperBound ? Unicode.Scalar(units[index + 1]) : nil
            let opening = previous.map(Self.opensQuotation) ?? true
            let afterDigit = previous.map(CharacterCategory.isDigit) ?? false
            if units[index] == 0x22 {
                if afterDigit && !insideDouble { continue }  // 12" (inches)
                let open = opening && !(next.map(Self.isSpace) ?? true)
                insideDouble = open
                edits.append(info.edit(index..<(index + 1), open ? "“" : "”"))
            } else {
                if afterDigit && (next.map { CharacterCategory.isDigit($0) || $0 == "\"" || Self.isSpace($0) } ?? true) { continue }  // 5'10"
                edits.append(info.edit(index..<(index + 1), isApostrophe(at: index, in: paragraph, of: document) || !opening ? "’" : "‘"))
            }
        }
        return edits
    }

    /// `'` between letters, before a digit (`'90s`), or in ` 'n' `.
    private func isApostrophe(at index: Int, in paragraph: Range<Int>, of document: Document) -> Bool {
        let units = document.units
        let next = index + 1 < paragraph.upperBound ? Unicode.Scalar(units[index + 1]) : nil
        if next.map(CharacterCategory.isDigit) == true { return true }
        if index + 2 < paragraph.upperBound, units[index + 1] == 0x6E, units[index + 2] == 0x27 { return true }
        return false
    }

    /// Whether a quotation mark after this character opens a quotation.
    private static func opensQuotation(after scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar) || "([{<«‹“‘—–-/".unicodeScalars.contains(scalar)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\u{A0}"
    }
}

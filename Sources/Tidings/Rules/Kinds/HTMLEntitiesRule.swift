import ICU

/// `kind: html-entities` — decodes HTML character references left in text: named (`&amp;`,
/// `&nbsp;`, `&eacute;`; see `HTMLEntityTable`), decimal (`&#8217;`) and hexadecimal (`&#x2019;`).
///
/// Only complete references with their semicolon are decoded, and unknown names are left alone.
/// Numbers 128–159 mean Windows-1252 characters (as browsers read them); references to NUL,
/// controls, surrogates, noncharacters or past U+10FFFF are left alone. Off for HTML input:
/// disable the rule (`--disable 'unicode.html-*'`).
struct HTMLEntitiesRule: Rule {
    let info: RuleInfo
    let skipHTML: Bool
    private let regex: ICURegex
    private let htmlMarkup: ICURegex

    init(spec: RuleSpec) throws {
        info = spec.info
        skipHTML = try spec.bool("skip-html", default: true)
        regex = try ICURegex("&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));", timeLimit: RuleSpec.regexTimeLimit)
        htmlMarkup = try ICURegex("</[A-Za-z][A-Za-z0-9]*\\s*>|<br\\s*/?>|<!DOCTYPE", options: .caseInsensitive, timeLimit: RuleSpec.regexTimeLimit)
    }

    func edits(in document: Document) throws -> [Edit] {
        guard document.units.contains(0x26) else { return [] }
        if skipHTML, try !htmlMarkup.matches(in: document.buffer).isEmpty { return [] }
        return try regex.matches(in: document.buffer).compactMap { match in
            let decoded: String?
            if let decimal = match.groups[1] {
                decoded = UInt32(document.string(decimal)).flatMap(Self.character)
            } else if let hex = match.groups[2] {
                decoded = UInt32(document.string(hex), radix: 16).flatMap(Self.character)
            } else {
                decoded = match.groups[3].flatMap { HTMLEntityTable.characters[document.string($0)] }.map(String.init)
            }
            return decoded.map { info.edit(match.range, $0) }
        }
    }

    /// The character a numeric reference stands for, or nil when it should stay as written.
    static func character(_ value: UInt32) -> String? {
        if (0x80...0x9F).contains(value) {
            return SloppyWindows1252.controlReplacements[UInt8(value)].map { String(decoding: [$0], as: UTF16.self) }
        }
        guard let scalar = Unicode.Scalar(value), value != 0x7F, value >= 0x20 || value == 0x09 || value == 0x0A,
              !MojibakeClues.isImpossibleRepair(scalar) || value == 0x09 || value == 0x0A else { return nil }
        return String(Character(scalar))
    }
}

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
        guard Self.mayHoldReference(document.units) else { return [] }
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

    /// Whether the pattern could match: some `&` starts `#` and 1–7 digits, `#x` and 1–6 hex digits,
    /// or a letter and 1–31 letters or digits, then `;` (most `&`s stand in names such as `AT&T`).
    static func mayHoldReference(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
        func isHexDigit(_ unit: UInt16) -> Bool { isDigit(unit) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x66) }
        func isLetter(_ unit: UInt16) -> Bool { (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }
        /// Whether a run of 1 to `longest` units passing the test starts at `start` and a `;` follows it.
        func run(from start: Int, longest: Int, _ test: (UInt16) -> Bool) -> Bool {
            var end = start
            while end < units.count, end - start <= longest, test(units[end]) { end += 1 }
            return end > start && end - start <= longest && end < units.count && units[end] == 0x3B
        }
        // Only the `&`s matter: find them a block of units at a time.
        var index = BlockScan.first(in: units, from: 0, to: units.count) { $0 == 0x26 }
        while index + 1 < units.count {
            let next = units[index + 1]
            if next == 0x23 {
                if run(from: index + 2, longest: 7, isDigit) { return true }
                if index + 2 < units.count, units[index + 2] | 0x20 == 0x78, run(from: index + 3, longest: 6, isHexDigit) { return true }
            } else if isLetter(next), run(from: index + 2, longest: 31, { isLetter($0) || isDigit($0) }) {
                return true
            }
            index = BlockScan.first(in: units, from: index + 1, to: units.count) { $0 == 0x26 }
        }
        return false
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

import ICU

/// A Central European code page that UTF-8 text may have been decoded as: Windows-1250, ISO-8859-2
/// (Polish, Czech, Slovak, Hungarian…) or ISO-8859-16 (Romanian). `JosĂ©` is `José` read as
/// Windows-1250, `ZamandĂș` is `Zamandú` read as ISO-8859-16.
///
/// Only the lead bytes of the letters of Western and Central European languages and of general
/// punctuation are looked for: 0xC2–0xC5 (Latin-1 Supplement and Latin Extended-A: `ÂŁ` → `£`,
/// `Ăł` → `ó`, `Ĺ‚` → `ł`), 0xC8 (Romanian `ș` `ț`: `Č™`, `Č›`) and 0xE2 (`â€ś` → `“`). The others
/// stand for Greek, Cyrillic, Hebrew, Arabic or CJK and would mostly meet ordinary Polish,
/// Czech or Hungarian letters (`ó`, `ę`, `č`). The tables come from ICU's converters (ISO-8859-16's
/// from the standard, as ICU's common data leaves it out); bytes
/// 0x80–0x9F a code page leaves undefined (or, in ISO-8859, gives to C1 controls) stand for
/// themselves, as in `SloppyWindows1252`.
enum CentralEuropeanCodePage: CaseIterable, Sendable {
    case windows1250, iso8859_2, iso8859_16

    /// The converter name ICU knows it by; nil for ISO-8859-16, which ICU's common data leaves out.
    var icuName: String? {
        switch self {
        case .windows1250: return "windows-1250"
        case .iso8859_2: return "ISO-8859-2"
        case .iso8859_16: return nil
        }
    }

    /// ISO-8859-16's characters for bytes 0xA0–0xFF (0x80–0x9F are C1 controls), from the standard.
    static let iso8859_16UpperHalf: [UInt16] = Array(("\u{A0}ĄąŁ€„Š§š©Ș«Ź\u{AD}źŻ°±ČłŽ”¶·žčș»ŒœŸż"
        + "ÀÁÂĂÄĆÆÇÈÉÊËÌÍÎÏĐŃÒÓÔŐÖŚŰÙÚÛÜĘȚßàáâăäćæçèéêëìíîïđńòóôőöśűùúûüęțÿ").utf16)

    /// The character of a byte 0x80–0xFF in this code page, or nil where it defines none.
    func character(of byte: UInt8) -> UInt16? {
        guard let icuName else { return byte < 0xA0 ? UInt16(byte) : Self.iso8859_16UpperHalf[Int(byte) - 0xA0] }
        guard let units = try? CharsetConverter.decode([byte], charset: icuName), units.count == 1 else { return nil }
        return units[0]
    }

    /// The UTF-8 lead bytes looked for (see the type's comment).
    static let leadBytes: [UInt8] = [0xC2, 0xC3, 0xC4, 0xC5, 0xC8, 0xE2]

    /// The byte a lead character stands for in this code page (`Ă` → 0xC3), or nil.
    @inline(__always)
    func leadByte(for unit: UInt16) -> UInt8? { Self.tables[index].leads[unit] }

    /// The continuation byte (0x80–0xBF) a character stands for in this code page (`©` → 0xA9), or nil.
    @inline(__always)
    func continuationByte(for unit: UInt16) -> UInt8? { Self.tables[index].continuations[unit] }

    /// Whether a unit stands for a lead byte in some code page but is not a Latin-1 character
    /// (`Ă`, `Ĺ`, `Ć`, `Č`): the characters `MojibakeDetector.nextPossibleLead` must stop at
    /// besides U+00C2–U+00F4. All lie in U+0102–U+0139.
    static func isLeadOutsideLatin1(_ unit: UInt16) -> Bool { unit &- 0x102 < 0x38 }

    private var index: Int {
        switch self {
        case .windows1250: return 0
        case .iso8859_2: return 1
        case .iso8859_16: return 2
        }
    }

    /// Lead and continuation characters by UTF-16 unit, one table per code page, in `allCases` order.
    private static let tables: [(leads: [UInt16: UInt8], continuations: [UInt16: UInt8])] = allCases.map { page in
        var leads: [UInt16: UInt8] = [:]
        for byte in leadBytes {
            if let unit = page.character(of: byte) { leads[unit] = byte }
        }
        var continuations: [UInt16: UInt8] = [:]
        for byte in UInt8(0x80)...UInt8(0xBF) {
            if let unit = page.character(of: byte) { continuations[unit] = byte }
        }
        for byte in UInt8(0x80)...UInt8(0x9F) where continuations[UInt16(byte)] == nil {
            continuations[UInt16(byte)] = byte
        }
        return (leads, continuations)
    }
}

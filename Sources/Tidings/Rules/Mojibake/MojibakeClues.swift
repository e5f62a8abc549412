import ICU

/// Character classes the mojibake detector weighs: which misread characters are telling, and
/// which repaired characters are plausible in their context.
enum MojibakeClues {
    /// Writing systems, coarsely, for judging whether two neighbouring letters belong together.
    enum Script: Equatable {
        case latin, greek, cyrillic, cjk
        /// Armenian, Hebrew, Arabic, Syriac, Thaana, NKo: never written inside a Latin word.
        case otherAlphabet
        case other
    }

    /// Continuation characters that legitimately follow a word-final letter (`CAFÉ…`, `Spaß“`,
    /// `IRMÔ): a lead letter followed by one of them is only weak evidence of mojibake.
    static func isWordFinalPunctuation(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2019, 0x201D, 0x201C, 0x2018, 0x201A, 0x201E, 0x2026, 0x2013, 0x2014,
             0x00BB, 0x00AB, 0x203A, 0x2039, 0x00A0, 0x00AD, 0x00B7:
            return true
        default:
            return false
        }
    }

    /// Whether a unit is a C1 control character (U+0080–U+009F).
    static func isC1Control(_ unit: UInt16) -> Bool { (0x80...0x9F).contains(unit) }

    /// The script of a letter, by Unicode block.
    static func script(of scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF,
             0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F: return .cyrillic
        case 0x530...0x7FF: return .otherAlphabet
        case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return .cjk
        default: return .other
        }
    }

    /// Penalty for two neighbouring letters: 2 for scripts never mixed inside a word (Latin and
    /// Cyrillic; CJK next to an accented Latin letter, as in garbled mojibake), 1 for mixes that
    /// occur but are unusual (CJK next to ASCII: `iPhone手机`), none for Greek letters among Latin
    /// ones (symbols in science: `IL2Rγc`).
    static func scriptClash(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        let scripts = [script(of: first), script(of: second)]
        if scripts[0] == scripts[1] || scripts.contains(.other) { return 0 }
        if scripts.contains(.cjk) {
            guard scripts.contains(.latin) else { return 0 }
            return first.isASCII || second.isASCII ? 1 : 2
        }
        if scripts.contains(.greek) && scripts.contains(.latin) { return 0 }
        return 2
    }

    /// Characters a repair rarely yields in real text (IPA, uncommon Latin Extended-B, Hebrew
    /// points, Syriac, Thaana, NKo; among 3-byte characters, all but the common scripts, symbols
    /// and punctuation): repairs to them need more evidence.
    static func isRareRepair(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x800...0xFFFF: return !isCommonThreeByteCharacter(scalar.value)
        case 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x218...0x21B: return false  // Vietnamese ơ ư, Romanian ș ț
        case 0x180...0x24F, 0x250...0x2AF: return true
        case 0x2BB, 0x2BC, 0x2C6, 0x2C7, 0x2D8...0x2DD: return false  // ʻ ʼ ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝
        case 0x2B0...0x2FF: return true
        case 0x3D0...0x3FF, 0x500...0x52F, 0x591...0x5CF, 0x700...0x7FF: return true  // 0x3D0: Greek symbols, Coptic
        default: return false
        }
    }

    /// Blocks real text draws 3-byte characters from: Indic, Thai, Lao, Tibetan, Myanmar, Georgian,
    /// Hangul, Ethiopic, Khmer, Vietnamese and polytonic Greek letters, punctuation and symbols,
    /// CJK, full-width forms, variation selectors, BOM and the replacement character.
    private static func isCommonThreeByteCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x900...0x109F, 0x10A0...0x11FF, 0x1200...0x139F, 0x1780...0x17FF, 0x1E00...0x1FFF,
             0x2000...0x2BFF, 0x2E80...0x9FFF, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFB00...0xFB4F,
             0xFE00...0xFE0F, 0xFE30...0xFE4F, 0xFEFF, 0xFF00...0xFFEF, 0xFFFD:
            return true
        default:
            return false
        }
    }

    /// Characters no repair may produce: controls, unassigned, private use, surrogates, noncharacters.
    static func isImpossibleRepair(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE { return true }
        switch CharacterCategory.generalCategory(of: scalar) {
        case 0, 15, 17, 18: return true  // unassigned, Cc, Co, Cs
        default: return false
        }
    }

    /// Whether a scalar is a combining mark (Mn, Me, Mc).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        (6...8).contains(CharacterCategory.generalCategory(of: scalar))
    }
}

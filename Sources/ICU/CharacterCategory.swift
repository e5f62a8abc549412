internal import CICUShim

/// Unicode character properties from ICU's `uchar.h`.
public enum CharacterCategory {
    /// ICU's general category (UCharCategory) of a scalar.
    public static func generalCategory(of scalar: Unicode.Scalar) -> Int32 {
        scalar.value < 0x80 ? asciiCategories[Int(scalar.value)] : cicu_char_type(scalar.value)
    }

    /// ICU's categories of the ASCII scalars, asked once (most text is ASCII; this skips a call per scalar).
    private static let asciiCategories: [Int32] = (0..<0x80).map { cicu_char_type($0) }

    /// Whether a scalar is a letter (categories Lu, Ll, Lt, Lm, Lo).
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (1...5).contains(generalCategory(of: scalar))
    }

    /// Whether a scalar is an uppercase or titlecase letter (Lu, Lt).
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let category = generalCategory(of: scalar)
        return category == 1 || category == 3
    }

    /// Whether a scalar is a lowercase letter (Ll).
    public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        generalCategory(of: scalar) == 2
    }

    /// Whether a scalar can make the character holding it uppercase as `Character.isUppercase`
    /// tells: it changes when lowercased, or it is cased and uppercasing leaves it (`ª`, `𝐀`).
    public static func mayMakeUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return cicu_has_binary_property(value, changesWhenLowercased) != 0
            || (cicu_has_binary_property(value, cased) != 0 && cicu_has_binary_property(value, changesWhenUppercased) == 0)
    }

    /// ICU's UProperty numbers of the binary properties asked here (`uchar.h`).
    private static let cased: Int32 = 49, changesWhenLowercased: Int32 = 51, changesWhenUppercased: Int32 = 52

    /// Whether a scalar is a decimal digit (Nd).
    public static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        generalCategory(of: scalar) == 9
    }

    /// Whether a scalar is a format or control character (Cf, Cc).
    public static func isControlOrFormat(_ scalar: Unicode.Scalar) -> Bool {
        let category = generalCategory(of: scalar)
        return category == 15 || category == 16
    }
}

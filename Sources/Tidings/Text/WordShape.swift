import ICU

/// Letter-case shapes of words (through ICU character properties).
enum WordShape {
    /// Whether every letter is lowercase and there is at least one letter.
    static func isLowercase(_ word: some StringProtocol) -> Bool {
        if let answer = asciiAnswer(word, { bytes in
            !bytes.contains { $0 >= 0x41 && $0 <= 0x5A } && bytes.contains { $0 >= 0x61 && $0 <= 0x7A }
        }) { return answer }
        var sawLetter = false
        for scalar in word.unicodeScalars where isLetter(scalar) {
            if !isLowercase(scalar) { return false }
            sawLetter = true
        }
        return sawLetter
    }

    /// Whether the first letter is uppercase and every later letter lowercase (`Beijing`, not `McDonald` or `US`).
    static func isCapitalized(_ word: some StringProtocol) -> Bool {
        if let answer = asciiAnswer(word, { bytes in
            guard let first = bytes.firstIndex(where: isASCIILetter), bytes[first] <= 0x5A else { return false }
            return !bytes[(first + 1)...].contains { $0 >= 0x41 && $0 <= 0x5A }
        }) { return answer }
        var first = true
        for scalar in word.unicodeScalars where isLetter(scalar) {
            if first {
                guard isUppercase(scalar) else { return false }
                first = false
            } else if !isLowercase(scalar) {
                return false
            }
        }
        return !first
    }

    /// Whether the first letter is uppercase (`Beijing`, `McDonald`, `US`).
    static func startsUppercase(_ word: some StringProtocol) -> Bool {
        if let answer = asciiAnswer(word, { bytes in bytes.first(where: isASCIILetter).map { $0 <= 0x5A } ?? false }) { return answer }
        guard let first = word.unicodeScalars.first(where: isLetter) else { return false }
        return isUppercase(first)
    }

    /// Whether the word holds a decimal digit.
    static func hasDigit(_ word: some StringProtocol) -> Bool {
        if let answer = asciiAnswer(word, { bytes in bytes.contains { $0 >= 0x30 && $0 <= 0x39 } }) { return answer }
        return word.unicodeScalars.contains(where: isDigit)
    }

    /// Whether the word is made of letters only (combining marks allowed after a letter).
    static func isLetters(_ word: some StringProtocol) -> Bool {
        if let answer = asciiAnswer(word, { bytes in !bytes.isEmpty && bytes.allSatisfy(isASCIILetter) }) { return answer }
        return !word.isEmpty && word.unicodeScalars.allSatisfy { isLetter($0) || ($0.value >= 0x80 && $0.properties.generalCategory == .nonspacingMark) }
    }

    /// A question answered on the word's UTF-8 bytes when they are contiguous and all ASCII (nil otherwise).
    private static func asciiAnswer(_ word: some StringProtocol, _ question: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        word.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } ? question(bytes) : nil } ?? nil
    }

    /// Whether an ASCII byte is a letter (`A-Z`, `a-z`).
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    // ASCII answers without ICU (its categories there: Lu `A-Z`, Ll `a-z`, Nd `0-9`, no other letter).

    /// `CharacterCategory.isLetter`, ASCII answered directly.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : CharacterCategory.isLetter(scalar)
    }

    /// `CharacterCategory.isUppercase`, ASCII answered directly.
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 0x41 && scalar.value <= 0x5A : CharacterCategory.isUppercase(scalar)
    }

    /// `CharacterCategory.isLowercase`, ASCII answered directly.
    private static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 0x61 && scalar.value <= 0x7A : CharacterCategory.isLowercase(scalar)
    }

    /// `CharacterCategory.isDigit`, ASCII answered directly.
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 0x30 && scalar.value <= 0x39 : CharacterCategory.isDigit(scalar)
    }
}

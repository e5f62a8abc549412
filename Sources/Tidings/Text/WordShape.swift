import ICU

/// Letter-case shapes of words (through ICU character properties).
enum WordShape {
    /// Whether every letter is lowercase and there is at least one letter.
    static func isLowercase(_ word: some StringProtocol) -> Bool {
        var sawLetter = false
        for scalar in word.unicodeScalars where CharacterCategory.isLetter(scalar) {
            if !CharacterCategory.isLowercase(scalar) { return false }
            sawLetter = true
        }
        return sawLetter
    }

    /// Whether the first letter is uppercase and every later letter lowercase (`Beijing`, not `McDonald` or `US`).
    static func isCapitalized(_ word: some StringProtocol) -> Bool {
        var first = true
        for scalar in word.unicodeScalars where CharacterCategory.isLetter(scalar) {
            if first {
                guard CharacterCategory.isUppercase(scalar) else { return false }
                first = false
            } else if !CharacterCategory.isLowercase(scalar) {
                return false
            }
        }
        return !first
    }

    /// Whether the first letter is uppercase (`Beijing`, `McDonald`, `US`).
    static func startsUppercase(_ word: some StringProtocol) -> Bool {
        guard let first = word.unicodeScalars.first(where: CharacterCategory.isLetter) else { return false }
        return CharacterCategory.isUppercase(first)
    }

    /// Whether the word holds a decimal digit.
    static func hasDigit(_ word: some StringProtocol) -> Bool {
        word.unicodeScalars.contains(where: CharacterCategory.isDigit)
    }

    /// Whether the word is made of letters only (combining marks allowed after a letter).
    static func isLetters(_ word: some StringProtocol) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy { CharacterCategory.isLetter($0) || $0.properties.generalCategory == .nonspacingMark }
    }
}

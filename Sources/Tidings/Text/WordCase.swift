import Foundation
import ICU

/// Letter-case facts of one word that the case rules ask about every token: for an ASCII word
/// found in one pass over its bytes (the answers `WordShape` gives), otherwise through `WordShape`.
struct WordCase: OptionSet, Sendable {
    let rawValue: UInt8

    /// Letters only, all lowercase (`gang`): `WordShape.isLowercase` and `WordShape.isLetters`.
    static let lowercaseLetters = WordCase(rawValue: 1)
    /// First letter uppercase, later letters lowercase (`Beijing`): `WordShape.isCapitalized`.
    static let capitalized = WordCase(rawValue: 2)
    /// Written like a name: a capital first, some lowercase after, nothing but letters besides
    /// apostrophes (`Qin`, `McDonald`, `O’Neill`; not `US` or `G20`).
    static let nameLike = WordCase(rawValue: 4)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The facts of a word.
    init(_ word: String) {
        if let facts = Self.asciiFacts(word) {
            self = facts
            return
        }
        var facts: WordCase = []
        if WordShape.isLowercase(word) && WordShape.isLetters(word) { facts.insert(.lowercaseLetters) }
        if WordShape.isCapitalized(word) { facts.insert(.capitalized) }
        if Self.isNameLike(word) { facts.insert(.nameLike) }
        self = facts
    }

    /// The facts of a word of ASCII and ’ (letters there are `A-Z` and `a-z`), nil for any other word.
    private static func asciiFacts(_ word: String) -> WordCase? {
        if let facts = word.utf8.withContiguousStorageIfAvailable(asciiFacts) { return facts }
        return Array(word.utf8).withUnsafeBufferPointer(asciiFacts)
    }

    /// The facts of a word's UTF-8 when it is ASCII and the apostrophe ’ (not a letter), else nil.
    private static func asciiFacts(_ bytes: UnsafeBufferPointer<UInt8>) -> WordCase? {
        var firstLetter: UInt8 = 0
        var hasUpper = false, hasLower = false, upperAfterFirst = false
        var onlyLetters = true, onlyLettersAndApostrophes = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte < 0x80 else {
                // ’ (E2 80 99) is its own character, neither a letter nor a mark.
                guard byte == 0xE2, index + 1 < bytes.count, bytes[index] == 0x80, bytes[index + 1] == 0x99 else { return nil }
                index += 2
                onlyLetters = false
                continue
            }
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isUpper || isLower {
                if firstLetter == 0 { firstLetter = byte } else if isUpper { upperAfterFirst = true }
                if isUpper { hasUpper = true } else { hasLower = true }
            } else {
                onlyLetters = false
                if byte != 0x27 { onlyLettersAndApostrophes = false }
            }
        }
        let startsUpper = firstLetter >= 0x41 && firstLetter <= 0x5A
        var facts: WordCase = []
        if hasLower && !hasUpper && onlyLetters { facts.insert(.lowercaseLetters) }
        if startsUpper && !upperAfterFirst { facts.insert(.capitalized) }
        if startsUpper && hasLower && onlyLettersAndApostrophes { facts.insert(.nameLike) }
        return facts
    }

    /// `nameLike` for any word, through `WordShape` and ICU.
    private static func isNameLike(_ word: String) -> Bool {
        guard WordShape.startsUppercase(word) && word.unicodeScalars.contains(where: CharacterCategory.isLowercase) else { return false }
        // Without an apostrophe there is nothing to remove (no Foundation search needed).
        guard word.utf16.contains(where: { $0 == 0x2019 || $0 == 0x27 }) else { return WordShape.isLetters(word) }
        // Apostrophes and letters below U+0590 (each its own character, none joins another): what is
        // left without the apostrophes is letters, some of them (a lowercase one was found).
        if word.unicodeScalars.allSatisfy({ $0 == "’" || $0 == "'" || ($0.value < 0x590 && CharacterCategory.isLetter($0)) }) { return true }
        return WordShape.isLetters(word.replacingOccurrences(of: "’", with: "").replacingOccurrences(of: "'", with: ""))
    }
}

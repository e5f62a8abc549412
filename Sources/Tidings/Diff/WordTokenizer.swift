/// Splits a line into word-diff tokens: runs of letters/digits, runs of whitespace,
/// and single other characters. Works on whole grapheme clusters, so "e\u{301}" or an
/// emoji with modifiers is never split, and the tokens concatenate back to the input.
enum WordTokenizer {
    private enum TokenClass: Equatable {
        case word, whitespace, other
    }

    /// The tokens of `text`, in order.
    static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        var tokenStart = text.startIndex
        var tokenClass: TokenClass?
        var index = text.startIndex
        while index < text.endIndex {
            let characterClass = classify(text[index])
            if let running = tokenClass, running != characterClass || characterClass == .other {
                tokens.append(String(text[tokenStart..<index]))
                tokenStart = index
            }
            tokenClass = characterClass
            index = text.index(after: index)
        }
        if tokenStart < text.endIndex {
            tokens.append(String(text[tokenStart..<text.endIndex]))
        }
        return tokens
    }

    /// Classifies a grapheme cluster by its first scalar; a lone combining mark counts as a letter.
    private static func classify(_ character: Character) -> TokenClass {
        guard let scalar = character.unicodeScalars.first else { return .other }
        if scalar.isASCII {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            case 0x09...0x0D, 0x20: return .whitespace
            default: return .other
            }
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .whitespace }
        if properties.isAlphabetic || properties.numericType != nil { return .word }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return .word
        default:
            return .other
        }
    }
}

import ICU

/// A word cut between its characters (grapheme clusters) by character position: a simple ASCII
/// word (no CR LF) by its bytes, any other through its `String.Index`es.
struct CharacterCuts {
    /// The word.
    let text: String
    /// The start of each character, for a word that is not simple ASCII.
    private let indices: [String.Index]?
    /// The number of characters.
    let count: Int

    /// Cuts for a word; `isSimpleASCII` says every character is one ASCII byte (ASCII without CR).
    init(_ text: String, isSimpleASCII: Bool) {
        self.text = text
        if isSimpleASCII {
            indices = nil
            count = text.utf8.count
        } else {
            let indices = Array(text.indices)
            self.indices = indices
            count = indices.count
        }
    }

    /// The characters before position `cut`.
    func left(_ cut: Int) -> String { String(text[..<index(cut)]) }

    /// The characters from position `cut` on.
    func right(_ cut: Int) -> String { String(text[index(cut)...]) }

    /// The positions where a lowercase character of a word is followed by an uppercase one
    /// (`Character.isLowercase`, `isUppercase`); `isSimpleASCII` as for `init`.
    static func lowerUpperSeams(of text: String, isSimpleASCII: Bool) -> [Int] {
        if isSimpleASCII, let seams = text.utf8.withContiguousStorageIfAvailable({ bytes in
            (1..<max(bytes.count, 1)).filter { bytes[$0 - 1] >= 0x61 && bytes[$0 - 1] <= 0x7A && bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
        }) {
            return seams
        }
        if !isSimpleASCII, let seams = text.utf8.withContiguousStorageIfAvailable(plainSeams) ?? nil {
            return seams
        }
        // An uppercase character (as `Character.isUppercase` tells) holds a scalar that changes when
        // lowercased, or a cased one that uppercasing leaves (`ª`, `𝐀`): with none after the first
        // scalar the word has no seam (most words: `Nausėda`, `Москва`), found without grapheme breaking.
        guard text.unicodeScalars.dropFirst().contains(where: CharacterCategory.mayMakeUppercase) else { return [] }
        var seams: [Int] = []
        var position = 0, previousIsLowercase = false
        for character in text {
            if previousIsLowercase && isUppercase(character) { seams.append(position) }
            previousIsLowercase = isLowercase(character)
            position += 1
        }
        return seams
    }

    /// `lowerUpperSeams` of a word whose scalars are ASCII (not CR), U+00C0–U+00FF or U+2019 `’`, from
    /// its UTF-8 bytes; nil for any other word. None joins a neighbour in a grapheme cluster, so each
    /// scalar is a character. `À`–`Þ` but `×` are uppercase, `ß`–`ÿ` but `÷` lowercase (each changes
    /// under the other mapping), and `×`, `÷`, `’` neither (they have no case).
    private static func plainSeams(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var seams: [Int] = []
        var offset = 0, position = 0, previousIsLowercase = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte < 0x80 {
                guard byte != 0x0D else { return nil }
                if previousIsLowercase && byte >= 0x41 && byte <= 0x5A { seams.append(position) }
                previousIsLowercase = byte >= 0x61 && byte <= 0x7A
                offset += 1
            } else {
                guard let (scalar, length) = latin1OrApostrophe(bytes, at: offset) else { return nil }
                let isUppercase = scalar <= 0xDE && scalar != 0xD7, isLowercase = scalar >= 0xDF && scalar <= 0xFF && scalar != 0xF7
                if previousIsLowercase && isUppercase { seams.append(position) }
                previousIsLowercase = isLowercase
                offset += length
            }
            position += 1
        }
        return seams
    }

    /// The scalar value and UTF-8 length of U+00C0–U+00FF (2 bytes) or U+2019 (3 bytes) at a byte
    /// offset, or nil for any other scalar there.
    static func latin1OrApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: UInt32, length: Int)? {
        let byte = bytes[offset]
        if byte == 0xC3, offset + 1 < bytes.count, bytes[offset + 1] >= 0x80, bytes[offset + 1] <= 0xBF {
            return (0xC0 + UInt32(bytes[offset + 1] - 0x80), 2)
        }
        if byte == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x99 {
            return (0x2019, 3)
        }
        return nil
    }

    /// `Character.isLowercase`, answered directly for a one-byte (ASCII) character: the standard
    /// library case-maps a character's string when its scalar's property alone does not decide.
    static func isLowercase(_ character: Character) -> Bool {
        guard let byte = singleByte(character) else { return character.isLowercase }
        return byte >= 0x61 && byte <= 0x7A
    }

    /// `Character.isUppercase`, answered directly for a one-byte (ASCII) character (see `isLowercase`).
    static func isUppercase(_ character: Character) -> Bool {
        guard let byte = singleByte(character) else { return character.isUppercase }
        return byte >= 0x41 && byte <= 0x5A
    }

    /// The byte of a character that is one UTF-8 byte (one ASCII scalar; CR LF is two), else nil.
    private static func singleByte(_ character: Character) -> UInt8? {
        let utf8 = character.utf8
        return utf8.count == 1 ? utf8.first : nil
    }

    /// Where position `cut` (0...count) starts in the text.
    func position(_ cut: Int) -> String.Index {
        cut == count ? text.endIndex : index(cut)
    }

    private func index(_ cut: Int) -> String.Index {
        indices?[cut] ?? text.utf8.index(text.startIndex, offsetBy: cut)
    }
}

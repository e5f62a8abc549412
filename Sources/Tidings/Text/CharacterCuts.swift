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

    /// The number of Unicode scalars from position `cut` on.
    func rightScalarCount(_ cut: Int) -> Int {
        indices == nil ? count - cut : text.unicodeScalars[index(cut)...].count
    }

    /// The positions where a lowercase character is followed by an uppercase one (`Character.isLowercase`, `isUppercase`).
    func lowerUpperSeams() -> [Int] {
        if indices == nil, let seams = text.utf8.withContiguousStorageIfAvailable({ bytes in
            (1..<max(bytes.count, 1)).filter { bytes[$0 - 1] >= 0x61 && bytes[$0 - 1] <= 0x7A && bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
        }) {
            return seams
        }
        let characters = Array(text)
        return (1..<max(characters.count, 1)).filter { characters[$0 - 1].isLowercase && characters[$0].isUppercase }
    }

    private func index(_ cut: Int) -> String.Index {
        indices?[cut] ?? text.utf8.index(text.startIndex, offsetBy: cut)
    }
}

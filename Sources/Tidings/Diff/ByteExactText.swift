/// A string compared and hashed by its exact UTF-8 bytes.
///
/// Swift's own `String` equality is canonical equivalence, so "e\u{301}" == "é";
/// a diff of a text cleaner must still report such a normalization as a change.
struct ByteExactText: Hashable, Sendable {
    var text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: ByteExactText, rhs: ByteExactText) -> Bool {
        lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        let hashedContiguously: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
        if hashedContiguously == nil {
            for byte in text.utf8 {
                hasher.combine(byte)
            }
        }
    }
}

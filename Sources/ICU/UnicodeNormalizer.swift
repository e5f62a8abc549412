internal import CICUShim

/// Unicode normalization through ICU's `unorm2`.
public enum UnicodeNormalizer {
    /// A normalization form.
    public enum Form: Int32, Sendable, CaseIterable {
        /// Canonical composition.
        case nfc = 0
        /// Canonical decomposition.
        case nfd = 1
        /// Compatibility composition.
        case nfkc = 2
        /// Compatibility decomposition.
        case nfkd = 3
        /// Compatibility composition with case folding.
        case nfkcCasefold = 4
    }

    /// Length of the prefix of `units` that quick-check says is already in `form`.
    public static func normalizedPrefixLength(_ units: UnsafeBufferPointer<UInt16>, form: Form = .nfc) throws -> Int {
        var status: Int32 = 0
        let span = cicu_normalize_span_yes(form.rawValue, units.baseAddress, Int32(units.count), &status)
        try ICUError.check(status)
        return Int(span)
    }

    /// Normalizes UTF-16 code units.
    public static func normalize(_ units: UnsafeBufferPointer<UInt16>, form: Form = .nfc) throws -> [UInt16] {
        try withGrowingBuffer(initialCapacity: units.count + 16) { dest, capacity, status in
            cicu_normalize(form.rawValue, units.baseAddress, Int32(units.count), dest, capacity, &status)
        }
    }

    /// Normalizes a string (returns it unchanged when it is already normalized).
    public static func normalize(_ text: String, form: Form = .nfc) throws -> String {
        let units = Array(text.utf16)
        return try units.withUnsafeBufferPointer { buffer in
            if try normalizedPrefixLength(buffer, form: form) == buffer.count { return text }
            return String(decoding: try normalize(buffer, form: form), as: UTF16.self)
        }
    }
}

internal import CICUShim

/// Locale-aware case mapping through ICU (`u_strToUpper`, `u_strToLower`, `u_strToTitle`).
public struct CaseMapper: Sendable {
    /// The ICU locale id whose case rules apply (e.g. "en", "tr").
    public let locale: String

    /// Creates a case mapper for a locale.
    public init(locale: String = "en") { self.locale = locale }

    /// The text in upper case.
    public func uppercased(_ text: String) -> String { map(text, cicu_to_upper) }

    /// The text in lower case.
    public func lowercased(_ text: String) -> String { map(text, cicu_to_lower) }

    /// The text with each word's first letter in title case and the rest in lower case.
    public func titlecased(_ text: String) -> String { map(text, cicu_to_title) }

    /// The text with only its first letter titlecased, the rest untouched.
    public func capitalizingFirstLetter(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return text }
        return titlecased(String(first)) + String(scalars[scalars.index(after: scalars.startIndex)...])
    }

    private typealias Mapping = (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32, UnsafePointer<CChar>?, UnsafeMutablePointer<Int32>?) -> Int32

    private func map(_ text: String, _ function: Mapping) -> String {
        let units = UTF16Transcoder.units(of: text)
        let mapped = try? units.withUnsafeBufferPointer { source in
            try withGrowingBuffer(initialCapacity: units.count + 8) { dest, capacity, status in
                function(source.baseAddress, Int32(source.count), dest, capacity, locale, &status)
            }
        }
        guard let mapped else { return text }
        return UTF16Transcoder.string(from: mapped)
    }
}


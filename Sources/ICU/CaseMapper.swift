internal import CICUShim
import Synchronization

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
        guard let first = text.unicodeScalars.first else { return text }
        return titlecasedScalar(first) + text.unicodeScalars.dropFirst().reduce(into: "") { $0.unicodeScalars.append($1) }
    }

    /// One scalar titlecased, remembered per locale: ICU builds a title break iterator on every
    /// `u_strToTitle` call, far more costly than the mapping itself.
    private func titlecasedScalar(_ scalar: Unicode.Scalar) -> String {
        let key = TitlecaseCache.Key(locale: locale, scalar: scalar.value)
        if let found = TitlecaseCache.shared.withLock({ $0[key] }) { return found }
        let mapped = titlecased(String(scalar))
        TitlecaseCache.shared.withLock { $0[key] = mapped }
        return mapped
    }

    private typealias Mapping = (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32, UnsafePointer<CChar>?, UnsafeMutablePointer<Int32>?) -> Int32

    private func map(_ text: String, _ function: Mapping) -> String {
        let units = Array(text.utf16)
        let mapped = try? units.withUnsafeBufferPointer { source in
            try withGrowingBuffer(initialCapacity: units.count + 8) { dest, capacity, status in
                function(source.baseAddress, Int32(source.count), dest, capacity, locale, &status)
            }
        }
        guard let mapped else { return text }
        return String(decoding: mapped, as: UTF16.self)
    }
}

/// Titlecased single scalars by locale, shared by every case mapper in the process.
private enum TitlecaseCache {
    /// A scalar under a locale's case rules.
    struct Key: Hashable { var locale: String; var scalar: UInt32 }
    /// The remembered mappings.
    static let shared = Mutex<[Key: String]>([:])
}

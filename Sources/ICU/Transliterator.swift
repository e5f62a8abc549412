internal import CICUShim

/// An ICU transliterator (`utrans`), e.g. "Fullwidth-Halfwidth" or "Any-Latin".
///
/// Not safe to share between threads: create one per task.
public final class Transliterator {
    private let handle: OpaquePointer

    /// Opens a transliterator by its ICU id.
    public init(id: String) throws {
        let units = Array(id.utf16)
        var status: Int32 = 0
        let pointer = units.withUnsafeBufferPointer { cicu_translit_open($0.baseAddress, Int32($0.count), &status) }
        guard let pointer, status <= 0 else { throw ICUError(code: status == 0 ? 1 : status) }
        handle = OpaquePointer(pointer)
    }

    deinit { cicu_translit_close(UnsafeMutableRawPointer(handle)) }

    /// The transliterated text.
    public func apply(_ text: String) throws -> String {
        var units = Array(text.utf16)
        var capacity = units.count * 2 + 16
        for _ in 0..<2 {
            var length = Int32(units.count)
            var status: Int32 = 0
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            buffer.withUnsafeMutableBufferPointer { pointer in
                cicu_translit_apply(UnsafeMutableRawPointer(handle), pointer.baseAddress, &length, Int32(capacity), &status)
            }
            if status == ICUError.bufferOverflow { capacity = Int(length) * 2 + 16; continue }
            try ICUError.check(status)
            units = Array(buffer[0..<Int(length)])
            return String(decoding: units, as: UTF16.self)
        }
        throw ICUError(code: ICUError.bufferOverflow)
    }
}

import Foundation

/// Turns input bytes into text, refusing binary data and reporting the first invalid UTF-8 byte.
public enum InputDecoder {
    /// Decoded text, and how many invalid sequences were replaced (only with `lossy`).
    public struct Decoded: Sendable {
        /// The text.
        public var text: String
        /// Number of invalid UTF-8 sequences replaced by U+FFFD.
        public var replacements: Int
    }

    /// Decodes UTF-8 bytes (a BOM is kept: rules decide about it). Throws `binaryInput` when the bytes hold a NUL,
    /// and `invalidUTF8` with the byte offset unless `lossy` is set.
    public static func decode(_ data: Data, path: String, lossy: Bool) throws -> Decoded {
        let bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) { throw TidingsError.binaryInput(path: path, byteOffset: nul) }
        if let text = String(validating: bytes, as: UTF8.self) { return Decoded(text: text, replacements: 0) }
        let offsets = invalidOffsets(bytes)
        guard lossy else { throw TidingsError.invalidUTF8(path: path, byteOffset: offsets.first ?? 0) }
        return Decoded(text: String(decoding: bytes, as: UTF8.self), replacements: offsets.count)
    }

    /// Byte offsets where invalid UTF-8 sequences start.
    static func invalidOffsets(_ bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error(let length): offsets.append(offset); offset += length
            case .emptyInput: break loop
            }
        }
        return offsets
    }
}

/// Decodes the contents of a JSON string literal to text and encodes text back to one.
public enum JSONStringCodec {
    /// A decoded string and what its encoding looked like.
    public struct Decoded: Sendable {
        /// The text.
        public var text: String
        /// Whether non-ASCII characters were written only as `\u` escapes (as Python's `json.dumps` does),
        /// so a re-encoding should do the same.
        public var prefersASCIIEscapes: Bool
        /// Invalid UTF-8 sequences or lone surrogate escapes replaced by U+FFFD (only when lossy).
        public var replacements: Int
    }

    /// Why string contents could not be decoded.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// Byte offset into the contents.
        public var offset: Int
        /// What was wrong.
        public var reason: String
        /// The reason.
        public var description: String { reason }
    }

    /// Decodes the bytes between a string's quotes (already checked by `JSONFieldScanner`). Invalid
    /// UTF-8 and lone surrogate escapes fail unless `lossy`, which replaces them with U+FFFD.
    public static func decode(_ contents: UnsafeBufferPointer<UInt8>, lossy: Bool) throws(Failure) -> Decoded {
        /// The first backslash from `start` on (`contents.count` when there is none).
        func nextBackslash(from start: Int) -> Int { BlockScan.first(in: contents, from: start, to: contents.count) { $0 == 0x5C } }
        guard nextBackslash(from: 0) < contents.count else {
            return try validated(contents, lossy: lossy, prefersASCII: false, surrogateReplacements: 0)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(contents.count)
        var sawEscapedNonASCII = false
        var surrogates = 0
        var index = 0
        while index < contents.count {
            let runEnd = nextBackslash(from: index)
            if runEnd > index {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: contents[index..<runEnd]))
                index = runEnd
                continue
            }
            guard index + 1 < contents.count else {
                bytes.append(contents[index])
                index += 1
                continue
            }
            let escape = contents[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hexUnit(contents, at: index) else { throw Failure(offset: index - 2, reason: "bad \\u escape") }
                index += 4
                var scalar = Unicode.Scalar(unit)
                if (0xD800..<0xDC00).contains(unit), index + 1 < contents.count,
                   contents[index] == UInt8(ascii: "\\"), contents[index + 1] == UInt8(ascii: "u"),
                   let low = hexUnit(contents, at: index + 2), (0xDC00..<0xE000).contains(low) {
                    scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                    index += 6
                }
                guard let decoded = scalar else {
                    guard lossy else { throw Failure(offset: index - 6, reason: "lone surrogate escape \\u\(String(unit, radix: 16, uppercase: true))") }
                    surrogates += 1
                    bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    continue
                }
                if decoded.value >= 0x80 { sawEscapedNonASCII = true }
                bytes.append(contentsOf: UTF8.encode(decoded)!)
            default: bytes.append(escape)  // \" \\ \/
            }
        }
        let sawRawNonASCII = BlockScan.first(in: contents, from: 0, to: contents.count) { $0 >= 0x80 } < contents.count
        return try bytes.withUnsafeBufferPointer { buffer throws(Failure) in
            try validated(buffer, lossy: lossy, prefersASCII: sawEscapedNonASCII && !sawRawNonASCII, surrogateReplacements: surrogates)
        }
    }

    private static func validated(_ bytes: UnsafeBufferPointer<UInt8>, lossy: Bool, prefersASCII: Bool,
                                  surrogateReplacements: Int) throws(Failure) -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, prefersASCIIEscapes: prefersASCII, replacements: surrogateReplacements)
        }
        let invalid = InputDecoder.invalidOffsets(Array(bytes))
        guard lossy else { throw Failure(offset: invalid.first ?? 0, reason: "invalid UTF-8 (use --lossy to replace bad bytes with U+FFFD)") }
        return Decoded(text: String(decoding: bytes, as: UTF8.self), prefersASCIIEscapes: prefersASCII,
                       replacements: surrogateReplacements + invalid.count)
    }

    /// Appends `text` as a JSON string literal, quotes included: `"` and `\` and control characters
    /// escaped, other characters as UTF-8, or as `\u` escapes (surrogate pairs above U+FFFF) when `asciiOnly`.
    public static func encode(_ text: String, asciiOnly: Bool = false, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        if asciiOnly {
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    appendEscaped(UInt8(scalar.value), to: &output)
                } else {
                    for unit in UTF16.encode(scalar)! { appendUnicodeEscape(unit, to: &output) }
                }
            }
        } else {
            var text = text
            text.withUTF8 { bytes in
                // Copy runs that need no escaping in one go.
                var runStart = 0
                var index = BlockScan.first(in: bytes, from: 0, to: bytes.count, where: JSONStringCodec.mustEscape)
                while index < bytes.count {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    appendEscaped(bytes[index], to: &output)
                    runStart = index + 1
                    index = BlockScan.first(in: bytes, from: runStart, to: bytes.count, where: JSONStringCodec.mustEscape)
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Whether a byte cannot stand raw inside a JSON string (`"`, `\` or a control character),
    /// tested without branches for `BlockScan.first`.
    @inline(__always)
    static func mustEscape(_ byte: UInt8) -> Bool {
        BlockScan.either(BlockScan.either(byte == 0x22, byte == 0x5C), byte < 0x20)
    }

    /// Appends one UTF-8 byte, escaped when JSON requires it.
    private static func appendEscaped(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): output.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: output.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: output.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: output.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x08: output.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: output.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0..<0x20: appendUnicodeEscape(UInt16(byte), to: &output)
        default: output.append(byte)
        }
    }

    /// The JSON string literal for `text` as bytes.
    public static func encoded(_ text: String, asciiOnly: Bool = false) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        encode(text, asciiOnly: asciiOnly, into: &output)
        return output
    }

    private static func appendUnicodeEscape(_ unit: UInt16, to output: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        output.append(contentsOf: [0x5C, UInt8(ascii: "u"),
                                   digits[Int(unit >> 12)], digits[Int((unit >> 8) & 0xF)],
                                   digits[Int((unit >> 4) & 0xF)], digits[Int(unit & 0xF)]])
    }

    private static func hexUnit(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt16? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for offset in 0..<4 {
            guard let digit = hexValue(bytes[index + offset]) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// The value of a hexadecimal digit byte.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

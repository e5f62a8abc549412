import ICU

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
        try unescaped(contents, lossy: lossy) { bytes, prefersASCII, surrogates throws(Failure) in
            try validated(bytes, lossy: lossy, prefersASCII: prefersASCII, surrogateReplacements: surrogates)
        }
    }

    /// `decode` into a UTF-16 buffer: valid UTF-8 is transcoded without making a `String` (which
    /// would validate it again); invalid UTF-8 takes `decode`'s way.
    static func decodeBuffer(_ contents: UnsafeBufferPointer<UInt8>, lossy: Bool) throws(Failure) -> (buffer: TextBuffer, prefersASCIIEscapes: Bool, replacements: Int) {
        try unescaped(contents, lossy: lossy) { bytes, prefersASCII, surrogates throws(Failure) in
            if let buffer = TextBuffer(validatingUTF8: bytes) { return (buffer, prefersASCII, surrogates) }
            let decoded = try validated(bytes, lossy: lossy, prefersASCII: prefersASCII, surrogateReplacements: surrogates)
            return (TextBuffer(decoded.text), decoded.prefersASCIIEscapes, decoded.replacements)
        }
    }

    /// Calls `body` with the UTF-8 bytes a string's contents stand for (escapes resolved; lone
    /// surrogate escapes fail unless `lossy`, which makes them U+FFFD), whether non-ASCII
    /// characters were written only as `\u` escapes, and how many lone surrogates were replaced.
    private static func unescaped<Result>(_ contents: UnsafeBufferPointer<UInt8>, lossy: Bool,
                                          _ body: (UnsafeBufferPointer<UInt8>, Bool, Int) throws(Failure) -> Result) throws(Failure) -> Result {
        /// The first backslash from `start` on (`contents.count` when there is none).
        func nextBackslash(from start: Int) -> Int { BlockScan.first(in: contents, from: start, to: contents.count) { $0 == 0x5C } }
        guard nextBackslash(from: 0) < contents.count else { return try body(contents, false, 0) }
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
            try body(buffer, sawEscapedNonASCII && !sawRawNonASCII, surrogates)
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

    /// `encode` for text given as UTF-16 units (a cleaned document's), with no `String` made on the
    /// way: the same bytes `encode` writes for the text the units stand for (a lone surrogate is
    /// U+FFFD, as a `String` would have it).
    static func encode(units: UnsafeBufferPointer<UInt16>, asciiOnly: Bool, into output: inout [UInt8]) {
        // At most six bytes a unit (`\uXXXX`), and the quotes.
        let bytes = [UInt8](unsafeUninitializedCapacity: units.count * 6 + 2) { bytes, count in
            @inline(__always) func put(_ byte: UInt8) {
                bytes[count] = byte
                count &+= 1
            }
            func putUnicodeEscape(_ unit: UInt16) {
                put(0x5C)
                put(UInt8(ascii: "u"))
                for shift: UInt16 in [12, 8, 4, 0] { put(hexDigit(unit >> shift)) }
            }
            put(UInt8(ascii: "\""))
            var index = 0
            while index < units.count {
                // Runs of ASCII that need no escape are narrowed and copied whole.
                let runEnd = BlockScan.first(in: units, from: index, to: units.count, where: Self.mustEscapeOrIsNonASCII)
                let run = runEnd &- index
                for offset in 0..<run { bytes[count &+ offset] = UInt8(truncatingIfNeeded: units[index &+ offset]) }
                count &+= run
                index = runEnd
                guard index < units.count else { break }
                let unit = units[index]
                index &+= 1
                if unit < 0x80 {
                    let byte = UInt8(truncatingIfNeeded: unit)
                    if let letter = shortEscape(byte) {
                        put(0x5C)
                        put(letter)
                    } else if byte < 0x20 {
                        putUnicodeEscape(unit)
                    } else {
                        put(byte)
                    }
                    continue
                }
                var scalar = UInt32(unit)
                if unit & 0xF800 == 0xD800 {
                    if unit < 0xDC00, index < units.count, units[index] & 0xFC00 == 0xDC00 {
                        scalar = 0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(units[index]) - 0xDC00)
                        index &+= 1
                    } else {
                        scalar = 0xFFFD
                    }
                }
                if asciiOnly {
                    if scalar >= 0x10000 {
                        putUnicodeEscape(UInt16(0xD800 + ((scalar - 0x10000) >> 10)))
                        putUnicodeEscape(UInt16(0xDC00 + ((scalar - 0x10000) & 0x3FF)))
                    } else {
                        putUnicodeEscape(UInt16(scalar))
                    }
                } else if scalar < 0x800 {
                    put(UInt8(0xC0 | scalar >> 6))
                    put(UInt8(0x80 | scalar & 0x3F))
                } else if scalar < 0x10000 {
                    put(UInt8(0xE0 | scalar >> 12))
                    put(UInt8(0x80 | (scalar >> 6) & 0x3F))
                    put(UInt8(0x80 | scalar & 0x3F))
                } else {
                    put(UInt8(0xF0 | scalar >> 18))
                    put(UInt8(0x80 | (scalar >> 12) & 0x3F))
                    put(UInt8(0x80 | (scalar >> 6) & 0x3F))
                    put(UInt8(0x80 | scalar & 0x3F))
                }
            }
            put(UInt8(ascii: "\""))
        }
        output.append(contentsOf: bytes)
    }

    /// Whether a UTF-16 unit is not ASCII or cannot stand raw inside a JSON string, tested without
    /// branches for `BlockScan.first`.
    @inline(__always)
    static func mustEscapeOrIsNonASCII(_ unit: UInt16) -> Bool {
        BlockScan.either(BlockScan.either(unit == 0x22, unit == 0x5C), BlockScan.either(unit < 0x20, unit >= 0x80))
    }

    /// Whether a byte cannot stand raw inside a JSON string (`"`, `\` or a control character),
    /// tested without branches for `BlockScan.first`.
    @inline(__always)
    static func mustEscape(_ byte: UInt8) -> Bool {
        BlockScan.either(BlockScan.either(byte == 0x22, byte == 0x5C), byte < 0x20)
    }

    /// Appends one UTF-8 byte, escaped when JSON requires it.
    private static func appendEscaped(_ byte: UInt8, to output: inout [UInt8]) {
        if let letter = shortEscape(byte) {
            output.append(contentsOf: [0x5C, letter])
        } else if byte < 0x20 {
            appendUnicodeEscape(UInt16(byte), to: &output)
        } else {
            output.append(byte)
        }
    }

    /// The letter after `\` of the short escape JSON writes for a byte (`"`, `\`, `n`, `r`, `t`,
    /// `b`, `f`), nil for a byte without one.
    private static func shortEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): return byte
        case 0x0A: return UInt8(ascii: "n")
        case 0x0D: return UInt8(ascii: "r")
        case 0x09: return UInt8(ascii: "t")
        case 0x08: return UInt8(ascii: "b")
        case 0x0C: return UInt8(ascii: "f")
        default: return nil
        }
    }

    /// The lowercase hexadecimal digit of a value's lowest four bits.
    private static func hexDigit(_ value: UInt16) -> UInt8 {
        let digit = UInt8(truncatingIfNeeded: value & 0xF)
        return digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
    }

    /// The JSON string literal for `text` as bytes.
    public static func encoded(_ text: String, asciiOnly: Bool = false) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        encode(text, asciiOnly: asciiOnly, into: &output)
        return output
    }

    private static func appendUnicodeEscape(_ unit: UInt16, to output: inout [UInt8]) {
        output.append(contentsOf: [0x5C, UInt8(ascii: "u"), hexDigit(unit >> 12), hexDigit(unit >> 8), hexDigit(unit >> 4), hexDigit(unit)])
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

internal import CICUShim

/// Strict charset conversion through ICU's `ucnv`: unmappable or illegal input is an error, never a substitute.
public enum CharsetConverter {
    /// Encodes UTF-16 text into bytes of `charset` (an ICU converter name such as "windows-1252").
    public static func encode(_ units: [UInt16], charset: String) throws -> [UInt8] {
        var capacity = units.count * 4 + 4
        for _ in 0..<2 {
            var status: Int32 = 0
            var needed: Int32 = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                needed = units.withUnsafeBufferPointer { source in
                    buffer.withMemoryRebound(to: CChar.self) { dest in
                        cicu_encode(charset, source.baseAddress, Int32(source.count), dest.baseAddress, Int32(capacity), &status)
                    }
                }
                count = status > 0 ? 0 : Int(needed)
            }
            if status == ICUError.bufferOverflow { capacity = Int(needed) + 1; continue }
            try ICUError.check(status)
            return bytes
        }
        throw ICUError(code: ICUError.bufferOverflow)
    }

    /// Decodes bytes of `charset` into UTF-16 code units.
    public static func decode(_ bytes: [UInt8], charset: String) throws -> [UInt16] {
        try bytes.withUnsafeBufferPointer { source in
            try source.withMemoryRebound(to: CChar.self) { chars in
                try withGrowingBuffer(initialCapacity: bytes.count + 4) { dest, capacity, status in
                    cicu_decode(charset, chars.baseAddress, Int32(chars.count), dest, capacity, &status)
                }
            }
        }
    }
}

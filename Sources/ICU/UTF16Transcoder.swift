/// Fast conversions between Swift strings (UTF-8 inside) and UTF-16 code units, for whole texts.
///
/// `Array(text.utf16)` and `String(decoding:as: UTF16.self)` go scalar by scalar through generic
/// code; these loops run several times faster on the texts a cleaner sees.
public enum UTF16Transcoder {
    /// Writes the UTF-16 code units of `text` into new storage; `count` of them. The caller owns the memory.
    static func allocateUnits(of text: String) -> UnsafeMutableBufferPointer<UInt16> {
        var text = text
        return text.withUTF8 { bytes in
            let storage = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: max(bytes.count, 1))
            let count = transcode(bytes, into: storage)
            return UnsafeMutableBufferPointer(rebasing: storage[0..<count])
        }
    }

    /// Writes the UTF-16 code units of UTF-8 `bytes` into new storage, or returns nil (and keeps no
    /// memory) when the bytes are not valid UTF-8 (an overlong form, a surrogate, a scalar above
    /// U+10FFFF, a stray or missing continuation byte). The caller owns the memory.
    static func allocateUnits(validatingUTF8 bytes: UnsafeBufferPointer<UInt8>) -> UnsafeMutableBufferPointer<UInt16>? {
        let storage = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: max(bytes.count, 1))
        guard let count = transcodeValidating(bytes, into: storage) else {
            storage.deallocate()
            return nil
        }
        return UnsafeMutableBufferPointer(rebasing: storage[0..<count])
    }

    /// `transcode` for bytes not known to be valid: nil at the first invalid sequence.
    private static func transcodeValidating(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt16>) -> Int? {
        var index = 0
        var count = 0
        let end = bytes.count
        /// The continuation byte at `offset` (10xxxxxx) as its six bits, or nil.
        @inline(__always) func continuation(_ offset: Int) -> UInt32? {
            guard offset < end, bytes[offset] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[offset] & 0x3F)
        }
        while index < end {
            // Runs of ASCII go 16 bytes at a time.
            if widenASCIIBlock(bytes, at: index, into: output, at: count) {
                index &+= 16
                count &+= 16
                continue
            }
            let lead = UInt32(bytes[index])
            switch lead {
            case 0..<0x80:
                output[count] = UInt16(lead)
                index += 1
                count += 1
            case 0xC2...0xDF:
                guard let second = continuation(index + 1) else { return nil }
                output[count] = UInt16((lead & 0x1F) << 6 | second)
                index += 2
                count += 1
            case 0xE0...0xEF:
                guard let second = continuation(index + 1), let third = continuation(index + 2) else { return nil }
                let scalar = (lead & 0x0F) << 12 | second << 6 | third
                // Not overlong (below U+0800), not a surrogate.
                guard scalar >= 0x800, !(0xD800...0xDFFF).contains(scalar) else { return nil }
                output[count] = UInt16(scalar)
                index += 3
                count += 1
            case 0xF0...0xF4:
                guard let second = continuation(index + 1), let third = continuation(index + 2),
                      let fourth = continuation(index + 3) else { return nil }
                let scalar = (lead & 0x07) << 18 | second << 12 | third << 6 | fourth
                // Not overlong (below U+10000), not above U+10FFFF.
                guard (0x10000...0x10FFFF).contains(scalar) else { return nil }
                let offset = scalar - 0x10000
                output[count] = UInt16(0xD800 + (offset >> 10))
                output[count + 1] = UInt16(0xDC00 + (offset & 0x3FF))
                index += 4
                count += 2
            default:
                return nil
            }
        }
        return count
    }

    /// Writes the 16 bytes from `index` as units from `count` when all are ASCII (the widening loop
    /// vectorizes) and returns true; false, writing nothing, otherwise or when fewer remain.
    @inline(__always)
    private static func widenASCIIBlock(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int,
                                        into output: UnsafeMutableBufferPointer<UInt16>, at count: Int) -> Bool {
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init), index &+ 16 <= bytes.count else { return false }
        let first = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let second = base.loadUnaligned(fromByteOffset: index &+ 8, as: UInt64.self)
        guard (first | second) & 0x8080_8080_8080_8080 == 0 else { return false }
        for lane in 0..<16 { output[count &+ lane] = UInt16(bytes[index &+ lane]) }
        return true
    }

    /// The UTF-16 code units of `text`.
    public static func units(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt16](unsafeUninitializedCapacity: max(bytes.count, 1)) { storage, count in
                count = transcode(bytes, into: storage)
            }
        }
    }

    /// Transcodes valid UTF-8 (a Swift string's) into `output`, which has room for `bytes.count` units; returns the count.
    private static func transcode(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt16>) -> Int {
        var index = 0
        var count = 0
        let end = bytes.count
        while index < end {
            // Runs of ASCII go 16 bytes at a time.
            if widenASCIIBlock(bytes, at: index, into: output, at: count) {
                index &+= 16
                count &+= 16
                continue
            }
            let lead = UInt32(bytes[index])
            if lead < 0x80 {
                output[count] = UInt16(lead)
                index += 1
                count += 1
            } else if lead < 0xE0 {
                output[count] = UInt16((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
                index += 2
                count += 1
            } else if lead < 0xF0 {
                output[count] = UInt16((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
                index += 3
                count += 1
            } else {
                let scalar = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                let offset = scalar - 0x10000
                output[count] = UInt16(0xD800 + (offset >> 10))
                output[count + 1] = UInt16(0xDC00 + (offset & 0x3FF))
                index += 4
                count += 2
            }
        }
        return count
    }

    /// A string from UTF-16 code units; lone surrogates become U+FFFD (as `String(decoding:as:)` does).
    public static func string<C: Collection>(from units: C) -> String where C.Element == UInt16 {
        if let string = units.withContiguousStorageIfAvailable({ string(fromContiguous: $0) }) { return string }
        return Array(units).withUnsafeBufferPointer { string(fromContiguous: $0) }
    }

    private static func string(fromContiguous units: UnsafeBufferPointer<UInt16>) -> String {
        String(unsafeUninitializedCapacity: units.count * 3) { bytes in
            var count = 0
            var index = 0
            let end = units.count
            let base = units.baseAddress.map(UnsafeRawPointer.init)
            while index < end {
                // Runs of ASCII go 8 units at a time (the narrowing loop vectorizes).
                if let base, index &+ 8 <= end {
                    let first = base.loadUnaligned(fromByteOffset: 2 &* index, as: UInt64.self)
                    let second = base.loadUnaligned(fromByteOffset: 2 &* index &+ 8, as: UInt64.self)
                    if (first | second) & 0xFF80_FF80_FF80_FF80 == 0 {
                        for lane in 0..<8 { bytes[count &+ lane] = UInt8(truncatingIfNeeded: units[index &+ lane]) }
                        index &+= 8
                        count &+= 8
                        continue
                    }
                }
                let unit = UInt32(units[index])
                index += 1
                var scalar = unit
                if unit >= 0xD800 && unit < 0xE000 {
                    if unit < 0xDC00, index < end, units[index] >= 0xDC00, units[index] < 0xE000 {
                        scalar = 0x10000 + ((unit - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                        index += 1
                    } else {
                        scalar = 0xFFFD
                    }
                }
                if scalar < 0x80 {
                    bytes[count] = UInt8(scalar)
                    count += 1
                } else if scalar < 0x800 {
                    bytes[count] = UInt8(0xC0 | scalar >> 6)
                    bytes[count + 1] = UInt8(0x80 | scalar & 0x3F)
                    count += 2
                } else if scalar < 0x10000 {
                    bytes[count] = UInt8(0xE0 | scalar >> 12)
                    bytes[count + 1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                    bytes[count + 2] = UInt8(0x80 | scalar & 0x3F)
                    count += 3
                } else {
                    bytes[count] = UInt8(0xF0 | scalar >> 18)
                    bytes[count + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
                    bytes[count + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
                    bytes[count + 3] = UInt8(0x80 | scalar & 0x3F)
                    count += 4
                }
            }
            return count
        }
    }
}

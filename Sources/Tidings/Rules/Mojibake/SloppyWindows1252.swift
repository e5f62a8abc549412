import ICU

/// The byte each character stands for when UTF-8 was misread as Windows-1252 or Latin-1.
///
/// Like ftfy's "sloppy-windows-1252": bytes 0x00–0xFF map to U+0000–U+00FF (Latin-1, so C1
/// controls stand for their own byte, including cp1252's five undefined bytes 0x81 0x8D 0x8F 0x90
/// 0x9D), and the 27 characters Windows-1252 puts at 0x80–0x9F (`€`, `’`, `™`, …) map to those
/// bytes too. The cp1252 half of the table comes from ICU's converter.
enum SloppyWindows1252 {
    /// cp1252's characters for bytes 0x80–0x9F that differ from Latin-1, by UTF-16 unit.
    static let specialBytes: [UInt16: UInt8] = {
        var table: [UInt16: UInt8] = [:]
        for byte in UInt8(0x80)...UInt8(0x9F) {
            guard let units = try? CharsetConverter.decode([byte], charset: "windows-1252"),
                  units.count == 1, units[0] != UInt16(byte) else { continue }
            table[units[0]] = byte
        }
        return table
    }()

    /// The Windows-1252 character of each byte 0x80–0x9F it defines (the reverse of `specialBytes`).
    static let controlReplacements: [UInt8: UInt16] = Dictionary(specialBytes.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    /// The byte a UTF-16 unit stands for, or nil when the unit is outside both charsets.
    @inline(__always)
    static func byte(for unit: UInt16) -> UInt8? {
        unit <= 0xFF ? UInt8(unit) : specialBytes[unit]
    }
}

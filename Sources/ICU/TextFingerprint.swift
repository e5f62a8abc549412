/// Which runs of adjacent characters a text holds, hashed into bit sets in one pass: 4-unit runs as
/// written and with ASCII letters folded to lowercase, and folded pairs. A regex whose every match
/// needs a literal can then skip a text in time proportional to the literal, not the text: if one of
/// the literal's runs is absent, the literal is absent. (Hash collisions only ever keep a search.)
public struct TextFingerprint: Sendable {
    /// Bits per table.
    private static let tableBits = 1 << 16
    private var exactQuads: [UInt64]
    private var foldedQuads: [UInt64]
    private var foldedPairs: [UInt64]
    /// Whether the text holds a character whose case folding contains ASCII letters (ß, ſ, K, ﬁ, İ, ı, ...),
    /// which a case-insensitive ASCII literal may match without its letters appearing as such.
    public private(set) var hasASCIIFoldingCharacters = false

    /// The fingerprint of a text.
    init(_ units: UnsafeBufferPointer<UInt16>) {
        let words = Self.tableBits / 64
        var exactQuads = [UInt64](repeating: 0, count: words)
        var foldedQuads = [UInt64](repeating: 0, count: words)
        var foldedPairs = [UInt64](repeating: 0, count: words)
        var folding = false
        exactQuads.withUnsafeMutableBufferPointer { exact in
            foldedQuads.withUnsafeMutableBufferPointer { quads in
                foldedPairs.withUnsafeMutableBufferPointer { pairs in
                    var window: UInt64 = 0
                    var exactWindow: UInt64 = 0
                    for index in 0..<units.count {
                        let unit = units[index]
                        if unit >= 0x80 && Self.foldsToASCII(unit) { folding = true }
                        window = window << 16 | UInt64(Self.fold(unit))
                        exactWindow = exactWindow << 16 | UInt64(unit)
                        if index >= 1 { Self.insert(Self.hash(window & 0xFFFF_FFFF), into: pairs) }
                        if index >= 3 {
                            Self.insert(Self.hash(window), into: quads)
                            Self.insert(Self.hash(exactWindow), into: exact)
                        }
                    }
                }
            }
        }
        self.exactQuads = exactQuads
        self.foldedQuads = foldedQuads
        self.foldedPairs = foldedPairs
        self.hasASCIIFoldingCharacters = folding
    }

    /// Whether the text may contain `literal`, as written or (`folded`) with ASCII letters in either case.
    /// Literals of one unit are always possible; those of two or three are checked by folded pairs.
    func mayContain(_ literal: [UInt16], folded: Bool) -> Bool {
        let units = folded ? literal.map(Self.fold) : literal
        if units.count >= 4 {
            let table = folded ? foldedQuads : exactQuads
            var window: UInt64 = 0
            for (index, unit) in units.enumerated() {
                window = window << 16 | UInt64(unit)
                if index >= 3 && !Self.contains(Self.hash(window), in: table) { return false }
            }
            return true
        }
        let foldedUnits = units.map(Self.fold)
        for index in foldedUnits.indices.dropFirst() {
            let pair = UInt64(foldedUnits[index - 1]) << 16 | UInt64(foldedUnits[index])
            if !Self.contains(Self.hash(pair), in: foldedPairs) { return false }
        }
        return true
    }

    /// ASCII uppercase letters become lowercase; every other unit is itself.
    static func fold(_ unit: UInt16) -> UInt16 { unit &- 0x41 < 26 ? unit | 0x20 : unit }

    private static func hash(_ window: UInt64) -> Int {
        Int(truncatingIfNeeded: (window &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    private static func insert(_ hash: Int, into table: UnsafeMutableBufferPointer<UInt64>) {
        table[hash >> 6] |= 1 << UInt64(hash & 63)
    }

    private static func contains(_ hash: Int, in table: [UInt64]) -> Bool {
        table[hash >> 6] & (1 << UInt64(hash & 63)) != 0
    }

    /// Characters whose case folding or case mapping contains ASCII letters (from Unicode's case data):
    /// ß ſ İ ı ŉ ǰ ẖ ẗ ẘ ẙ ẚ ẞ K (Kelvin) and the Latin ligatures ﬀ–ﬆ.
    static func foldsToASCII(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x00DF, 0x0130, 0x0131, 0x0149, 0x017F, 0x01F0, 0x1E96...0x1E9A, 0x1E9E, 0x212A, 0xFB00...0xFB06: return true
        default: return false
        }
    }
}

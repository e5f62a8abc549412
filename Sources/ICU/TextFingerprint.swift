/// Which runs of four adjacent characters a text holds, hashed into a bit set in one pass: each run
/// with ASCII letters folded to lowercase, plus, when it holds uppercase letters, the run as written.
/// A regex whose every match needs a literal can then skip a text in time proportional to the
/// literal, not the text: if one of the literal's runs is absent, the literal is absent. (Hash
/// collisions, and a lowercase run standing for its capitalized forms, only ever keep a search.)
public struct TextFingerprint: Sendable {
    /// Bits in the set.
    private static let bitCount = 1 << 16
    /// Mixed into the hash of a run kept as written (with uppercase letters).
    private static let exactSalt: UInt64 = 0x5BD1_E995
    private var bits: [UInt64]
    /// One bit per UTF-16 unit value that occurs in the text.
    private var unitBits: [UInt64]
    /// Whether the text holds a character whose case folding contains ASCII letters (ß, ſ, K, ﬁ, İ, ı, ...),
    /// which a case-insensitive ASCII literal may match without its letters appearing as such.
    public private(set) var hasASCIIFoldingCharacters = false

    /// Shortest literal whose runs the fingerprint checks (shorter ones are checked unit by unit).
    public static let minimumLiteralLength = 4

    /// The fingerprint of a text.
    init(_ units: UnsafeBufferPointer<UInt16>) {
        var folding = false
        bits = [UInt64](repeating: 0, count: Self.bitCount / 64)
        unitBits = [UInt64](repeating: 0, count: 65536 / 64)
        bits.withUnsafeMutableBufferPointer { bits in
            unitBits.withUnsafeMutableBufferPointer { unitBits in
                folding = Self.fill(bits.baseAddress!, unitBits.baseAddress!, from: units)
            }
        }
        hasASCIIFoldingCharacters = folding
    }

    /// The fingerprint of a text made from the one this fingerprint describes by replacing some ranges:
    /// this one's runs plus every run of `units` (the new text) that overlaps a `changed` range.
    /// Runs that vanished with the edits stay set, which only ever keeps a search. Whether the text
    /// holds a character folding to ASCII is found again when it did (edits often replace the
    /// ligatures that made it so, and the answer turns off case-insensitive filtering).
    func updated(for units: UnsafeBufferPointer<UInt16>, changed: [Range<Int>]) -> TextFingerprint {
        var copy = self
        var inserted = false
        copy.bits.withUnsafeMutableBufferPointer { bits in
            copy.unitBits.withUnsafeMutableBufferPointer { unitBits in
                for range in changed {
                    let window = max(0, range.lowerBound - 3)..<min(units.count, range.upperBound + 3)
                    if Self.fill(bits.baseAddress!, unitBits.baseAddress!, from: UnsafeBufferPointer(rebasing: units[window])) {
                        inserted = true
                    }
                }
            }
        }
        copy.hasASCIIFoldingCharacters = inserted || (hasASCIIFoldingCharacters && units.contains { $0 >= 0x80 && Self.foldsToASCII($0) })
        return copy
    }

    /// Sets the bits of every 4-unit run; returns whether a character folding to ASCII was seen.
    private static func fill(_ bits: UnsafeMutablePointer<UInt64>, _ unitBits: UnsafeMutablePointer<UInt64>,
                             from units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let base = units.baseAddress else { return false }
        var folding = false
        var folded: UInt64 = 0
        var exact: UInt64 = 0
        var index = 0
        let count = units.count
        @inline(__always) func add(_ unit: UInt16) {
            unitBits[Int(unit &>> 6)] |= 1 &<< UInt64(unit & 63)
            if unit >= 0x80 && foldsToASCII(unit) { folding = true }
            folded = folded &<< 16 | UInt64(fold(unit))
            exact = exact &<< 16 | UInt64(unit)
        }
        // The first three units only start the first run.
        while index < min(3, count) {
            add(base[index])
            index &+= 1
        }
        while index < count {
            add(base[index])
            index &+= 1
            let hash = Self.hash(folded)
            bits[hash &>> 6] |= 1 &<< UInt64(hash & 63)
            if exact != folded {
                let exactHash = Self.hash(exact ^ exactSalt)
                bits[exactHash &>> 6] |= 1 &<< UInt64(exactHash & 63)
            }
        }
        return folding
    }

    /// Whether the text may contain `literal`, as written or (`folded`) with ASCII letters in either case.
    /// Literals shorter than `minimumLiteralLength` are always possible.
    func mayContain(_ literal: [UInt16], folded: Bool) -> Bool {
        hasRunBits(Self.runBits(of: literal, folded: folded))
    }

    /// The bits a literal's runs set (`RegexPrefilter` works them out once per literal): a fingerprint
    /// may contain the literal only if it has every one (none for literals shorter than
    /// `minimumLiteralLength`).
    static func runBits(of literal: [UInt16], folded: Bool) -> [Int] {
        guard literal.count >= minimumLiteralLength else { return [] }
        var result: [Int] = []
        var foldedWindow: UInt64 = 0
        var exactWindow: UInt64 = 0
        for index in literal.indices {
            foldedWindow = foldedWindow << 16 | UInt64(fold(literal[index]))
            exactWindow = exactWindow << 16 | UInt64(literal[index])
            guard index >= 3 else { continue }
            result.append(hash(folded || exactWindow == foldedWindow ? foldedWindow : exactWindow ^ exactSalt))
        }
        return result
    }

    /// Whether the fingerprint has every one of these run bits (`runBits(of:folded:)`).
    func hasRunBits(_ runBits: [Int]) -> Bool {
        runBits.allSatisfy { bits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
    }

    /// Whether the text holds a unit whose bit is in `mask` of word `word` of the unit set (one
    /// unit: `word` is `unit >> 6`, the mask its bit).
    func hasUnitBits(word: Int, mask: UInt64) -> Bool {
        unitBits[word] & mask != 0
    }

    /// Whether the text holds this UTF-16 unit.
    func containsUnit(_ unit: UInt16) -> Bool {
        unitBits[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
    }

    /// Whether the text holds any unit in the range.
    func containsAnyUnit(in range: ClosedRange<UInt16>) -> Bool {
        for word in UnitBitMasks.words(of: range) where unitBits[word] & UnitBitMasks.mask(of: range, inWord: word) != 0 {
            return true
        }
        return false
    }

    /// ASCII uppercase letters become lowercase; every other unit is itself.
    static func fold(_ unit: UInt16) -> UInt16 { unit &- 0x41 < 26 ? unit | 0x20 : unit }

    private static func hash(_ window: UInt64) -> Int {
        Int(truncatingIfNeeded: (window &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    private static func contains(_ hash: Int, in bits: [UInt64]) -> Bool {
        bits[hash >> 6] & (1 << UInt64(hash & 63)) != 0
    }

    /// Every unit for which `foldsToASCII` holds, in order (listed, not found by testing every unit).
    static let asciiFoldingUnits: [UInt16] = [0x00DF, 0x0130, 0x0131, 0x0149, 0x017F, 0x01F0] + Array(0x1E96...0x1E9A)
        + [0x1E9E, 0x212A] + Array(0xFB00...0xFB06)

    /// Characters whose case folding or case mapping contains ASCII letters (from Unicode's case data):
    /// ß ſ İ ı ŉ ǰ ẖ ẗ ẘ ẙ ẚ ẞ K (Kelvin) and the Latin ligatures ﬀ–ﬆ.
    static func foldsToASCII(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x00DF, 0x0130, 0x0131, 0x0149, 0x017F, 0x01F0, 0x1E96...0x1E9A, 0x1E9E, 0x212A, 0xFB00...0xFB06: return true
        default: return false
        }
    }
}

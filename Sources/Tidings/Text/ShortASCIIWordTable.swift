/// A set of ASCII words of 1 to 15 units, each with one flag, kept whole in its 16-byte slot (the
/// units, the length and the flag), so a lookup reads the slots and no other memory: in a large
/// word list each lookup is then about one cache miss instead of one per array of a `UnitWordTable`.
struct ShortASCIIWordTable: Sendable {
    /// The longest word the table holds.
    static let maximumLength = 15

    /// A word packed into two words: units 0–7 in `low`, 8–14 in the low bytes of `high`; the top
    /// byte of `high` holds the length (low bits) and the flag (high bit). All zero: an empty slot.
    private struct Slot: Sendable {
        var low: UInt64
        var high: UInt64
    }

    private static let flagBit: UInt64 = 1 << 63

    /// Open addressing slots (a power of two of them, at most 60% full: a 76,000-word list takes
    /// 2 MB, and the few slots a lookup probes are mostly in one cache line).
    private var slots: [Slot]
    /// The number of words.
    private(set) var count = 0

    /// An empty table with room for `capacity` words before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while !Self.hasRoom(for: capacity, in: size) { size *= 2 }
        slots = Array(repeating: Slot(low: 0, high: 0), count: size)
    }

    /// Whether a word of this many units fits the table (1 to `maximumLength`).
    static func fits(_ length: Int) -> Bool {
        length >= 1 && length <= maximumLength
    }

    /// Adds a word (every unit below 0x80, a length that `fits`) with its flag, unless present (a
    /// present word keeps its flag); whether it was added.
    @discardableResult
    mutating func insert<Unit: FixedWidthInteger>(_ word: UnsafeBufferPointer<Unit>, flag: Bool) -> Bool {
        let key = Self.pack(word)
        // Grown first (even for a word already present), so the word is looked for once.
        if !Self.hasRoom(for: count + 1, in: slots.count) { grow() }
        guard case .empty(let slot) = find(key) else { return false }
        slots[slot] = Slot(low: key.low, high: key.high | (flag ? Self.flagBit : 0))
        count += 1
        return true
    }

    /// The flag of a word (every unit below 0x80, a length that `fits`), or nil when absent.
    func flag<Unit: FixedWidthInteger>(of word: UnsafeBufferPointer<Unit>) -> Bool? {
        guard case .found(let slot) = find(Self.pack(word)) else { return nil }
        return slots[slot].high & Self.flagBit != 0
    }

    private enum Place {
        case found(Int)
        case empty(Int)
    }

    /// Where a packed word (flag clear) is, or the empty slot where it would go.
    private func find(_ key: Slot) -> Place {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
            while true {
                let entry = slots[slot]
                if entry.high == 0 { return .empty(slot) }
                if entry.low == key.low && entry.high & ~Self.flagBit == key.high { return .found(slot) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether `size` slots may hold `count` words (at most 60% of them full).
    private static func hasRoom(for count: Int, in size: Int) -> Bool {
        count * 5 <= size * 3
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(low: 0, high: 0), count: old.count * 2)
        for entry in old where entry.high != 0 {
            guard case .empty(let slot) = find(Slot(low: entry.low, high: entry.high & ~Self.flagBit)) else { continue }
            slots[slot] = entry
        }
    }

    /// The slot of a word, flag clear (the length byte makes `high` nonzero). The units must be
    /// ASCII: bytes are copied as they are, wider units narrowed one by one.
    private static func pack<Unit: FixedWidthInteger>(_ word: UnsafeBufferPointer<Unit>) -> Slot {
        var low: UInt64 = 0, high: UInt64 = 0
        if Unit.bitWidth == 8, let base = word.baseAddress {
            let bytes = UnsafeRawPointer(base)
            withUnsafeMutableBytes(of: &low) { $0.copyMemory(from: UnsafeRawBufferPointer(start: bytes, count: min(word.count, 8))) }
            if word.count > 8 {
                withUnsafeMutableBytes(of: &high) { $0.copyMemory(from: UnsafeRawBufferPointer(start: bytes + 8, count: word.count - 8)) }
            }
            // Byte `i` of the word is bits `8i…` of the value, as below, on any host.
            low = UInt64(littleEndian: low)
            high = UInt64(littleEndian: high)
        } else {
            for (offset, unit) in word.enumerated() {
                let byte = UInt64(UInt8(truncatingIfNeeded: unit))
                if offset < 8 { low |= byte << UInt64(offset * 8) } else { high |= byte << UInt64((offset - 8) * 8) }
            }
        }
        return Slot(low: low, high: high | UInt64(word.count) << 56)
    }

    private static func hash(_ key: Slot) -> UInt64 {
        var hash = key.low &* 0x9E37_79B9_7F4A_7C15 ^ key.high &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 29
        hash &*= 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 32
        return hash
    }
}

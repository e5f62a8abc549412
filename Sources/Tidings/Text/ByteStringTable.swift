/// Indexes byte strings by exact content: an open-addressing hash table over one byte arena, far
/// cheaper than a `String`-keyed dictionary (no SipHash, no Unicode normalization) for short words.
struct ByteStringTable {
    /// The strings' bytes, one after another.
    private var arena: [UInt8] = []
    /// Per string: where its bytes end in the arena (they start where the previous one's end).
    private var ends: [Int] = []
    /// Per string: its hash.
    private var hashes: [UInt64] = []
    /// Per slot: 0 when empty, else the index of a string plus one.
    private var slots: [Int32]

    /// An empty table with room for about `capacity` strings of `averageLength` bytes before it grows.
    init(capacity: Int = 0, averageLength: Int = 8) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        arena.reserveCapacity(capacity * averageLength)
        ends.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// How many strings the table holds (their indices run from 0 below it).
    var count: Int { ends.count }

    /// The index of a byte string, nil when the table does not hold it.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let slot = find(bytes, hash: Self.hash(bytes))
        return slots[slot] > 0 ? Int(slots[slot]) - 1 : nil
    }

    /// The index of a byte string, added (with the next index) when the table does not hold it yet.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        let hash = Self.hash(bytes)
        var slot = find(bytes, hash: hash)
        if slots[slot] > 0 { return (Int(slots[slot]) - 1, false) }
        let index = ends.count
        arena.append(contentsOf: bytes)
        ends.append(arena.count)
        hashes.append(hash)
        if 2 * ends.count > slots.count {
            grow()
            slot = find(bytes, hash: hash)
        }
        slots[slot] = Int32(index + 1)
        return (index, true)
    }

    /// The bytes of the string at an index.
    func bytes(at index: Int) -> ArraySlice<UInt8> {
        arena[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// The slot holding the bytes, or the empty slot where they would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] > 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash && holds(bytes, at: index) { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// Whether the string at an index is these bytes.
    private func holds(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let start = index == 0 ? 0 : ends[index - 1]
        guard ends[index] - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            var offset = 0
            while offset < bytes.count, arena[start + offset] == bytes[offset] { offset += 1 }
            return offset == bytes.count
        }
    }

    /// Doubles the slots and places every string again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] > 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// FNV-1a over the bytes, its high half folded into the low one (slots are taken from the low bits).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash ^ (hash >> 29)
    }
}

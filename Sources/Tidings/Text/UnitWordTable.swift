/// A hash table numbering words given as UTF-16 code units (0, 1, 2… in insertion order), so a
/// word of a document buffer is found without making a `String` and hashing it.
///
/// Keys compare unit by unit (no Unicode canonical equivalence, unlike `String ==`): callers use it
/// for text that is its own normal form (see `UnitWordTable.isNormalizationFree`). Lookup keys may
/// be UTF-8 bytes of an ASCII word (they equal its UTF-16 units).
struct UnitWordTable {
    /// The units of every key, one after another, in number order.
    private var storage: [UInt16] = []
    /// Where each key starts in `storage`, plus the end of the last one.
    private var starts: [Int] = [0]
    /// Each key's hash, by number (kept for growing and for quick mismatches).
    private var hashes: [UInt64] = []
    /// Open addressing slots: a key's number plus one, or 0 for an empty slot.
    private var slots: [Int32]

    /// Creates an empty table with room for about `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        storage.reserveCapacity(capacity * 8)
        starts.reserveCapacity(capacity + 1)
        hashes.reserveCapacity(capacity)
    }

    /// Creates a table numbering words in order (a repeated word keeps its first number).
    init(words: some Sequence<String>) {
        self.init()
        for word in words { insert(word) }
    }

    /// The number of distinct keys.
    var count: Int { hashes.count }

    /// The number of a key, or nil when the table does not hold it.
    func number<Unit: FixedWidthInteger>(of key: UnsafeBufferPointer<Unit>) -> Int? {
        let hash = UnitKey.hash(key)
        let (number, _) = find(key, hash: hash)
        return number
    }

    /// The number of a word (its UTF-16 units), or nil when the table does not hold it.
    func number(of word: String) -> Int? {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
            bytes.allSatisfy { $0 < 0x80 } ? .some(number(of: bytes)) : nil
        }
        if let ascii = ascii ?? nil { return ascii }
        return Array(word.utf16).withUnsafeBufferPointer { number(of: $0) }
    }

    /// Adds a key unless present; its number, and whether it was new.
    @discardableResult
    mutating func insert<Unit: FixedWidthInteger>(_ key: UnsafeBufferPointer<Unit>) -> (number: Int, inserted: Bool) {
        let hash = UnitKey.hash(key)
        var (known, slot) = find(key, hash: hash)
        if let known { return (known, false) }
        if (count + 1) * 2 > slots.count {
            grow()
            slot = find(key, hash: hash).slot
        }
        let number = count
        if let units = key as? UnsafeBufferPointer<UInt16> {
            storage.append(contentsOf: units)    // UTF-16 keys are copied whole (a check the specialization folds)
        } else {
            for unit in key { storage.append(UInt16(truncatingIfNeeded: unit)) }
        }
        starts.append(storage.count)
        hashes.append(hash)
        slots[slot] = Int32(number + 1)
        return (number, true)
    }

    /// Adds a word (its UTF-16 units) unless present; its number, and whether it was new.
    @discardableResult
    mutating func insert(_ word: String) -> (number: Int, inserted: Bool) {
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> (number: Int, inserted: Bool)? in
            bytes.allSatisfy { $0 < 0x80 } ? insert(bytes) : nil
        }
        if let ascii = ascii ?? nil { return ascii }
        return Array(word.utf16).withUnsafeBufferPointer { insert($0) }
    }

    /// The units of the key with a number.
    func key(_ number: Int) -> ArraySlice<UInt16> {
        storage[starts[number]..<starts[number + 1]]
    }

    /// Whether text is its own normal form in a way that makes `String ==` compare units: every unit
    /// is normalization free (`isNormalizationFree(_: UInt16)`), so the text is in NFC and two such
    /// texts are equal exactly when their units are.
    static func isNormalizationFree(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        units.allSatisfy(isNormalizationFree)
    }

    /// Whether a unit is a character with no canonical decomposition other than itself, combining
    /// class 0, that never follows another in a composition: all below U+0300 (Latin), and of Greek,
    /// Cyrillic, General Punctuation, kana, CJK ideographs and Hangul syllables those that qualify
    /// (assigned in Unicode 14; stability rules keep these properties fixed).
    static func isNormalizationFree(_ unit: UInt16) -> Bool {
        switch unit {
        case 0..<0x300, 0x370...0x373, 0x375...0x377, 0x37A...0x37D, 0x37F, 0x384...0x386, 0x388...0x38A, 0x38C,
             0x38E...0x3A1, 0x3A3...0x3FF, 0x400...0x482, 0x488...0x4FF, 0x2002...0x2064, 0x3041...0x3096,
             0x309B...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return true
        default:
            return false
        }
    }

    /// The key's number if present, else the empty slot where it would go.
    private func find<Unit: FixedWidthInteger>(_ key: UnsafeBufferPointer<Unit>, hash: UInt64) -> (number: Int?, slot: Int) {
        storage.withUnsafeBufferPointer { storage in
            starts.withUnsafeBufferPointer { starts in
                hashes.withUnsafeBufferPointer { hashes in
                    slots.withUnsafeBufferPointer { slots in
                        let mask = slots.count - 1
                        var slot = Int(truncatingIfNeeded: hash) & mask
                        while true {
                            let entry = Int(slots[slot])
                            if entry == 0 { return (nil, slot) }
                            let number = entry - 1
                            let (start, end) = (starts[number], starts[number + 1])
                            if hashes[number] == hash, UnitKey.equal(key, storage.baseAddress.map { UnsafeRawPointer($0 + start) }, count: end - start) {
                                return (number, slot)
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for number in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[number]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}

/// Word-sequence forms of a document (one to four word tokens) with, for each, the tokens of its
/// last recorded occurrence and how often it was recorded. Forms compare by their words' lowercased
/// texts, the last without its possessive (numbers of `LoweredForms`), so `Wu Hao’s` and `wu hao`
/// are one form: one-word forms are found by number, longer ones by a key of up to four numbers.
struct NameFormTable {
    /// The forms in the order first recorded: the tokens of the last occurrence and the count.
    private(set) var entries: [(last: Range<Int>, count: Int)] = []
    private var byKey = FormKeyTable()
    /// Entry by the number of a one-word form (-1: none).
    private var byWord: [Int32]
    /// A bit set for every pair of first two word numbers of a longer form: a clear bit spares a
    /// dictionary lookup (most word pairs start no form).
    private var pairBits = Array(repeating: UInt64(0), count: 64)
    private let forms: LoweredForms

    /// An empty table for the word tokens numbered by `forms`.
    init(forms: LoweredForms) {
        self.forms = forms
        byWord = Array(repeating: -1, count: forms.count)
    }

    /// The entry of the form of the word tokens in a range, nil when none was recorded.
    func entry(_ tokens: Range<Int>) -> Int? {
        if tokens.count == 1 { return word(forms.bareLowered[tokens.lowerBound]) }
        guard mayStart(tokens) else { return nil }
        return byKey.entry(FormKey(tokens, forms: forms))
    }

    /// The entry of a form given its words' lowercased texts, the last without its possessive.
    func entry(lowercased words: [String]) -> Int? {
        let numbers = words.compactMap(forms.number(of:))
        guard numbers.count == words.count, (1...4).contains(numbers.count) else { return nil }
        return numbers.count == 1 ? word(numbers[0]) : byKey.entry(FormKey(numbers: numbers))
    }

    /// Records one occurrence of the form of the word tokens in a range (one to four tokens);
    /// returns the form's entry.
    @discardableResult
    mutating func record(_ tokens: Range<Int>) -> Int {
        if let known = entry(tokens) {
            entries[known] = (tokens, entries[known].count + 1)
            return known
        }
        if tokens.count == 1 {
            byWord[Int(forms.bareLowered[tokens.lowerBound])] = Int32(entries.count)
        } else {
            byKey.insert(FormKey(tokens, forms: forms), entry: entries.count)
            let bit = pairBit(tokens)
            pairBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        entries.append((tokens, 1))
        return entries.count - 1
    }

    /// Whether a recorded form of two words or more may start like the tokens (false: none does).
    private func mayStart(_ tokens: Range<Int>) -> Bool {
        let bit = pairBit(tokens)
        return pairBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The bit of the first two word numbers of the form of two tokens or more (the second bare when it is the last).
    private func pairBit(_ tokens: Range<Int>) -> Int {
        let first = UInt32(bitPattern: forms.lowered[tokens.lowerBound])
        let secondToken = tokens.lowerBound + 1
        let second = UInt32(bitPattern: secondToken == tokens.upperBound - 1 ? forms.bareLowered[secondToken] : forms.lowered[secondToken])
        return Int(((first &* 0x9E37_79B1) ^ (second &* 0x85EB_CA77)) >> 20)
    }

    /// Whether a one-word form with a lowercased number was recorded.
    func hasWord(_ number: Int32) -> Bool {
        byWord[Int(number)] >= 0
    }

    private func word(_ number: Int32) -> Int? {
        let entry = byWord[Int(number)]
        return entry >= 0 ? Int(entry) : nil
    }
}

/// The key of a form of two to four words: their numbers, unused places -1. Keys are equal exactly
/// when the lowercased forms joined by spaces are equal strings (a word holds no space, so joined
/// forms compare word by word).
private struct FormKey: Equatable {
    private var numbers: (Int32, Int32, Int32, Int32) = (-1, -1, -1, -1)

    /// The key of the word tokens in a range.
    init(_ tokens: Range<Int>, forms: LoweredForms) {
        self.init(count: tokens.count) { index in
            let token = tokens.lowerBound + index
            return token == tokens.upperBound - 1 ? forms.bareLowered[token] : forms.lowered[token]
        }
    }

    /// The key of a form's word numbers in order.
    init(numbers: [Int32]) {
        self.init(count: numbers.count) { numbers[$0] }
    }

    private init(count: Int, number: (Int) -> Int32) {
        precondition(count <= 4, "a form key holds at most four words")
        withUnsafeMutableBytes(of: &numbers) { slots in
            for index in 0..<count { slots.storeBytes(of: number(index), toByteOffset: index * 4, as: Int32.self) }
        }
    }

    static func == (left: FormKey, right: FormKey) -> Bool {
        left.numbers == right.numbers
    }

    /// A multiplicative hash of the numbers, well mixed in its high bits.
    var hash: UInt64 {
        let low = UInt64(UInt32(bitPattern: numbers.0)) | UInt64(UInt32(bitPattern: numbers.1)) << 32
        let high = UInt64(UInt32(bitPattern: numbers.2)) | UInt64(UInt32(bitPattern: numbers.3)) << 32
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        return mixed ^ (mixed >> 31)
    }
}

/// Form entries by key: open addressing over the keys' multiplicative hash (no `Hasher` per lookup).
private struct FormKeyTable {
    /// Per slot: the index of a key in `keys` plus one, 0 when empty (a power of two of them).
    private var slots = Array(repeating: Int32(0), count: 64)
    private var keys: [FormKey] = []
    /// The entry of each key of `keys`.
    private var entries: [Int] = []

    /// The entry of a key, nil when the table does not hold it.
    func entry(_ key: FormKey) -> Int? {
        let index = Int(slots[slot(of: key)])
        return index > 0 ? entries[index - 1] : nil
    }

    /// Adds a key the table does not hold, with its entry.
    mutating func insert(_ key: FormKey, entry: Int) {
        if 2 * (keys.count + 1) > slots.count { grow() }
        let slot = slot(of: key)
        precondition(slots[slot] == 0, "a key is inserted once")
        keys.append(key)
        entries.append(entry)
        slots[slot] = Int32(keys.count)
    }

    /// The slot holding the key, or the empty slot where it would go.
    private func slot(of key: FormKey) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash >> 32) & mask
        while slots[slot] != 0 && keys[Int(slots[slot]) - 1] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Doubles the slots and places every key again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.hash >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}

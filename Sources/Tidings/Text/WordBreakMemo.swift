import Foundation

/// ICU's word tokens of short stretches of text, remembered per thread and locale, so a stretch
/// seen before is not segmented again.
///
/// A text is cut at its firm boundaries (`TokenReuse.isFirm`: a space, then an ASCII letter or
/// digit), where ICU always breaks and which no boundary on either side depends on across, so each
/// stretch between two of them tokenizes alone as it does in the whole text. News text repeats its
/// stretches (`the `, `said, `, `Blinken `) across documents, so most are answered here. The
/// answers are ICU's: the memo only keeps them, and forgets them all when it is full.
final class WordBreakMemo {
    /// The longest stretch kept, in UTF-16 units (a token end must fit six bits).
    static let longestStretch = 32
    /// The locale the answers are for.
    let locale: String

    /// Open addressing slots (`slotCount`, a power of two), at most half of them used.
    private let slots: UnsafeMutablePointer<Slot>
    private let slotCount: Int
    /// The units of every kept stretch, one after another (room for `capacity` of the longest).
    private let units: UnsafeMutablePointer<UInt16>
    private var unitCount = 0
    /// Every kept stretch's tokens, one after another: the token's end in its stretch, shifted
    /// left by two, with its kind's code (`code(_:)`) in the low bits.
    private let tokens: UnsafeMutablePointer<UInt8>
    private var tokenCount = 0
    /// The stretches kept, and how many fit.
    private(set) var count = 0
    private let capacity: Int

    private struct Slot {
        /// The stretch's hash, low half.
        var hash: UInt32 = 0
        /// The stretch's length in units; 0 for an empty slot.
        var length: UInt8 = 0
        var tokenCount: UInt8 = 0
        var unitStart: Int32 = 0
        var tokenStart: Int32 = 0
    }

    /// Where a kept stretch's tokens lie in `tokens`.
    struct Known {
        fileprivate let start: Int
        fileprivate let count: Int
    }

    /// An empty memo keeping up to `capacity` stretches (then it starts over).
    init(locale: String, capacity: Int = 1 << 15) {
        self.locale = locale
        self.capacity = capacity
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slotCount = size
        slots = .allocate(capacity: size)
        slots.initialize(repeating: Slot(), count: size)
        units = .allocate(capacity: capacity * Self.longestStretch)
        tokens = .allocate(capacity: capacity * Self.longestStretch)
    }

    deinit {
        slots.deallocate()
        units.deallocate()
        tokens.deallocate()
    }

    /// The memo of the current thread for a locale (made on first use; it lives as long as the thread).
    static func current(locale: String) -> WordBreakMemo {
        let key = "Tidings.WordBreakMemo." + locale
        let dictionary = Thread.current.threadDictionary
        if let memo = dictionary[key] as? WordBreakMemo { return memo }
        let memo = WordBreakMemo(locale: locale)
        dictionary[key] = memo
        return memo
    }

    /// The tokens kept for a stretch of `text`, or nil when it was not seen (or is too long).
    @inline(__always)
    func known(_ stretch: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Known? {
        let length = stretch.count
        guard length > 0, length <= Self.longestStretch, let base = text.baseAddress else { return nil }
        let key = base + stretch.lowerBound
        let hash = Self.hash(key, length)
        let mask = slotCount &- 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].length != 0 {
            let slot = slots[index]
            if slot.hash == UInt32(truncatingIfNeeded: hash), Int(slot.length) == length,
               Self.equal(units + Int(slot.unitStart), key, length) {
                return Known(start: Int(slot.tokenStart), count: Int(slot.tokenCount))
            }
            index = (index &+ 1) & mask
        }
        return nil
    }

    /// Appends kept tokens for the stretch starting at `start`.
    @inline(__always)
    func append(_ known: Known, at start: Int, to result: inout [Token]) {
        var tokenStart = start
        for index in known.start..<(known.start &+ known.count) {
            let packed = tokens[index]
            let end = start &+ Int(packed &>> 2)
            result.append(Token(range: tokenStart..<end, kind: Self.kind(packed & 3)))
            tokenStart = end
        }
    }

    /// Keeps the tokens of a stretch of `text` (they cover it exactly, in order); a stretch that is
    /// too long or already kept is left alone.
    func remember(_ stretch: Range<Int>, in text: UnsafeBufferPointer<UInt16>, tokens stretchTokens: ArraySlice<Token>) {
        let length = stretch.count
        guard length > 0, length <= Self.longestStretch, known(stretch, in: text) == nil, let base = text.baseAddress else { return }
        if count == capacity { forgetAll() }
        let key = base + stretch.lowerBound
        let hash = Self.hash(key, length)
        let mask = slotCount - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].length != 0 { index = (index &+ 1) & mask }
        slots[index] = Slot(hash: UInt32(truncatingIfNeeded: hash), length: UInt8(length), tokenCount: UInt8(stretchTokens.count),
                            unitStart: Int32(unitCount), tokenStart: Int32(tokenCount))
        (units + unitCount).update(from: key, count: length)
        unitCount += length
        for token in stretchTokens {
            tokens[tokenCount] = UInt8(token.range.upperBound - stretch.lowerBound) << 2 | Self.code(token.kind)
            tokenCount += 1
        }
        count += 1
    }

    /// Drops every kept stretch (the memo stays bounded).
    private func forgetAll() {
        slots.update(repeating: Slot(), count: slotCount)
        unitCount = 0
        tokenCount = 0
        count = 0
    }

    @inline(__always)
    private static func kind(_ code: UInt8) -> Token.Kind {
        switch code {
        case 0: .word
        case 1: .number
        case 2: .space
        default: .other
        }
    }

    private static func code(_ kind: Token.Kind) -> UInt8 {
        switch kind {
        case .word: 0
        case .number: 1
        case .space: 2
        case .other: 3
        }
    }

    /// Whether two runs of `length` units are equal (compared eight bytes at a time).
    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt16>, _ b: UnsafePointer<UInt16>, _ length: Int) -> Bool {
        let (rawA, rawB) = (UnsafeRawPointer(a), UnsafeRawPointer(b))
        var offset = 0
        while offset &+ 4 <= length {
            if rawA.loadUnaligned(fromByteOffset: 2 &* offset, as: UInt64.self) != rawB.loadUnaligned(fromByteOffset: 2 &* offset, as: UInt64.self) {
                return false
            }
            offset &+= 4
        }
        while offset < length {
            if a[offset] != b[offset] { return false }
            offset &+= 1
        }
        return true
    }

    /// A hash of `length` units, read four at a time.
    @inline(__always)
    private static func hash(_ key: UnsafePointer<UInt16>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(key)
        var hash = UInt64(length) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset &+ 4 <= length {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: 2 &* offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash &>> 29
            offset &+= 4
        }
        var tail: UInt64 = 0
        while offset < length {
            tail = tail &<< 16 | UInt64(key[offset])
            offset &+= 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash &>> 32)
    }
}

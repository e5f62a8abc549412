import Synchronization

/// A UTF-16 copy of a text at a stable address, as ICU's iterators and matchers need it.
///
/// ICU keeps a pointer to the text it scans, so the text must not move while it is in use:
/// a `TextBuffer` owns its storage for its whole life, and matchers and iterators keep the buffer alive.
public final class TextBuffer: @unchecked Sendable {
    /// The UTF-16 code units (immutable after creation).
    public let units: UnsafeBufferPointer<UInt16>
    /// Which character runs the text holds, so regex searches can skip texts lacking their literals.
    /// Built on first use (under a lock: a buffer may be read from several threads).
    public var fingerprint: TextFingerprint {
        fingerprintStorage.withLock { stored in
            if let stored { return stored }
            let built = TextFingerprint(units)
            stored = built
            return built
        }
    }
    private let fingerprintStorage = Mutex<TextFingerprint?>(nil)

    /// Offsets where a multiline `^` can match: 0, and after each line terminator (LF, VT, FF, CR,
    /// NEL, LS, PS), CR LF counting as one. Found on first use and kept.
    public var lineStarts: [Int] {
        lineStartStorage.withLock { stored in
            if let stored { return stored }
            let found = Self.lineStarts(in: units)
            stored = found
            return found
        }
    }
    private let lineStartStorage = Mutex<[Int]?>(nil)

    private static func lineStarts(in units: UnsafeBufferPointer<UInt16>) -> [Int] {
        var starts = [0]
        guard let base = units.baseAddress else { return starts }
        let count = units.count
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < count {
            // Blocks of eight printable ASCII units are skipped whole.
            while index &+ 8 <= count && !mayHoldTerminator(raw, at: index) {
                index &+= 8
            }
            let blockEnd = min(index &+ 8, count)
            while index < blockEnd {
                let unit = base[index]
                index &+= 1
                if unit &- 0x0A > 3 && (unit < 0x85 || (unit != 0x85 && unit != 0x2028 && unit != 0x2029)) { continue }
                if unit == 0x0D && index < count && base[index] == 0x0A { continue }  // the line starts after the LF
                starts.append(index)
            }
        }
        return starts
    }

    /// Whether a block of units may hold a line terminator (LF, VT, FF, CR, NEL, LS, PS): false
    /// when every unit is printable ASCII (0x20...0x7F), checked four units to a 64-bit word.
    @inline(__always)
    private static func mayHoldTerminator(_ raw: UnsafeRawPointer, at index: Int) -> Bool {
        let low = raw.loadUnaligned(fromByteOffset: index &* 2, as: UInt64.self)
        let high = raw.loadUnaligned(fromByteOffset: index &* 2 &+ 8, as: UInt64.self)
        return outsidePrintableASCII(low) | outsidePrintableASCII(high) != 0
    }

    /// Nonzero when a lane of four 16-bit units is below 0x20 or above 0x7F (borrows and carries
    /// between lanes only add lanes, never hide one).
    @inline(__always)
    private static func outsidePrintableASCII(_ word: UInt64) -> UInt64 {
        let below = (word &- 0x0020_0020_0020_0020) & ~word
        let above = (word &+ 0x7F80_7F80_7F80_7F80) | word
        return (below | above) & 0x8000_8000_8000_8000
    }

    /// Copies the UTF-16 code units of `text`.
    public init(_ text: String) {
        units = UnsafeBufferPointer(UTF16Transcoder.allocateUnits(of: text))
    }

    /// Copies the given UTF-16 code units.
    public init<C: Collection>(units source: C) where C.Element == UInt16 {
        let storage = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: max(source.count, 1))
        _ = storage.initialize(from: source)
        units = UnsafeBufferPointer(start: storage.baseAddress, count: source.count)
    }

    /// A buffer for a text made from `previous` by replacing some ranges (`changed`: where the
    /// replacements now lie); if `previous` built its fingerprint, this one is derived from it
    /// instead of being rebuilt from the whole text.
    public convenience init(units source: [UInt16], editedFrom previous: TextBuffer, changed: [Range<Int>]) {
        self.init(units: source)
        if let old = previous.fingerprintStorage.withLock({ $0 }) {
            let updated = old.updated(for: units, changed: changed)
            fingerprintStorage.withLock { $0 = updated }
        }
    }

    deinit {
        UnsafeMutablePointer(mutating: units.baseAddress!).deallocate()
    }

    /// Number of UTF-16 code units.
    public var count: Int { units.count }

    /// The text of a range of code units.
    public func string(_ range: Range<Int>) -> String {
        UTF16Transcoder.string(from: UnsafeBufferPointer(rebasing: units[range]))
    }

    /// The whole text.
    public var string: String { string(0..<count) }
}

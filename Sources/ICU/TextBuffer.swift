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
        let block = 32
        func bit(_ condition: Bool) -> UInt8 { unsafeBitCast(condition, to: UInt8.self) }
        /// Whether a unit is a line terminator, tested without branches (so a block's tests vectorize).
        func isTerminator(_ unit: UInt16) -> UInt8 { bit(unit &- 0x0A < 4) | bit(unit == 0x85) | bit(unit &- 0x2028 < 2) }
        /// Records the line start after a terminator at `offset`.
        func addStart(after offset: Int) {
            if base[offset] == 0x0D && offset + 1 < count && base[offset + 1] == 0x0A { return }  // the line starts after the LF
            starts.append(offset + 1)
        }
        var index = 0
        while index + block <= count {
            // Most blocks hold no terminator: test all their units at once, then find the ones in a block that does.
            var hits: UInt8 = 0
            for lane in 0..<block { hits |= isTerminator(base[index &+ lane]) }
            if hits != 0 {
                var lanes: UInt32 = 0
                for lane in 0..<block { lanes |= UInt32(isTerminator(base[index &+ lane])) &<< UInt32(lane) }
                while lanes != 0 {
                    addStart(after: index + lanes.trailingZeroBitCount)
                    lanes &= lanes &- 1
                }
            }
            index += block
        }
        while index < count {
            if isTerminator(base[index]) != 0 { addStart(after: index) }
            index += 1
        }
        return starts
    }

    /// Copies the UTF-16 code units of `text`.
    public init(_ text: String) {
        units = UnsafeBufferPointer(UTF16Transcoder.allocateUnits(of: text))
    }

    /// The UTF-16 code units of UTF-8 `bytes`, or nil when they are not valid UTF-8 (no `String`
    /// is made on the way: Swift would validate the bytes again).
    public init?(validatingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let storage = UTF16Transcoder.allocateUnits(validatingUTF8: bytes) else { return nil }
        units = UnsafeBufferPointer(storage)
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

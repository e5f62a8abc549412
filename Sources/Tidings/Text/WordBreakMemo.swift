import Foundation

/// ICU's word tokens of short stretches of text, remembered per thread and locale, so a stretch
/// seen before is not segmented again.
///
/// A text is cut at its firm boundaries (`TokenReuse.isFirm`: a space, then an ASCII letter or
/// digit), where ICU always breaks and which no boundary on either side depends on across, so each
/// stretch between two of them tokenizes alone as it does in the whole text. News text repeats its
/// stretches (`the `, `said, `, `Blinken `) across documents, so most are answered here. The
/// answers are ICU's: the memo only keeps them, and forgets them all when it is full.
///
/// Each stretch lives in one 64-byte bucket (one cache line): its hash, length and token count,
/// the entry of its word in `wordForms` (when it has exactly one word token), its units, and its
/// tokens (each the token's end in the stretch, shifted left by two, with its kind's code in the
/// low bits), so a lookup reads one line of memory. A memo starts small and
/// grows with what it keeps, to at most 2 MB (32,768 buckets for its 24,576 stretches); there is
/// one per thread and locale that tokenizes.
final class WordBreakMemo {
    /// The longest stretch kept, in UTF-16 units.
    static let longestStretch = 20
    /// The most tokens a kept stretch has.
    static let mostTokens = 16
    /// The locale the answers are for.
    let locale: String

    /// Open addressing buckets (`bucketCount`, a power of two), at most three quarters used.
    private var buckets: UnsafeMutableRawPointer
    private var bucketCount: Int
    /// The most buckets: enough for `capacity` stretches.
    private let largestBucketCount: Int
    /// The buckets a new memo starts with.
    private static let firstBucketCount = 1024
    /// The stretches kept, and how many fit.
    private(set) var count = 0
    private let capacity: Int
    /// The words of the kept stretches (one entry per stretch with exactly one word token, at most `capacity`).
    let wordForms = KeptWordForms()
    /// How many times the memo forgot everything: entries handed out before a reset mean other words after it.
    private(set) var resets = 0

    /// Bucket layout: bytes 0..<4 the hash's low half, 4 the length in units (0: empty), 5 the
    /// token count, 6..<8 the word's entry in `wordForms` (0: none), 8..<48 the units, 48..<64 the tokens.
    private static let bucketSize = 64
    private static let entryOffset = 6
    private static let unitsOffset = 8
    private static let tokensOffset = 48

    /// Where a kept stretch's tokens lie: valid until the memo next remembers a stretch (which may
    /// move or clear the buckets).
    struct Known {
        fileprivate let bucket: UnsafeRawPointer
    }

    /// An empty memo keeping up to `capacity` stretches (then it starts over).
    init(locale: String, capacity: Int = 24_576) {
        self.locale = locale
        self.capacity = capacity
        var size = 16
        while size * 3 < capacity * 4 { size *= 2 }
        largestBucketCount = size
        bucketCount = min(size, Self.firstBucketCount)
        buckets = Self.emptyBuckets(bucketCount)
    }

    /// Zeroed memory for `count` buckets.
    private static func emptyBuckets(_ count: Int) -> UnsafeMutableRawPointer {
        let buckets = UnsafeMutableRawPointer.allocate(byteCount: count * bucketSize, alignment: bucketSize)
        buckets.initializeMemory(as: UInt8.self, repeating: 0, count: count * bucketSize)
        return buckets
    }

    deinit {
        buckets.deallocate()
    }

    /// The memo of the current thread for a locale (made on first use; it lives as long as the thread).
    static func current(locale: String) -> WordBreakMemo {
        let memos: ThreadMemos
        if let pointer = pthread_getspecific(threadMemosKey) {
            memos = Unmanaged<ThreadMemos>.fromOpaque(pointer).takeUnretainedValue()
        } else {
            memos = ThreadMemos()
            pthread_setspecific(threadMemosKey, Unmanaged.passRetained(memos).toOpaque())
        }
        if let memo = memos.byLocale.first(where: { $0.locale == locale }) { return memo }
        let memo = WordBreakMemo(locale: locale)
        memos.byLocale.append(memo)
        return memo
    }

    /// The memos of one thread (a thread-specific value: a lookup is a `pthread_getspecific`, far
    /// cheaper than Foundation's thread dictionary, which bridges its key on every call).
    private final class ThreadMemos {
        var byLocale: [WordBreakMemo] = []
    }

    /// The key of each thread's `ThreadMemos`, released when the thread ends.
    private static let threadMemosKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<AnyObject>.fromOpaque(pointer).release()
        }
        return key
    }()

    /// The tokens kept for a stretch of `text`, or nil when it was not seen (or is too long).
    @inline(__always)
    func known(_ stretch: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Known? {
        let length = stretch.count
        guard length > 0, length <= Self.longestStretch, let base = text.baseAddress else { return nil }
        let key = UnsafeBufferPointer(start: base + stretch.lowerBound, count: length)
        return bucket(holding: key, hash: Self.hash(key)).map { Known(bucket: UnsafeRawPointer($0)) }
    }

    /// The low half of a stretch's hash (what a bucket keeps).
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt16>) -> UInt32 {
        UInt32(truncatingIfNeeded: UnitKey.hash(key))
    }

    /// The bucket keeping a stretch, probing from its hash's place; nil when none does.
    @inline(__always)
    private func bucket(holding key: UnsafeBufferPointer<UInt16>, hash: UInt32) -> UnsafeMutableRawPointer? {
        let mask = bucketCount &- 1
        var index = Int(hash) & mask
        while true {
            let bucket = buckets + index &* Self.bucketSize
            let kept = Int(bucket.load(fromByteOffset: 4, as: UInt8.self))
            if kept == 0 { return nil }
            if kept == key.count, bucket.loadUnaligned(as: UInt32.self) == hash,
               UnitKey.equal(key, UnsafeRawPointer(bucket + Self.unitsOffset), count: key.count) {
                return bucket
            }
            index = (index &+ 1) & mask
        }
    }

    /// The first empty bucket from a hash's place (there is one: at most three quarters are used).
    private func emptyBucket(for hash: UInt32) -> UnsafeMutableRawPointer {
        let mask = bucketCount - 1
        var index = Int(hash) & mask
        while buckets.load(fromByteOffset: index * Self.bucketSize + 4, as: UInt8.self) != 0 { index = (index + 1) & mask }
        return buckets + index * Self.bucketSize
    }

    /// Appends kept tokens for the stretch starting at `start`, and the entry of its word
    /// (`wordEntry`) once per word token to `wordEntries`.
    @inline(__always)
    func append(_ known: Known, at start: Int, to result: inout [Token], wordEntries: inout [UInt16]) {
        let count = Int(known.bucket.load(fromByteOffset: 5, as: UInt8.self))
        let entry = wordEntry(known)
        var tokenStart = start
        for index in 0..<count {
            let packed = known.bucket.load(fromByteOffset: Self.tokensOffset &+ index, as: UInt8.self)
            let end = start &+ Int(packed &>> 2)
            let code = packed & 3
            result.append(Token(range: tokenStart..<end, kind: Self.kind(code)))
            if code == 0 { wordEntries.append(entry) }
            tokenStart = end
        }
    }

    /// The entry in `wordForms` of a kept stretch's word, 0 when it has no word token or several.
    @inline(__always)
    func wordEntry(_ known: Known) -> UInt16 {
        known.bucket.loadUnaligned(fromByteOffset: Self.entryOffset, as: UInt16.self)
    }

    /// Keeps the tokens of a stretch of `text` (they cover it exactly, in order), and returns the
    /// entry of its word (`wordEntry`); a stretch that is too long, has too many tokens or is
    /// already kept is left alone (the entry of one already kept is returned all the same).
    @discardableResult
    func remember(_ stretch: Range<Int>, in text: UnsafeBufferPointer<UInt16>, tokens: ArraySlice<Token>) -> UInt16 {
        let length = stretch.count
        guard length > 0, length <= Self.longestStretch, tokens.count <= Self.mostTokens, let base = text.baseAddress else { return 0 }
        let units = base + stretch.lowerBound
        let key = UnsafeBufferPointer(start: units, count: length)
        let hash = Self.hash(key)
        if let kept = bucket(holding: key, hash: hash) { return wordEntry(Known(bucket: UnsafeRawPointer(kept))) }
        if count == capacity {
            forgetAll()
        } else if bucketCount < largestBucketCount && (count + 1) * 4 > bucketCount * 3 {
            grow()
        }
        var words = 0, word = 0..<0
        for token in tokens where token.kind == .word {
            words += 1
            word = token.range
        }
        let entry = words == 1 ? wordForms.entry(of: UnsafeBufferPointer(rebasing: text[word])) : 0
        let bucket = emptyBucket(for: hash)
        bucket.storeBytes(of: hash, as: UInt32.self)
        bucket.storeBytes(of: UInt8(length), toByteOffset: 4, as: UInt8.self)
        bucket.storeBytes(of: UInt8(tokens.count), toByteOffset: 5, as: UInt8.self)
        bucket.storeBytes(of: entry, toByteOffset: Self.entryOffset, as: UInt16.self)
        (bucket + Self.unitsOffset).copyMemory(from: units, byteCount: 2 * length)
        for (index, token) in tokens.enumerated() {
            let packed = UInt8(token.range.upperBound - stretch.lowerBound) << 2 | Self.code(token.kind)
            bucket.storeBytes(of: packed, toByteOffset: Self.tokensOffset + index, as: UInt8.self)
        }
        count += 1
        return entry
    }

    /// Doubles the buckets, moving every kept stretch to its place among them (by its kept hash).
    private func grow() {
        let (old, oldCount) = (buckets, bucketCount)
        bucketCount = min(oldCount * 2, largestBucketCount)
        buckets = Self.emptyBuckets(bucketCount)
        for oldIndex in 0..<oldCount {
            let bucket = old + oldIndex * Self.bucketSize
            guard bucket.load(fromByteOffset: 4, as: UInt8.self) != 0 else { continue }
            emptyBucket(for: bucket.loadUnaligned(as: UInt32.self)).copyMemory(from: bucket, byteCount: Self.bucketSize)
        }
        old.deallocate()
    }

    /// Drops every kept stretch (the memo stays bounded).
    private func forgetAll() {
        buckets.initializeMemory(as: UInt8.self, repeating: 0, count: bucketCount * Self.bucketSize)
        count = 0
        wordForms.removeAll()
        resets += 1
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
}

internal import CICUShim

/// The boundaries of `BreakIterator.boundaries`, read from ICU a batch at a time (one call into the
/// shim per batch), for callers that make their own values from them without an array in between.
public final class BoundaryBatches {
    /// How many boundaries one batch holds at most.
    private static let capacity = 256
    /// The ICU iterator, nil for an empty range.
    private let iterator: UnsafeMutableRawPointer?
    /// Offsets, then rule statuses, of the current batch.
    private let buffer: UnsafeMutableBufferPointer<Int32>
    /// Whether ICU reported its last boundary.
    private var finished: Bool

    /// Opens ICU's break iterator of a kind over a range of a text (`range` nil: the whole text).
    public init(_ kind: BreakIterator.Kind, in text: TextBuffer, range: Range<Int>? = nil, locale: String = "en") throws {
        let range = range ?? 0..<text.count
        buffer = .allocate(capacity: 2 * Self.capacity)
        guard !range.isEmpty else {
            iterator = nil
            finished = true
            return
        }
        var status: Int32 = 0
        let base = text.units.baseAddress! + range.lowerBound
        guard let iterator = cicu_break_open(kind.rawValue, locale, base, Int32(range.count), &status) else {
            buffer.deallocate()
            throw ICUError(code: status == 0 ? 1 : status)
        }
        self.iterator = iterator
        finished = false
        do {
            try ICUError.check(status)
        } catch {
            cicu_break_close(iterator)
            buffer.deallocate()
            throw error
        }
    }

    deinit {
        if let iterator { cicu_break_close(iterator) }
        buffer.deallocate()
    }

    /// The next boundaries in order: their offsets from the range start and the rule statuses of the
    /// segments ending there (valid until the next call); nil when all were read.
    public func next() -> (offsets: UnsafeBufferPointer<Int32>, ruleStatuses: UnsafeBufferPointer<Int32>)? {
        guard !finished, let iterator else { return nil }
        let offsets = buffer.baseAddress!, statuses = offsets + Self.capacity
        let count = Int(cicu_break_next_batch(iterator, offsets, statuses, Int32(Self.capacity)))
        if count < Self.capacity { finished = true }
        guard count > 0 else { return nil }
        return (UnsafeBufferPointer(start: offsets, count: count), UnsafeBufferPointer(start: statuses, count: count))
    }
}

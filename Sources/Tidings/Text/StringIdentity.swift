extension String {
    /// Whether two strings have the same Unicode scalars (byte-identical UTF-8).
    ///
    /// Swift's `==` is canonical equivalence ("e\u{301}" == "é"); a text cleaner must tell those apart.
    public func isIdentical(to other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        // Compared as contiguous bytes, eight at a time: the generic `UTF8View` comparison steps index by index.
        var first = self
        var second = other
        return first.withUTF8 { first in second.withUTF8 { second in Self.sameBytes(first, second) } }
    }

    /// Whether two buffers of the same length hold the same bytes, compared eight at a time.
    static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        precondition(first.count == second.count, "buffers of different lengths")
        var offset = 0
        if let firstBase = first.baseAddress.map(UnsafeRawPointer.init), let secondBase = second.baseAddress.map(UnsafeRawPointer.init) {
            while offset + 8 <= first.count {
                if firstBase.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != secondBase.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                    return false
                }
                offset += 8
            }
        }
        while offset < first.count {
            if first[offset] != second[offset] { return false }
            offset += 1
        }
        return true
    }
}

extension String {
    /// Whether two strings have the same Unicode scalars (byte-identical UTF-8).
    ///
    /// Swift's `==` is canonical equivalence ("e\u{301}" == "é"); a text cleaner must tell those apart.
    public func isIdentical(to other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        // Compared as contiguous bytes: the generic `UTF8View` comparison steps index by index.
        var first = self
        var second = other
        return first.withUTF8 { first in second.withUTF8 { second in first.elementsEqual(second) } }
    }
}

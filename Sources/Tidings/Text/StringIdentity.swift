extension String {
    /// Whether two strings have the same Unicode scalars (byte-identical UTF-8).
    ///
    /// Swift's `==` is canonical equivalence ("e\u{301}" == "é"); a text cleaner must tell those apart.
    public func isIdentical(to other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }
}

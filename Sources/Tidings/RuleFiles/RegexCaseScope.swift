/// Follows, character by character, whether an ICU pattern matches case-insensitively at the current
/// point: the `case-insensitive` option, inline flags `(?i)` / `(?-i)` (to the end of their group)
/// and scoped groups `(?i: … )`. Character classes are skipped by the caller's reading; escapes too.
struct RegexCaseScope {
    /// Whether matching at the current point ignores case.
    private(set) var isCaseInsensitive: Bool
    /// The enclosing groups' settings, innermost last.
    private var enclosing: [Bool] = []

    init(caseInsensitive: Bool) {
        isCaseInsensitive = caseInsensitive
    }

    /// Reads a `(` at `index` of `scalars` (and the flags after `(?`, if any).
    mutating func openGroup(_ scalars: [Unicode.Scalar], at index: Int) {
        enclosing.append(isCaseInsensitive)
        guard index + 1 < scalars.count, scalars[index + 1] == "?" else { return }
        var flags = index + 2
        var setting = true
        var value = isCaseInsensitive
        while flags < scalars.count, "imswxuUdb-".unicodeScalars.contains(scalars[flags]) {
            if scalars[flags] == "-" { setting = false }
            if scalars[flags] == "i" { value = setting }
            flags += 1
        }
        guard flags < scalars.count, flags > index + 2 else { return }
        switch scalars[flags] {
        case ":":
            isCaseInsensitive = value  // `(?i: … )`: for this group
        case ")":
            // `(?i)`: no group of its own, the setting holds to the end of the enclosing group
            // (its own `)`, read next, restores the new value).
            enclosing[enclosing.count - 1] = value
            isCaseInsensitive = value
        default:
            break
        }
    }

    /// Reads a `)`.
    mutating func closeGroup() {
        if let outer = enclosing.popLast() { isCaseInsensitive = outer }
    }
}

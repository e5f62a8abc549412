/// A regex alternation of literal words factored by shared prefixes (`minister|ministry|mayor` →
/// `(?:m(?:inistry|inister|ayor))`-like, a trie): ICU tries an alternation branch by branch, so a
/// flat list of a hundred words costs a hundred attempts at every position it is tried, while the
/// trie rejects most positions at their first character.
///
/// Matches exactly what the flat, longest-first alternation matches, in the same order of
/// preference: the words that match at a position are prefixes of one another, so they lie on one
/// path of the trie, which offers the longer ones first. Only for case-sensitive matching, where
/// different first characters exclude each other.
enum RegexWordTrie {
    /// The factored alternation of `words`, as a non-capturing group.
    ///
    /// Built from the words sorted by code points rather than from trie nodes: the words under one
    /// node are then a run of the list, the word ending there first, its children in order.
    static func alternation(of words: [String]) -> String {
        let sorted = words.map { Array($0.unicodeScalars) }.sorted { $0.lexicographicallyPrecedes($1) { $0.value < $1.value } }
        var result = "(?:"
        render(sorted[...], depth: 0, into: &result)
        return result + ")"
    }

    /// Appends the regex for the words below one node (`words` share their first `depth` scalars):
    /// longer continuations first, by code point, the word ending here (the empty branch) last.
    private static func render(_ words: ArraySlice<[Unicode.Scalar]>, depth: Int, into result: inout String) {
        var start = words.startIndex
        let endsWord = start < words.endIndex && words[start].count == depth
        while start < words.endIndex, words[start].count == depth { start += 1 }
        var children: [Range<Int>] = []
        while start < words.endIndex {
            let scalar = words[start][depth]
            var end = start + 1
            while end < words.endIndex, words[end][depth] == scalar { end += 1 }
            children.append(start..<end)
            start = end
        }
        if children.isEmpty { return }
        let grouped = endsWord || children.count > 1
        if grouped { result += "(?:" }
        for (number, child) in children.enumerated() {
            if number > 0 { result += "|" }
            result += WordSet.quote(String(words[child.lowerBound][depth]))
            render(words[child], depth: depth + 1, into: &result)
        }
        if grouped { result += endsWord ? ")?" : ")" }
    }
}

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
    static func alternation(of words: [String]) -> String {
        let root = Node()
        for word in words { root.insert(Array(word.unicodeScalars)[...]) }
        return "(?:" + root.render() + ")"
    }

    private final class Node {
        var children: [Unicode.Scalar: Node] = [:]
        var endsWord = false

        func insert(_ scalars: ArraySlice<Unicode.Scalar>) {
            guard let first = scalars.first else {
                endsWord = true
                return
            }
            let child = children[first] ?? Node()
            children[first] = child
            child.insert(scalars.dropFirst())
        }

        /// The regex for the words below this node: longer continuations first, the word ending
        /// here (the empty branch) last.
        func render() -> String {
            var result = ""
            render(into: &result)
            return result
        }

        /// `render()`, appended to `result` (one buffer for the whole trie, not a string per node).
        private func render(into result: inout String) {
            let keys = children.keys.sorted { $0.value < $1.value }
            if keys.isEmpty { return }
            let grouped = endsWord || keys.count > 1
            if grouped { result += "(?:" }
            for (number, scalar) in keys.enumerated() {
                if number > 0 { result += "|" }
                result += WordSet.quote(String(scalar))
                children[scalar]!.render(into: &result)
            }
            if grouped { result += endsWord ? ")?" : ")" }
        }
    }
}

/// One step of an edit script turning an old sequence into a new one, by element index (0-based).
enum DiffEditOperation: Equatable, Sendable {
    /// `old[old]` and `new[new]` are the same element.
    case equal(old: Int, new: Int)
    /// `old[old]` is removed.
    case delete(old: Int)
    /// `new[new]` is inserted.
    case insert(new: Int)

    /// Builds a shortest edit script between two sequences.
    ///
    /// Common leading and trailing elements are matched first, the rest is interned to integers
    /// and handed to ``MyersDiff``. Within a change, deletions come before insertions.
    static func script<Element: Hashable>(old: [Element], new: [Element]) -> [DiffEditOperation] {
        var prefix = 0
        while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] {
            prefix += 1
        }
        var suffix = 0
        while suffix < old.count - prefix && suffix < new.count - prefix
            && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }

        var ids: [Element: Int] = [:]
        func intern(_ element: Element) -> Int {
            if let id = ids[element] { return id }
            let id = ids.count
            ids[element] = id
            return id
        }
        let oldIDs = old[prefix..<(old.count - suffix)].map(intern)
        let newIDs = new[prefix..<(new.count - suffix)].map(intern)
        let (removed, inserted) = MyersDiff.changes(old: oldIDs, new: newIDs)

        var operations: [DiffEditOperation] = []
        operations.reserveCapacity(max(old.count, new.count) + removed.count / 2)
        for index in 0..<prefix {
            operations.append(.equal(old: index, new: index))
        }
        var i = 0
        var j = 0
        while i < oldIDs.count || j < newIDs.count {
            if i < oldIDs.count && removed[i] {
                operations.append(.delete(old: prefix + i))
                i += 1
            } else if j < newIDs.count && inserted[j] {
                operations.append(.insert(new: prefix + j))
                j += 1
            } else {
                operations.append(.equal(old: prefix + i, new: prefix + j))
                i += 1
                j += 1
            }
        }
        for offset in 0..<suffix {
            operations.append(.equal(old: old.count - suffix + offset, new: new.count - suffix + offset))
        }
        return operations
    }
}

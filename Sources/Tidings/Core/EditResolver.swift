/// Chooses which of several proposed edits to apply when they overlap.
///
/// Policy: edits are taken in priority order: fixes before suggestions, then the rule that
/// comes first (phase order, then the order rules were loaded), then the earlier start. An edit
/// that overlaps one already taken loses and is returned as a conflict together with the winner;
/// an edit identical to one taken (same range and text) is a duplicate and dropped quietly.
enum EditResolver {
    /// A losing edit and the one that beat it.
    struct Conflict {
        var loser: Edit
        var winner: Edit
    }

    /// The edits to apply (sorted by position) and the conflicts.
    static func resolve(_ proposals: [(edit: Edit, order: Int)]) -> (accepted: [Edit], conflicts: [Conflict]) {
        let prioritized = proposals.sorted { lhs, rhs in
            if lhs.edit.level != rhs.edit.level { return lhs.edit.level < rhs.edit.level }
            if lhs.order != rhs.order { return lhs.order < rhs.order }
            if lhs.edit.range.lowerBound != rhs.edit.range.lowerBound { return lhs.edit.range.lowerBound < rhs.edit.range.lowerBound }
            return lhs.edit.range.upperBound < rhs.edit.range.upperBound
        }
        var accepted: [Edit] = []  // kept sorted by range start
        var conflicts: [Conflict] = []
        for (edit, _) in prioritized {
            let index = insertionIndex(for: edit, in: accepted)
            // Indices, not a slice: a slice alive at `insert` would make it copy the whole array.
            let neighbours = max(0, index - 2)..<min(accepted.count, index + 2)
            if neighbours.contains(where: { accepted[$0].range == edit.range && accepted[$0].replacement.isIdentical(to: edit.replacement) }) { continue }
            // Accepted edits never overlap, so they are sorted by end as well as start: if any overlaps
            // the new edit, the nearest before or after it does (two back covers an insertion between).
            if let winner = neighbours.first(where: { accepted[$0].overlaps(edit) }).map({ accepted[$0] }) {
                conflicts.append(Conflict(loser: edit, winner: winner))
                continue
            }
            accepted.insert(edit, at: index)
        }
        return (accepted, conflicts)
    }

    /// Where an edit goes in a list sorted by (start, end): insertions before replacements at the same start.
    private static func insertionIndex(for edit: Edit, in sorted: [Edit]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            let other = sorted[mid].range
            if (other.lowerBound, other.upperBound) < (edit.range.lowerBound, edit.range.upperBound) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

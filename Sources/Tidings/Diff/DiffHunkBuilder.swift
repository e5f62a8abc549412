/// Groups an edit script into unified diff hunks with a given amount of context.
enum DiffHunkBuilder {
    /// Hunks for `operations` over `old`/`new`; changes whose gap of unchanged lines is at most
    /// `2 * context` share a hunk, as in GNU diff.
    static func hunks(
        operations: [DiffEditOperation], old: [String], new: [String], context: Int
    ) -> [DiffHunk] {
        let context = max(0, context)
        var groups: [ClosedRange<Int>] = []
        for (position, operation) in operations.enumerated() {
            if case .equal = operation { continue }
            if let last = groups.last, position - last.upperBound - 1 <= 2 * context {
                groups[groups.count - 1] = last.lowerBound...position
            } else {
                groups.append(position...position)
            }
        }
        guard !groups.isEmpty else { return [] }

        var hunks: [DiffHunk] = []
        hunks.reserveCapacity(groups.count)
        var position = 0
        var oldConsumed = 0
        var newConsumed = 0
        for group in groups {
            let low = max(0, group.lowerBound - context)
            let high = min(operations.count - 1, group.upperBound + context)
            while position < low {
                switch operations[position] {
                case .equal: oldConsumed += 1; newConsumed += 1
                case .delete: oldConsumed += 1
                case .insert: newConsumed += 1
                }
                position += 1
            }
            let oldBefore = oldConsumed
            let newBefore = newConsumed
            var lines: [DiffLine] = []
            lines.reserveCapacity(high - low + 1)
            while position <= high {
                switch operations[position] {
                case let .equal(oldIndex, _):
                    lines.append(.context(old[oldIndex]))
                    oldConsumed += 1
                    newConsumed += 1
                case let .delete(oldIndex):
                    lines.append(.removed(old[oldIndex]))
                    oldConsumed += 1
                case let .insert(newIndex):
                    lines.append(.added(new[newIndex]))
                    newConsumed += 1
                }
                position += 1
            }
            let oldCount = oldConsumed - oldBefore
            let newCount = newConsumed - newBefore
            hunks.append(DiffHunk(
                oldStart: oldCount > 0 ? oldBefore + 1 : oldBefore,
                oldCount: oldCount,
                newStart: newCount > 0 ? newBefore + 1 : newBefore,
                newCount: newCount,
                lines: lines
            ))
        }
        return hunks
    }
}

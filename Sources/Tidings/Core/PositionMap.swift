/// Maps UTF-16 offsets in the text after some applied edits back to the text before them.
///
/// The engine keeps one step per round of applied edits; mapping back through every step in
/// reverse takes an offset in the current text to the user's original input. An offset inside
/// replaced text maps to the start (for range starts) or end (for range ends) of what it replaced.
struct PositionMap {
    /// One round of applied edits: for each, its range before and after, in order.
    private struct Step {
        var old: [Range<Int>]
        var new: [Range<Int>]
    }

    private var steps: [Step] = []

    /// Records a round of edits (sorted, non-overlapping) applied to a text.
    mutating func record(_ edits: [Edit]) {
        var old: [Range<Int>] = []
        var new: [Range<Int>] = []
        var delta = 0
        for edit in edits {
            let length = edit.replacement.utf16.count
            let start = edit.range.lowerBound + delta
            old.append(edit.range)
            new.append(start..<(start + length))
            delta += length - edit.range.count
        }
        steps.append(Step(old: old, new: new))
    }

    /// The original range for a range in the current text.
    func originalRange(of range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        for step in steps.reversed() {
            lower = Self.mapBack(lower, through: step, isEnd: false)
            upper = max(lower, Self.mapBack(upper, through: step, isEnd: true))
        }
        return lower..<upper
    }

    private static func mapBack(_ offset: Int, through step: Step, isEnd: Bool) -> Int {
        // The last edit whose new range starts at or before the offset.
        var low = 0
        var high = step.new.count
        while low < high {
            let mid = (low + high) / 2
            if step.new[mid].lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return offset }
        let new = step.new[low - 1]
        let old = step.old[low - 1]
        if offset >= new.upperBound { return old.upperBound + (offset - new.upperBound) }
        // Inside replaced text: a start maps to where the replaced text began, an end to where it ended.
        if isEnd && offset > new.lowerBound { return old.upperBound }
        return old.lowerBound
    }
}

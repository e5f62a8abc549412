/// The tokens of a document made from an earlier one by edits, built from the earlier document's
/// tokens: only the lines the edits touch are broken into words again.
///
/// Exact because ICU's word rules always break before and after a line feed (UAX #29 WB3a/WB3b):
/// the tokens of a run of whole lines depend on those lines alone. Each edit's region reaches from
/// the line feed before it to the line feed after it, both in text the edits left alone (regions
/// that meet are merged), so between regions the old tokens, shifted, are the new ones.
struct TokenReuse {
    /// The earlier document's tokens.
    let previous: [Token]
    /// Where each edit was in the earlier text, in order.
    let replaced: [Range<Int>]
    /// Where each edit's replacement is in the new text, parallel to `replaced`.
    let changed: [Range<Int>]

    /// The new document's tokens; `breakRegion` gives the tokens of a region of whole lines.
    func tokens(units: UnsafeBufferPointer<UInt16>, breakRegion: (Range<Int>) -> [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(previous.count + 16)
        var oldIndex = 0
        var position = 0  // new text: where the next gap starts
        var shift = 0  // new offset minus old offset in the current gap
        var edit = 0
        while edit < changed.count {
            // A region: from the line start before this edit to the line end after the last edit it reaches.
            var start = changed[edit].lowerBound
            while start > position && units[start - 1] != 0x0A { start -= 1 }
            var end = changed[edit].upperBound
            var regionShift = shift + changed[edit].count - replaced[edit].count
            edit += 1
            while true {
                while end < units.count && units[end] != 0x0A && (edit == changed.count || end < changed[edit].lowerBound) { end += 1 }
                if edit < changed.count && end >= changed[edit].lowerBound {
                    end = changed[edit].upperBound  // the next edit is on this line: the region takes it in
                    regionShift += changed[edit].count - replaced[edit].count
                    edit += 1
                    continue
                }
                if end < units.count { end += 1 }  // the line feed ends the region
                break
            }
            // The gap before the region: old tokens, shifted.
            let gapEnd = start - shift
            while oldIndex < previous.count && previous[oldIndex].range.upperBound <= gapEnd {
                let token = previous[oldIndex]
                if token.range.lowerBound >= position - shift {
                    result.append(Token(range: (token.range.lowerBound + shift)..<(token.range.upperBound + shift), kind: token.kind))
                }
                oldIndex += 1
            }
            result += breakRegion(start..<end)
            position = end
            shift = regionShift
        }
        while oldIndex < previous.count {
            let token = previous[oldIndex]
            if token.range.lowerBound >= position - shift {
                result.append(Token(range: (token.range.lowerBound + shift)..<(token.range.upperBound + shift), kind: token.kind))
            }
            oldIndex += 1
        }
        return result
    }
}

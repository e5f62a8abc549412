/// The tokens of an edited text from the tokens of the text before the edits: ICU's word breaks
/// are found again only in a window around each edit, the rest is reused (shifted).
///
/// A window starts and ends at a firm boundary: a space (U+0020) followed by an ASCII letter or
/// digit. ICU's word break rules always break there, and finding each boundary reads the text
/// forward only and never past such a letter, so the boundaries (and their rule statuses) before a
/// firm boundary do not depend on the text after it, nor those after it on the text before it.
/// Tokenizing a window alone therefore gives what tokenizing the whole text gives there.
struct TokenReuse {
    /// The tokens of the text before the edits.
    let previous: [Token]
    /// The ranges the edits replaced, in the previous text, in order.
    let replaced: [Range<Int>]
    /// Where the replacements lie in the edited text, parallel to `replaced`.
    let changed: [Range<Int>]

    /// A stretch of the previous text whose tokens were kept, now `delta` units later.
    struct Span: Equatable {
        /// Where the stretch lay in the previous text.
        let previous: Range<Int>
        /// How far its tokens moved.
        let delta: Int
    }

    /// The tokens of the edited text (`units`), with `tokenize` giving the tokens of a range of it.
    func tokens(of units: UnsafeBufferPointer<UInt16>, previousUnits: UnsafeBufferPointer<UInt16>,
                tokenize: (Range<Int>) -> [Token]) -> [Token] {
        var reused: [Span] = []
        return tokens(of: units, previousUnits: previousUnits, reused: &reused, tokenize: tokenize)
    }

    /// The tokens of the edited text (`units`), with `tokenize` giving the tokens of a range of it;
    /// `reused` gets, in order, the stretches whose previous tokens were kept (their text is unchanged).
    func tokens(of units: UnsafeBufferPointer<UInt16>, previousUnits: UnsafeBufferPointer<UInt16>,
                reused: inout [Span], tokenize: (Range<Int>) -> [Token]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(previous.count + 16)
        var oldCursor = 0, delta = 0, edit = 0
        while edit < changed.count {
            // The window starts at the last firm boundary before the edit (or where the last window ended).
            var start = replaced[edit].lowerBound - 1
            while start > oldCursor && !Self.isFirm(start, in: previousUnits) { start -= 1 }
            start = max(start, oldCursor)
            append(previousTokensIn: oldCursor..<start, shiftedBy: delta, to: &result, reused: &reused)
            let windowStart = start + delta
            // It ends at the first firm boundary after the edit whose two units are unchanged; an
            // edit before that joins the window.
            var last = edit
            var end = changed[last].upperBound + 1
            while true {
                let limit = last + 1 < changed.count ? changed[last + 1].lowerBound : units.count
                while end < limit && !Self.isFirm(end, in: units) { end += 1 }
                if end < limit || last + 1 == changed.count { break }
                last += 1
                end = changed[last].upperBound + 1
            }
            end = min(end, units.count)
            for index in edit...last { delta += changed[index].count - replaced[index].count }
            result.append(contentsOf: tokenize(windowStart..<end))
            oldCursor = end - delta
            edit = last + 1
        }
        append(previousTokensIn: oldCursor..<previousUnits.count, shiftedBy: delta, to: &result, reused: &reused)
        return result
    }

    /// Appends the previous tokens lying in a range whose ends are boundaries, shifted.
    private func append(previousTokensIn range: Range<Int>, shiftedBy delta: Int, to result: inout [Token], reused: inout [Span]) {
        guard !range.isEmpty else { return }
        reused.append(Span(previous: range, delta: delta))
        let first = previous.partitioningIndex { $0.range.lowerBound >= range.lowerBound }
        // Token ends grow along the list: the tokens ending by the range end follow `first` directly.
        let end = max(first, previous.partitioningIndex { $0.range.upperBound > range.upperBound })
        let start = result.count
        result.append(contentsOf: previous[first..<end])    // copied whole, then shifted in place
        guard delta != 0 else { return }
        result.withUnsafeMutableBufferPointer { tokens in
            for index in start..<tokens.count {
                tokens[index].range = tokens[index].range.lowerBound + delta..<tokens[index].range.upperBound + delta
            }
        }
    }

    /// Whether a space ends right before `offset` and an ASCII letter or digit starts there.
    static func isFirm(_ offset: Int, in units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard offset > 0, offset < units.count, units[offset - 1] == 0x20 else { return false }
        return startsFirm(units[offset])
    }

    /// Whether a unit after a space makes a firm boundary: an ASCII letter or digit.
    @inline(__always)
    static func startsFirm(_ unit: UInt16) -> Bool {
        ((unit | 0x20) &- 0x61) < 26 || (unit &- 0x30) < 10
    }
}

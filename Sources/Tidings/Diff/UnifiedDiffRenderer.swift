/// Renders a unified diff with rule ids on each hunk, optionally colored with ANSI escapes.
public struct UnifiedDiffRenderer: Sendable {
    private let color: Bool
    private let context: Int

    /// Creates a renderer; `color` turns on ANSI escapes, `context` is the number of context lines per hunk.
    public init(color: Bool, context: Int = 3) {
        self.color = color
        self.context = max(0, context)
    }

    /// Returns "" when original == cleaned. Otherwise "--- a/<path>\n+++ b/<path>\n" then per hunk
    /// "@@ -a,b +c,d @@ rule-id-1, rule-id-2\n" (the sorted unique ids of attributions whose originalLines overlap the hunk's old line range; for a pure insertion hunk with oldCount 0 use the line before/after), then lines prefixed " ", "-", "+".
    /// Adjacent removed/added runs of equal length are paired line by line and highlighted with WordDiff: in color mode, changed segments of removed lines get reverse-video red (\u{1B}[7;31m … \u{1B}[27;31m or similar, your choice but consistent), added lines green; the whole removed line is red, added line green, the @@ header cyan, and every colored line ends with reset \u{1B}[0m. In plain mode no escapes at all.
    /// If a side lacks a final newline, emit "\\ No newline at end of file" after its last line as GNU diff does.
    ///
    /// Texts are compared by their exact UTF-8 bytes. The "---"/"+++" lines are bold in color mode.
    public func render(path: String, original: String, cleaned: String, attributions: [DiffAttribution]) -> String {
        if ByteExactText(original) == ByteExactText(cleaned) { return "" }
        let oldLines = LineDiff.lines(of: original)
        let newLines = LineDiff.lines(of: cleaned)
        let oldLacksNewline = original.utf8.last.map { $0 != UInt8(ascii: "\n") } ?? false
        let newLacksNewline = cleaned.utf8.last.map { $0 != UInt8(ascii: "\n") } ?? false
        let hunks = LineDiff.hunks(
            old: oldLines, new: newLines,
            oldLacksFinalNewline: oldLacksNewline, newLacksFinalNewline: newLacksNewline,
            context: context
        )

        var output = ""
        output.reserveCapacity(hunks.reduce(0) { $0 + $1.lines.count * 80 } + 256)
        appendLine("--- \(Self.prefixed("a", path))", style: DiffColorPalette.fileHeader, to: &output)
        appendLine("+++ \(Self.prefixed("b", path))", style: DiffColorPalette.fileHeader, to: &output)

        let oldLastIndex = oldLacksNewline ? oldLines.count - 1 : -1
        let newLastIndex = newLacksNewline ? newLines.count - 1 : -1
        for hunk in hunks {
            var header = "@@ -\(hunk.oldStart),\(hunk.oldCount) +\(hunk.newStart),\(hunk.newCount) @@"
            let ruleIDs = ruleIDs(for: hunk, attributions: attributions)
            if !ruleIDs.isEmpty { header += " " + ruleIDs.joined(separator: ", ") }
            appendLine(header, style: DiffColorPalette.hunkHeader, to: &output)

            var oldIndex = hunk.oldCount > 0 ? hunk.oldStart - 1 : hunk.oldStart
            var newIndex = hunk.newCount > 0 ? hunk.newStart - 1 : hunk.newStart
            let lines = hunk.lines
            var position = 0
            while position < lines.count {
                if case let .context(text) = lines[position] {
                    output += " " + text + "\n"
                    if oldIndex == oldLastIndex || newIndex == newLastIndex { appendNoNewlineMarker(to: &output) }
                    oldIndex += 1
                    newIndex += 1
                    position += 1
                    continue
                }
                var removed: [String] = []
                while position < lines.count, case let .removed(text) = lines[position] {
                    removed.append(text)
                    position += 1
                }
                var added: [String] = []
                while position < lines.count, case let .added(text) = lines[position] {
                    added.append(text)
                    position += 1
                }
                let comparisons = color && removed.count == added.count
                    ? zip(removed, added).map { WordDiff.compare(old: $0, new: $1) }
                    : nil
                for (offset, text) in removed.enumerated() {
                    let highlight = comparisons?[offset].old
                    appendChange(prefix: "-", text: text, segments: highlight, isAddition: false, to: &output)
                    if oldIndex == oldLastIndex { appendNoNewlineMarker(to: &output) }
                    oldIndex += 1
                }
                for (offset, text) in added.enumerated() {
                    let highlight = comparisons?[offset].new
                    appendChange(prefix: "+", text: text, segments: highlight, isAddition: true, to: &output)
                    if newIndex == newLastIndex { appendNoNewlineMarker(to: &output) }
                    newIndex += 1
                }
            }
        }
        return output
    }

    /// Sorted unique rule ids of the attributions overlapping the hunk's original lines.
    private func ruleIDs(for hunk: DiffHunk, attributions: [DiffAttribution]) -> [String] {
        let touched: ClosedRange<Int> = hunk.oldCount > 0
            ? hunk.oldStart...(hunk.oldStart + hunk.oldCount - 1)
            : max(1, hunk.oldStart)...(hunk.oldStart + 1)
        var ids = Set<String>()
        for attribution in attributions where attribution.originalLines.overlaps(touched) {
            ids.insert(attribution.ruleID)
        }
        return ids.sorted()
    }

    private func appendLine(_ line: String, style: String, to output: inout String) {
        if color {
            output += style + line + DiffColorPalette.reset + "\n"
        } else {
            output += line + "\n"
        }
    }

    private func appendChange(
        prefix: String, text: String, segments: [WordDiff.Segment]?, isAddition: Bool, to output: inout String
    ) {
        guard color else {
            output += prefix + text + "\n"
            return
        }
        output += (isAddition ? DiffColorPalette.added : DiffColorPalette.removed) + prefix
        if let segments {
            let on = isAddition ? DiffColorPalette.addedHighlightOn : DiffColorPalette.removedHighlightOn
            let off = isAddition ? DiffColorPalette.addedHighlightOff : DiffColorPalette.removedHighlightOff
            for segment in segments {
                output += segment.changed ? on + segment.text + off : segment.text
            }
        } else {
            output += text
        }
        output += DiffColorPalette.reset + "\n"
    }

    private func appendNoNewlineMarker(to output: inout String) {
        output += "\\ No newline at end of file\n"
    }

    /// `a/path` as git writes it; an absolute path keeps a single slash (`a/tmp/x`, not `a//tmp/x`).
    static func prefixed(_ side: String, _ path: String) -> String {
        path.hasPrefix("/") ? side + path : side + "/" + path
    }
}

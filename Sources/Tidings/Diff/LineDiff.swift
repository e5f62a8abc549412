/// Myers O(ND) line diff.
///
/// Lines are compared by their exact UTF-8 bytes, so a Unicode normalization change
/// (e.g. "e\u{301}" → "é") counts as a change even though Swift considers the strings equal.
public enum LineDiff {
    /// Splits text into lines (without their "\n"; a final line without newline is kept; "\r\n" is NOT special).
    public static func lines(of text: String) -> [String] {
        var lines: [String] = []
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                lines.append(String(decoding: bytes[lineStart..<index], as: UTF8.self))
                lineStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if lineStart != bytes.endIndex {
            lines.append(String(decoding: bytes[lineStart..<bytes.endIndex], as: UTF8.self))
        }
        return lines
    }

    /// Hunks with `context` lines of context around each change (default 3), merged when their contexts touch.
    public static func hunks(old: [String], new: [String], context: Int = 3) -> [DiffHunk] {
        hunks(old: old, new: new, oldLacksFinalNewline: false, newLacksFinalNewline: false, context: context)
    }

    /// Like ``hunks(old:new:context:)``, but a last line marked as lacking its newline differs
    /// from the same text with a newline, as in GNU diff.
    static func hunks(
        old: [String], new: [String],
        oldLacksFinalNewline: Bool, newLacksFinalNewline: Bool,
        context: Int
    ) -> [DiffHunk] {
        let oldKeys = keys(for: old, lastLacksNewline: oldLacksFinalNewline)
        let newKeys = keys(for: new, lastLacksNewline: newLacksFinalNewline)
        // Align lines ignoring spacing first, so a line that only lost its indentation pairs with
        // its new self instead of with whatever blank line happens to match; then every aligned pair
        // that differs exactly becomes a removal followed by an addition.
        let aligned = DiffEditOperation.script(old: oldKeys.map(\.spacingInsensitive), new: newKeys.map(\.spacingInsensitive))
        let operations = aligned.flatMap { operation -> [DiffEditOperation] in
            guard case let .equal(oldIndex, newIndex) = operation, oldKeys[oldIndex] != newKeys[newIndex] else { return [operation] }
            return [.delete(old: oldIndex), .insert(new: newIndex)]
        }
        return DiffHunkBuilder.hunks(operations: operations, old: old, new: new, context: context)
    }

    private static func keys(for lines: [String], lastLacksNewline: Bool) -> [DiffLineKey] {
        var keys = lines.map { DiffLineKey($0) }
        if lastLacksNewline && !keys.isEmpty {
            keys[keys.count - 1].lacksNewline = true
        }
        return keys
    }
}

/// A line as the line diff compares it: its exact bytes plus whether it lacks a final newline,
/// so that "a" at the end of a file and "a\n" are different lines, as in GNU diff.
struct DiffLineKey: Hashable, Sendable {
    var text: ByteExactText
    var lacksNewline: Bool

    init(_ line: String, lacksNewline: Bool = false) {
        self.text = ByteExactText(line)
        self.lacksNewline = lacksNewline
    }

    /// The same line with runs of spaces and tabs folded to one space and the ends trimmed.
    var spacingInsensitive: DiffLineKey {
        var folded = ""
        var pendingSpace = false
        for scalar in text.text.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace { folded.append(" ") }
            pendingSpace = false
            folded.unicodeScalars.append(scalar)
        }
        return DiffLineKey(folded, lacksNewline: lacksNewline)
    }
}

/// ANSI escape sequences used by the colored unified diff.
enum DiffColorPalette {
    /// Bold, for the "---"/"+++" file header lines.
    static let fileHeader = "\u{1B}[1m"
    /// Cyan, for "@@" hunk header lines.
    static let hunkHeader = "\u{1B}[36m"
    /// Red, for removed lines.
    static let removed = "\u{1B}[31m"
    /// Green, for added lines.
    static let added = "\u{1B}[32m"
    /// Reverse-video red, opening a changed word run inside a removed line.
    static let removedHighlightOn = "\u{1B}[7;31m"
    /// Ends reverse video, staying red.
    static let removedHighlightOff = "\u{1B}[27;31m"
    /// Reverse-video green, opening a changed word run inside an added line.
    static let addedHighlightOn = "\u{1B}[7;32m"
    /// Ends reverse video, staying green.
    static let addedHighlightOff = "\u{1B}[27;32m"
    /// Resets all attributes; ends every colored line.
    static let reset = "\u{1B}[0m"
}

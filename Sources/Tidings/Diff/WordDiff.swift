/// A word-level comparison of two lines, for highlighting what changed inside a changed line.
public enum WordDiff {
    /// Segments of `old` and `new`; `changed` marks the segments that differ. Tokens: runs of letters/digits (Unicode-aware via Unicode.Scalar.Properties), runs of whitespace, single other characters. Concatenating the segment texts gives back the input exactly.
    public static func compare(old: String, new: String) -> (old: [Segment], new: [Segment]) {
        let oldTokens = WordTokenizer.tokens(of: old)
        let newTokens = WordTokenizer.tokens(of: new)
        let operations = DiffEditOperation.script(
            old: oldTokens.map(ByteExactText.init), new: newTokens.map(ByteExactText.init)
        )
        var oldSegments: [Segment] = []
        var newSegments: [Segment] = []
        for operation in operations {
            switch operation {
            case let .equal(oldIndex, newIndex):
                append(oldTokens[oldIndex], changed: false, to: &oldSegments)
                append(newTokens[newIndex], changed: false, to: &newSegments)
            case let .delete(oldIndex):
                append(oldTokens[oldIndex], changed: true, to: &oldSegments)
            case let .insert(newIndex):
                append(newTokens[newIndex], changed: true, to: &newSegments)
            }
        }
        return (oldSegments, newSegments)
    }

    /// A run of a line's text that is either unchanged or changed as a whole.
    public struct Segment: Equatable, Sendable {
        /// The segment's text, exactly as in the line.
        public var text: String
        /// Whether this text differs from the other line.
        public var changed: Bool

        /// Creates a segment.
        public init(text: String, changed: Bool) {
            self.text = text
            self.changed = changed
        }
    }

    /// Appends a token, merging it into the last segment when both have the same `changed` flag.
    private static func append(_ token: String, changed: Bool, to segments: inout [Segment]) {
        if let last = segments.last, last.changed == changed {
            segments[segments.count - 1].text += token
        } else {
            segments.append(Segment(text: token, changed: changed))
        }
    }
}

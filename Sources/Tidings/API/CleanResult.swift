import ICU
import Synchronization

/// What cleaning a text produced: the text, the edits applied, and what was only suggested.
public struct CleanResult: Sendable {
    /// The cleaned text.
    public var text: String {
        get { storage.text }
        set { storage = CleanedText(newValue) }
    }
    /// Edits applied, in the order they were made (phase, then position).
    public var applied: [ReportedEdit]
    /// Suggestions not applied (suggest-level edits when suggestions are off).
    public var suggestions: [ReportedEdit]
    /// Edits that lost to an overlapping edit, each naming the winner in `overriddenBy`.
    public var conflicts: [ReportedEdit]

    /// Whether the text changed.
    public var changed: Bool { !applied.isEmpty }

    /// The cleaned text as a `String` or as the UTF-16 buffer the engine left it in.
    private var storage: CleanedText

    init(text: String, applied: [ReportedEdit], suggestions: [ReportedEdit], conflicts: [ReportedEdit]) {
        self.init(storage: CleanedText(text), applied: applied, suggestions: suggestions, conflicts: conflicts)
    }

    /// A result whose text is a buffer's, made a `String` only when asked for.
    init(buffer: TextBuffer, applied: [ReportedEdit], suggestions: [ReportedEdit], conflicts: [ReportedEdit]) {
        self.init(storage: CleanedText(buffer), applied: applied, suggestions: suggestions, conflicts: conflicts)
    }

    private init(storage: CleanedText, applied: [ReportedEdit], suggestions: [ReportedEdit], conflicts: [ReportedEdit]) {
        self.storage = storage
        self.applied = applied
        self.suggestions = suggestions
        self.conflicts = conflicts
    }

    /// The cleaned text's UTF-16 buffer, when the result was made from one and `text` was not set since.
    var buffer: TextBuffer? { storage.buffer }
}

/// A cleaned text kept as the engine's UTF-16 buffer until a `String` is asked for (writing JSON
/// Lines needs none: a `String` would only validate its UTF-8 again), or given as a `String`.
private final class CleanedText: Sendable {
    let buffer: TextBuffer?
    private let string: Mutex<String?>

    init(_ text: String) {
        buffer = nil
        string = Mutex(text)
    }

    init(_ buffer: TextBuffer) {
        self.buffer = buffer
        string = Mutex(nil)
    }

    /// The text, made from the buffer on first use.
    var text: String {
        string.withLock { stored in
            if let stored { return stored }
            let made = buffer?.string ?? ""
            stored = made
            return made
        }
    }
}

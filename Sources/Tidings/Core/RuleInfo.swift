/// What every rule declares, whatever its kind: id, kind, level, message, phase, examples, origin.
public struct RuleInfo: Sendable, Hashable {
    /// Unique id, e.g. `chrome.share-this-post`.
    public var id: String
    /// The rule kind's name, e.g. `replace`.
    public var kind: String
    /// Fix or suggestion.
    public var level: Level
    /// Why the rule changes text (shown in reports).
    public var message: String
    /// When the rule runs.
    public var phase: Phase
    /// Examples the rule must satisfy.
    public var examples: [RuleExample]
    /// Whether the rule runs unless disabled (`enabled: false` rules run only when enabled by name).
    public var enabledByDefault: Bool
    /// Whether the rule concerns whole files (a final newline) and is skipped for text that is one
    /// field of a record (`files-only: true`; see `CleanOptions.isField`).
    public var filesOnly: Bool
    /// The rule file it came from, and the line of its `id`.
    public var file: String
    /// 1-based line of the rule in its file.
    public var line: Int

    /// Creates rule metadata.
    public init(id: String, kind: String, level: Level, message: String, phase: Phase,
                examples: [RuleExample] = [], enabledByDefault: Bool = true, filesOnly: Bool = false,
                file: String = "<inline>", line: Int = 0) {
        self.id = id
        self.kind = kind
        self.level = level
        self.message = message
        self.phase = phase
        self.examples = examples
        self.enabledByDefault = enabledByDefault
        self.filesOnly = filesOnly
        self.file = file
        self.line = line
    }

    /// An edit attributed to this rule, with its level and message unless overridden.
    public func edit(_ range: Range<Int>, _ replacement: String, message: String? = nil, level: Level? = nil) -> Edit {
        Edit(range: range, replacement: replacement, ruleID: id, message: message ?? self.message, level: level ?? self.level)
    }
}

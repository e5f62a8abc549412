import ICU

/// Cleans texts with a set of rules. Immutable and `Sendable`: build one and use it from many tasks.
///
/// ```swift
/// let cleaner = try Cleaner()                       // the built-in rules
/// let result = try cleaner.clean("Blinkenthe State Department said.")
/// print(result.text, result.applied.map(\.ruleID))
/// ```
public struct Cleaner: Sendable {
    /// The rules this cleaner runs, in run order.
    public let rules: [any Rule]
    private let engine: Engine

    /// A cleaner running the given rules.
    public init(rules: [any Rule]) {
        self.engine = Engine(rules: rules)
        self.rules = engine.rules
    }

    /// A cleaner with the built-in rules, optionally plus rule files (files or folders), filtered by rule-id globs.
    public init(ruleFiles: [String] = [], includeBuiltIn: Bool = true,
                enable: [String] = [], disable: [String] = [], only: [String] = []) throws {
        let sources = try ruleFiles.flatMap { try RuleFileSource.files(at: $0) }
        let ruleSet = sources.isEmpty && includeBuiltIn ? try RuleSet.builtIn() : try RuleSet.load(sources, includeBuiltIn: includeBuiltIn)
        self.init(rules: try ruleSet.selecting(enable: enable, disable: disable, only: only))
    }

    /// A cleaner from rule-file YAML text (without the built-in rules unless asked).
    public init(yaml: String, includeBuiltIn: Bool = false) throws {
        let ruleSet = try RuleSet.load([RuleFileSource(contents: yaml)], includeBuiltIn: includeBuiltIn)
        self.init(rules: try ruleSet.selecting())
    }

    /// Cleans a text: the result holds the new text, the edits applied and the suggestions.
    public func clean(_ text: String, options: CleanOptions = CleanOptions()) throws -> CleanResult {
        try engine.run(text, locale: options.locale, applySuggestions: options.applySuggestions, skipFilesOnly: options.isField,
                       locatesEdits: options.locatesEdits)
    }

    /// Cleans a text given as a UTF-16 buffer (no `String` is made unless the result's `text` is
    /// asked for; `CleanResult.buffer` holds the cleaned units).
    func clean(_ buffer: TextBuffer, options: CleanOptions) throws -> CleanResult {
        try engine.run(Document(buffer: buffer, locale: options.locale), original: nil, applySuggestions: options.applySuggestions,
                       skipFilesOnly: options.isField, locatesEdits: options.locatesEdits)
    }
}

/// A validated collection of rules loaded from rule files, and which of them to run.
public struct RuleSet: Sendable {
    /// Every loaded rule, in load order (including rules that are off by default).
    public let rules: [any Rule]

    /// Creates a rule set from rules already built.
    public init(rules: [any Rule]) {
        self.rules = rules
    }

    /// Loads and validates rule files; with `includeBuiltIn`, the built-in rules come first and their
    /// word sets are available to the given files. A given file that is a built-in one (a copy of
    /// `rules/…` being edited) takes the built-in's place instead of clashing with it.
    public static func load(_ sources: [RuleFileSource], includeBuiltIn: Bool = true) throws -> RuleSet {
        let builtIns = includeBuiltIn ? builtInSources.filter { builtIn in
            !sources.contains { $0.path == builtIn.path || $0.path.hasSuffix("/" + builtIn.path) }
        } : []
        return RuleSet(rules: try RuleFileLoader.load(builtIns + sources))
    }

    /// The built-in rule files compiled into the library (paths shown as `rules/…`).
    public static var builtInSources: [RuleFileSource] {
        let files = Dictionary(BuiltinRuleFiles.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        return BuiltinRuleFiles.files.filter { $0.path.hasSuffix(".yaml") || $0.path.hasSuffix(".yml") }.map { file in
            let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
            return RuleFileSource(path: "rules/" + file.path, contents: file.contents) { name in
                let key = folder.isEmpty ? name : folder + "/" + name
                guard let contents = files[key] else { throw TidingsError.unreadable(path: "rules/" + key, reason: "no such built-in file") }
                return contents
            }
        }
    }

    private static let cachedBuiltIn = Result { try RuleSet.load([], includeBuiltIn: true) }

    /// The built-in rules (loaded once per process).
    public static func builtIn() throws -> RuleSet { try cachedBuiltIn.get() }

    /// The rules to run: those on by default or named by `enable`, minus those named by `disable`;
    /// when `only` is given, just the rules it names (minus `disable`). Patterns are globs (`*`, `?`);
    /// a pattern that names no rule is an error, so a typo never silently does nothing.
    public func selecting(enable: [String] = [], disable: [String] = [], only: [String] = []) throws -> [any Rule] {
        for pattern in enable + disable + only where !rules.contains(where: { Glob.matches(pattern, $0.info.id) }) {
            throw TidingsError.usage("no rule matches '\(pattern)' (see `tidings rules list`)")
        }
        return rules.filter { rule in
            let id = rule.info.id
            if disable.contains(where: { Glob.matches($0, id) }) { return false }
            if !only.isEmpty { return only.contains { Glob.matches($0, id) } }
            return rule.info.enabledByDefault || enable.contains { Glob.matches($0, id) }
        }
    }
}

import ArgumentParser
import Tidings

/// Which rules to load and run; shared by every command that runs rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Add a rule file or a folder of rule files (repeatable).", valueName: "path"))
    var ruleFiles: [String] = []

    @Flag(name: .customLong("no-default-rules"), help: "Do not load the built-in rules.")
    var noDefaultRules = false

    @Option(name: .customLong("enable"), help: ArgumentHelp("Also run rules whose id matches (glob; repeatable), e.g. 'style.*'.", valueName: "id"))
    var enable: [String] = []

    @Option(name: .customLong("disable"), help: ArgumentHelp("Do not run rules whose id matches (glob; repeatable).", valueName: "id"))
    var disable: [String] = []

    @Option(name: .customLong("only"), help: ArgumentHelp("Run only rules whose id matches (glob; repeatable).", valueName: "id"))
    var only: [String] = []

    /// The loaded rule set (built-in unless turned off, plus the given files).
    func loadRuleSet() throws -> RuleSet {
        let sources = try ruleFiles.flatMap { try RuleFileSource.files(at: $0) }
        if sources.isEmpty && !noDefaultRules { return try RuleSet.builtIn() }
        return try RuleSet.load(sources, includeBuiltIn: !noDefaultRules)
    }

    /// A cleaner running the selected rules.
    func makeCleaner() throws -> Cleaner {
        Cleaner(rules: try loadRuleSet().selecting(enable: enable, disable: disable, only: only))
    }
}

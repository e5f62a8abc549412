import ArgumentParser
import Tidings

/// `tidings rules test`: runs every rule's examples.
struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the examples of rules: the built-in rules, or those in the given files or folders.",
        discussion: "Exit status 1 when any example fails, with the expected and actual text of each failure."
    )

    @Argument(help: "Rule files or folders to test (default: the built-in rules).")
    var paths: [String] = []

    func run() throws {
        let sources = try paths.flatMap { try RuleFileSource.files(at: $0) }
        let ruleSet = paths.isEmpty ? try RuleSet.builtIn() : try RuleSet.load(sources)
        let tested = paths.isEmpty ? ruleSet.rules : ruleSet.rules.filter { rule in sources.contains { $0.path == rule.info.file } }
        var failures: [RuleExampleRunner.Failure] = []
        var examples = 0
        for rule in tested {
            examples += rule.info.examples.count
            failures += RuleExampleRunner.check(rule)
        }
        for failure in failures {
            Terminal.write(failure.description + "\n")
            let diff = UnifiedDiffRenderer(color: Terminal.stdoutWantsColor, context: 1)
                .render(path: "example", original: failure.expected, cleaned: failure.actual, attributions: [])
            if !diff.isEmpty { Terminal.write(diff) }
        }
        let failedRules = Set(failures.map(\.ruleID)).count
        Terminal.write("\(tested.count) rules, \(examples) examples: \(tested.count - failedRules) passed, \(failedRules) failed\n")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}

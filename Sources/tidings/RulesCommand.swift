import ArgumentParser

/// `tidings rules`: list, test and lint rule files.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, test and lint rules.",
        subcommands: [RulesListCommand.self, RulesTestCommand.self, RulesLintCommand.self]
    )
}

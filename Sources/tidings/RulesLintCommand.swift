import ArgumentParser
import Tidings

/// `tidings rules lint`: validates rule files without running anything.
struct RulesLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Validate rule files (keys, regexes, word sets, ids, examples) without running them.",
        discussion: "Exit status 1 when a file is invalid; the error names file:line:column and the reason."
    )

    @Argument(help: "Rule files or folders.")
    var paths: [String]

    func run() throws {
        do {
            let sources = try paths.flatMap { try RuleFileSource.files(at: $0) }
            let ruleSet = try RuleSet.load(sources)
            let count = ruleSet.rules.filter { rule in sources.contains { $0.path == rule.info.file } }.count
            Terminal.write("ok: \(count) rule(s) in \(sources.count) file(s)\n")
        } catch let error as TidingsError {
            Terminal.write("\(error)\n")
            throw ExitCode(1)
        }
    }
}

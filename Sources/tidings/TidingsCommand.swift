import ArgumentParser
import Foundation
import Tidings

/// The `tidings` command: cleans machine-translated and scraped news text with declarative rules.
@main
struct TidingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tidings",
        abstract: "Repair machine-translation artifacts and normalize text in news articles.",
        version: "0.1.0",
        subcommands: [CleanCommand.self, RulesCommand.self],
        defaultSubcommand: CleanCommand.self
    )

    /// Runs the command; errors print one line naming the file and problem and exit with status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success || error is ValidationError || "\(type(of: error))" == "CommandError" {
                exit(withError: error)
            }
            Terminal.printError("tidings: \(error)")
            Foundation.exit(2)
        }
    }
}

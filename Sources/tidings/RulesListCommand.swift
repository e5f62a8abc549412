import ArgumentParser
import Tidings

/// `tidings rules list`: every loaded rule with its kind, level, source and message.
struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List rules: id, kind, level, source file, message.")

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let ruleSet = try rules.loadRuleSet()
        let active = Set(try ruleSet.selecting(enable: rules.enable, disable: rules.disable, only: rules.only).map(\.info.id))
        let rows = ruleSet.rules.map { rule -> [String] in
            let info = rule.info
            return [info.id + (active.contains(info.id) ? "" : " (off)"), info.kind, info.level.rawValue, "\(info.file):\(info.line)", info.message]
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var output = ""
        for row in rows {
            output += (0..<4).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
            output += "  " + row[4] + "\n"
        }
        Terminal.write(output)
    }
}

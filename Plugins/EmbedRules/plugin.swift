import Foundation
import PackagePlugin

/// Compiles the package's top-level `rules/` folder into the target as Swift source, so the
/// built-in rules travel with the library and need no files at run time.
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "rules")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinRuleFiles.swift")
        var inputs: [URL] = []
        if let enumerator = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
            for case let url as URL in enumerator where ["yaml", "yml", "txt"].contains(url.pathExtension) {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding built-in rules from \(rules.lastPathComponent)/",
                executable: try context.tool(named: "EmbedRulesTool").url,
                arguments: [rules.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}

import ArgumentParser
import Foundation
import Tidings

/// `tidings clean`: cleans files or standard input and writes, previews or checks the result.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Clean articles: print the cleaned text, preview changes as a diff, or rewrite files.",
        discussion: """
        With no FILE, or when FILE is -, reads standard input. Exit status: 0 on success, \
        1 with --check when something would change, 2 on errors (nothing is half-written).
        """
    )

    /// What to print.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, diff, json
    }

    @Argument(help: "Files to clean (- for standard input).")
    var files: [String] = []

    @OptionGroup var rules: RuleOptions

    @Flag(help: "Write nothing; print a diff of every change with the rules behind it, then a summary.")
    var dryRun = false

    @Flag(help: "Exit 1 when anything would change (for CI); writes nothing.")
    var check = false

    @Flag(name: .customLong("in-place"), help: "Rewrite the files (atomically, keeping permissions).")
    var inPlace = false

    @Option(help: ArgumentHelp("Write cleaned files into this folder instead of standard output.", valueName: "dir"))
    var output: String?

    @Option(help: "What to print: text (the cleaned text), diff, or json.")
    var format: Format?

    @Flag(help: "Also apply suggest-level edits.")
    var suggest = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD (and report it) instead of failing.")
    var lossy = false

    @Option(help: "ICU locale of the text (word breaks, case mapping).")
    var locale = "en"

    @Flag(name: .customLong("color"), inversion: .prefixedNo, help: "Color the diff (default: when standard output is a terminal and NO_COLOR is unset).")
    var color: Bool?

    mutating func validate() throws {
        if inPlace && output != nil { throw ValidationError("--in-place and --output cannot be combined: pick one place to write.") }
        if inPlace && (files.isEmpty || files.contains("-")) { throw ValidationError("--in-place needs file arguments, not standard input.") }
        if output != nil && (files.isEmpty || files.contains("-")) { throw ValidationError("--output needs file arguments, not standard input.") }
        if dryRun && (inPlace || output != nil) { throw ValidationError("--dry-run writes nothing; drop --in-place/--output.") }
    }

    /// What is printed when --format is not given.
    private var effectiveFormat: Format? {
        if let format { return format }
        if dryRun { return .diff }
        if check || inPlace || output != nil { return nil }
        return .text
    }

    func run() throws {
        let cleaner = try rules.makeCleaner()
        let options = CleanOptions(applySuggestions: suggest, locale: locale)
        let renderer = ReportRenderer(color: color ?? Terminal.stdoutWantsColor)
        var failed = false
        var anyChange = false
        for path in files.isEmpty ? ["-"] : files {
            do {
                let input = try Input.read(path, lossy: lossy)
                if input.replacements > 0 {
                    Terminal.printError("\(input.displayName): warning: replaced \(input.replacements) invalid UTF-8 sequence(s) with U+FFFD")
                }
                let result = try cleaner.clean(input.text, options: options)
                anyChange = anyChange || !result.text.isIdentical(to: input.text)
                try deliver(result, for: input, renderer: renderer)
                if check && !result.text.isIdentical(to: input.text) {
                    Terminal.printError("\(input.displayName): would change (\(result.applied.count) edit(s))")
                }
            } catch let error as TidingsError {
                Terminal.printError("tidings: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
        if check && anyChange { throw ExitCode(1) }
    }

    private func deliver(_ result: CleanResult, for input: Input, renderer: ReportRenderer) throws {
        switch effectiveFormat {
        case .text?: Terminal.write(result.text)
        case .diff?: Terminal.write(renderer.diff(of: result, original: input.text, path: input.displayName))
        case .json?: Terminal.write(try renderer.json(of: result, path: input.displayName) + "\n")
        case nil: break
        }
        guard !dryRun && !check else { return }
        if inPlace && !result.text.isIdentical(to: input.text) {
            try AtomicWriter.write(result.text, to: input.path)
        } else if let output {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            let target = (output as NSString).appendingPathComponent((input.path as NSString).lastPathComponent)
            try AtomicWriter.write(result.text, to: target)
        }
    }
}

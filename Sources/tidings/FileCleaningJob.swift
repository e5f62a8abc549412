import Foundation
import Tidings

/// Cleans one whole file (or standard input) and writes it where asked; runs on any thread,
/// returning what must be printed so that output stays in the order the files were given.
struct FileCleaningJob: Sendable {
    /// What was printed to standard output, the messages for standard error, and whether the text changed.
    struct Outcome: Sendable {
        /// Text for standard output.
        var output = ""
        /// Lines for standard error.
        var messages: [String] = []
        /// Whether the cleaned text differs from the input.
        var changed = false
        /// Whether an error occurred.
        var failed = false
    }

    let cleaner: Cleaner
    let options: CleanOptions
    let renderer: ReportRenderer
    let format: CleanCommand.Format?
    let lossy: Bool
    let check: Bool
    let writes: Bool
    let inPlace: Bool
    let outputFolder: String?

    /// Reads, cleans and delivers one input.
    func run(path: String) -> Outcome {
        var outcome = Outcome()
        do {
            let input = try Input.read(path, lossy: lossy)
            if input.replacements > 0 {
                outcome.messages.append("\(input.displayName): warning: replaced \(input.replacements) invalid UTF-8 sequence(s) with U+FFFD")
            }
            let result = try cleaner.clean(input.text, options: options)
            outcome.changed = !result.text.isIdentical(to: input.text)
            switch format {
            case .text?: outcome.output = result.text
            case .diff?: outcome.output = renderer.diff(of: result, original: input.text, path: input.displayName)
            case .json?: outcome.output = try renderer.json(of: result, path: input.displayName) + "\n"
            case nil: break
            }
            if writes {
                if inPlace && outcome.changed {
                    try AtomicWriter.write(result.text, to: input.path)
                } else if let outputFolder {
                    try Self.makeFolder(outputFolder)
                    let target = (outputFolder as NSString).appendingPathComponent((input.path as NSString).lastPathComponent)
                    try AtomicWriter.write(result.text, to: target)
                }
            }
            if check && outcome.changed {
                outcome.messages.append("\(input.displayName): would change (\(result.applied.count) edit(s))")
            }
        } catch let error as TidingsError {
            outcome.messages.append("tidings: \(error)")
            outcome.failed = true
        } catch {
            outcome.messages.append("tidings: \(path): error: \(error)")
            outcome.failed = true
        }
        return outcome
    }

    /// Creates the output folder, or says plainly why it cannot.
    private static func makeFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw TidingsError.unwritable(path: path, reason: "exists and is not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw TidingsError.unwritable(path: path, reason: "cannot create the folder (\((error as NSError).localizedDescription))")
        }
    }
}

import Foundation
import Tidings

/// One input to clean: a file or standard input, decoded as UTF-8.
struct Input {
    /// The path as given, or "-" for standard input.
    var path: String
    /// The decoded text.
    var text: String
    /// Invalid UTF-8 sequences replaced (with `--lossy`).
    var replacements: Int

    /// Whether this input is standard input.
    var isStandardInput: Bool { path == "-" }

    /// The name shown in reports.
    var displayName: String { isStandardInput ? "<stdin>" : path }

    /// Reads and decodes an input; `-` is standard input.
    static func read(_ path: String, lossy: Bool) throws -> Input {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw TidingsError.unreadable(path: path, reason: "no such file")
            }
            guard !isDirectory.boolValue else { throw TidingsError.unreadable(path: path, reason: "is a directory") }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw TidingsError.unreadable(path: path, reason: "permission denied or unreadable")
            }
            data = contents
        }
        let decoded = try InputDecoder.decode(data, path: path == "-" ? "<stdin>" : path, lossy: lossy)
        return Input(path: path, text: decoded.text, replacements: decoded.replacements)
    }
}

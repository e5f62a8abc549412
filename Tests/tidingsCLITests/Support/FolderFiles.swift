import Foundation

extension URL {
    /// Writes a file named `name` in this folder and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        let file = appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        return file.path
    }

    /// The text of the file named `name` in this folder.
    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: appendingPathComponent(name)), as: UTF8.self)
    }
}

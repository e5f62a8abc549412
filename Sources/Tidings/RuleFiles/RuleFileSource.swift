import Foundation

/// The text of a rule file and a way to read the files beside it (word lists).
public struct RuleFileSource: Sendable {
    /// The path shown in errors and reports.
    public var path: String
    /// The YAML text.
    public var contents: String
    /// Reads a file named relative to this one.
    var readSibling: @Sendable (String) throws -> String

    /// A rule file given as text; it can refer to no other files.
    public init(path: String = "<inline>", contents: String) {
        self.path = path
        self.contents = contents
        self.readSibling = { name in throw TidingsError.unreadable(path: name, reason: "inline rule text cannot refer to files") }
    }

    /// A rule file with a custom reader for its sibling files.
    init(path: String, contents: String, readSibling: @escaping @Sendable (String) throws -> String) {
        self.path = path
        self.contents = contents
        self.readSibling = readSibling
    }

    /// Reads a rule file from disk.
    public static func file(at path: String) throws -> RuleFileSource {
        let url = URL(fileURLWithPath: path)
        let contents = try readText(url, shownAs: path)
        let directory = url.deletingLastPathComponent()
        return RuleFileSource(path: path, contents: contents) { name in
            try readText(directory.appendingPathComponent(name), shownAs: directory.appendingPathComponent(name).relativePath)
        }
    }

    /// Every `.yaml`/`.yml` file under a folder (sorted by path), or the file itself.
    public static func files(at path: String) throws -> [RuleFileSource] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TidingsError.unreadable(path: path, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else { return [try file(at: path)] }
        let base = URL(fileURLWithPath: path)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        var paths: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if ["yaml", "yml"].contains(url.pathExtension) {
                paths.append((path as NSString).appendingPathComponent(String(url.path.dropFirst(base.path.count + 1))))
            }
        }
        return try paths.sorted().map(file(at:))
    }

    private static func readText(_ url: URL, shownAs path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TidingsError.unreadable(path: path, reason: "no such file or not readable")
        }
        return try InputDecoder.decode(data, path: path, lossy: false).text
    }
}

import Foundation

/// Files of this repository, found from this source file's location (tests run from any directory).
enum RepositoryFiles {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The text of a file under the root.
    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The sample inputs: every `samples/*.txt` that is not an expected output.
    static func sampleNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("samples").path)
            .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".cleaned.txt") }
            .map { String($0.dropLast(4)) }
            .sorted()
    }
}

import Foundation
import XCTest

/// Runs the built `tidings` executable and captures what it prints.
struct TidingsProcess {
    /// Exit status, standard output and standard error of one run.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `tidings` binary: beside the test bundle (SwiftPM puts products in one folder), else in .build/debug.
    static var executable: URL {
        get throws {
            var candidates: [URL] = []
            if let first = CommandLine.arguments.first {
                var folder = URL(fileURLWithPath: first).deletingLastPathComponent()
                if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
                candidates.append(folder.appendingPathComponent("tidings"))
            }
            candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("tidings"))
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(root.appendingPathComponent(".build/debug/tidings"))
            guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
                throw XCTSkip("tidings binary not found; looked at \(candidates.map(\.path))")
            }
            return found
        }
    }

    /// Runs `tidings` with arguments and standard input, in `directory`.
    static func run(_ arguments: [String], stdin: String = "", in directory: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = ErrorCollector(error.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData.wait(), as: UTF8.self))
    }

    /// Reads a pipe to its end on another thread, so neither pipe can fill up and block the process.
    private final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }.start()
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }
}

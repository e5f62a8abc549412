import Foundation
import XCTest

/// Builds Examples/LibraryUse, a package depending on Tidings by path, and runs it from another
/// directory: the built-in rules must come with the library. Slow (a second build), so it runs
/// when TIDINGS_INTEGRATION=1 (CI sets it).
final class DependentPackageTests: XCTestCase {
    func testBuiltinRulesWorkWhenTidingsIsADependency() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["TIDINGS_INTEGRATION"] == "1", "set TIDINGS_INTEGRATION=1 to build the dependent package")
        let package = CLIRunner.root.appendingPathComponent("Examples/LibraryUse")
        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift", "build", "--package-path", package.path, "--scratch-path", package.appendingPathComponent(".build").path]
        try build.run()
        build.waitUntilExit()
        XCTAssertEqual(build.terminationStatus, 0)

        let binary = package.appendingPathComponent(".build/debug/LibraryUse")
        let run = Process()
        run.executableURL = binary
        run.currentDirectoryURL = FileManager.default.temporaryDirectory
        let input = Pipe(), output = Pipe()
        run.standardInput = input
        run.standardOutput = output
        try run.run()
        input.fileHandleForWriting.write(Data("Share This Post\n\n    The talks  ended.".utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        XCTAssertEqual(run.terminationStatus, 0)
        XCTAssertEqual(printed.split(separator: "\n").first, "The talks ended.")
        XCTAssertTrue(printed.contains("# chrome.share 1:1"), printed)
        XCTAssertTrue(printed.contains("# core.indentation 3:1"), printed)
    }
}

import Foundation
import XCTest

final class ParallelFilesTests: XCTestCase {
    func testManyFilesInPlaceWithJobs() throws {
        let folder = try CLIRunner.temporaryFolder(for: self)
        let paths = try (1...12).map { try folder.write("f\($0).txt", "Item  \($0)  text.\n") }
        let result = try CLIRunner.run(["clean", "--in-place", "--jobs", "4", "--only", "core.space-runs"] + paths)
        XCTAssertEqual(result.status, 0, result.stderr)
        for index in 1...12 { XCTAssertEqual(try folder.read("f\(index).txt"), "Item \(index) text.\n") }
    }

    func testStandardOutputKeepsFileOrderWithJobs() throws {
        let folder = try CLIRunner.temporaryFolder(for: self)
        let paths = try (1...12).map { try folder.write("f\($0).txt", "Item  \($0).\n") }
        let result = try CLIRunner.run(["clean", "--jobs", "4", "--only", "core.space-runs"] + paths)
        XCTAssertEqual(result.stdout, (1...12).map { "Item \($0).\n" }.joined())
    }
}

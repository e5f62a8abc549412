import Foundation
import XCTest

final class CleanCommandTests: XCTestCase {
    private let dirty = "    Share This Post\n\nThe talks  ended.\n"
    private let clean = "The talks ended.\n"

    private func file(_ text: String, named name: String = "article.txt") throws -> URL {
        let url = try CLIRunner.temporaryFolder(for: self).appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    func testCleansASampleToItsExpectedOutput() throws {
        let output = try CLIRunner.run(["clean", "samples/spun-article-with-chrome.txt"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertEqual(output.stdout, try String(contentsOf: CLIRunner.root.appendingPathComponent("samples/spun-article-with-chrome.cleaned.txt"), encoding: .utf8))
    }

    func testReadsStandardInput() throws {
        let output = try CLIRunner.run([], stdin: Data(dirty.utf8))
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertEqual(output.stdout, clean)
    }

    func testDryRunPrintsDiffWithRuleIdsAndChangesNothing() throws {
        let url = try file(dirty)
        let output = try CLIRunner.run(["clean", "--dry-run", url.path], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), dirty)
        XCTAssertTrue(output.stdout.hasPrefix("--- a\(url.path)\n+++ b\(url.path)\n@@ -1,3 +1,1 @@ chrome.share, core.space-runs\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("-The talks  ended.\n+The talks ended.\n"), output.stdout)
        XCTAssertTrue(output.stdout.contains("\(url.path): 2 edit(s) applied, 0 suggestion(s)"), output.stdout)
        XCTAssertFalse(output.stdout.contains("\u{1B}["), "piped output must not be colored")
    }

    func testDryRunSummarySaysWhichAppliedEditsAreSuggestions() throws {
        let url = try file("Giorgia Meloni He rested in Rome.\n")
        let listed = try CLIRunner.run(["clean", "--dry-run", url.path], environment: ["NO_COLOR": "1"])
        XCTAssertTrue(listed.stdout.contains("\(url.path): 0 edit(s) applied, 1 suggestion(s)\n"
            + "  es-en.calques.name-pronoun  1 suggested\n"), listed.stdout)
        let applied = try CLIRunner.run(["clean", "--dry-run", "--suggest", url.path], environment: ["NO_COLOR": "1"])
        XCTAssertTrue(applied.stdout.contains("\(url.path): 1 edit(s) applied (1 of them suggestions), 0 suggestion(s)\n"
            + "  es-en.calques.name-pronoun  1 applied (1 suggested)\n"), applied.stdout)
    }

    func testColorCanBeForced() throws {
        let output = try CLIRunner.run(["clean", "--dry-run", "--color", try file(dirty).path])
        XCTAssertTrue(output.stdout.contains("\u{1B}["), output.stdout)
    }

    func testCheckExitCodes() throws {
        let dirtyRun = try CLIRunner.run(["clean", "--check", try file(dirty).path])
        XCTAssertEqual(dirtyRun.status, 1)
        XCTAssertEqual(dirtyRun.stdout, "")
        XCTAssertTrue(dirtyRun.stderr.contains("would change (2 edit(s))"), dirtyRun.stderr)
        XCTAssertEqual(try CLIRunner.run(["clean", "--check", try file(clean).path]).status, 0)
    }

    func testInPlaceRewritesAtomicallyAndKeepsPermissions() throws {
        let url = try file(dirty)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        let output = try CLIRunner.run(["clean", "--in-place", url.path])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertEqual(output.stdout, "")
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), clean)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int, 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["article.txt"])
    }

    func testOutputFolderReceivesCleanedCopies() throws {
        let url = try file(dirty)
        let target = url.deletingLastPathComponent().appendingPathComponent("out")
        XCTAssertEqual(try CLIRunner.run(["clean", "--output", target.path, url.path]).status, 0)
        XCTAssertEqual(try String(contentsOf: target.appendingPathComponent("article.txt"), encoding: .utf8), clean)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), dirty)
    }

    func testFailedWriteIsAnErrorNamingThePathAndLosesNothing() throws {
        let url = try file(dirty)
        let blocker = url.deletingLastPathComponent().appendingPathComponent("out")
        try Data("a file where the output folder should go\n".utf8).write(to: blocker)
        let output = try CLIRunner.run(["clean", "--output", blocker.path, url.path])
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.stderr, "tidings: \(blocker.path): error: cannot write: exists and is not a folder; the original file is unchanged\n")
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), dirty)
        XCTAssertEqual(try String(contentsOf: blocker, encoding: .utf8), "a file where the output folder should go\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path).sorted()
        XCTAssertEqual(leftovers, ["article.txt", "out"])
    }

    func testJSONReportsEditsWithPositionsInTheInput() throws {
        let output = try CLIRunner.run(["clean", "--format", "json", "-"], stdin: Data("Zoë  left.\n".utf8))
        XCTAssertEqual(output.status, 0, output.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["text"] as? String, "Zoë left.\n")
        XCTAssertEqual(report["changed"] as? Bool, true)
        let edits = try XCTUnwrap(report["edits"] as? [[String: Any]])
        XCTAssertEqual(edits.count, 1)
        XCTAssertEqual(edits[0]["rule"] as? String, "core.space-runs")
        XCTAssertEqual(edits[0]["level"] as? String, "fix")
        XCTAssertEqual(edits[0]["line"] as? Int, 1)
        XCTAssertEqual(edits[0]["column"] as? Int, 4)
        XCTAssertEqual(edits[0]["utf8_start"] as? Int, 4)
        XCTAssertEqual(edits[0]["utf8_end"] as? Int, 6)
        XCTAssertEqual(edits[0]["before"] as? String, "  ")
        XCTAssertEqual(edits[0]["after"] as? String, " ")
    }

    func testInvalidUTF8IsAnErrorNamingFileAndOffsetAndNothingIsWritten() throws {
        let url = try CLIRunner.temporaryFolder(for: self).appendingPathComponent("bad.txt")
        let bytes = Data("ok  \n".utf8) + Data([0xFF]) + Data("\n".utf8)
        try bytes.write(to: url)
        let output = try CLIRunner.run(["clean", "--in-place", url.path])
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.stderr, "tidings: \(url.path): error: invalid UTF-8 at byte 5 (use --lossy to replace bad bytes with U+FFFD)\n")
        XCTAssertEqual(try Data(contentsOf: url), bytes)
        let lossy = try CLIRunner.run(["clean", "--lossy", url.path])
        XCTAssertEqual(lossy.status, 0)
        XCTAssertEqual(lossy.stdout, "ok\n\u{FFFD}\n")
        XCTAssertTrue(lossy.stderr.contains("replaced 1 invalid UTF-8 sequence(s)"), lossy.stderr)
    }

    func testBinaryAndMissingFilesAreErrors() throws {
        let binary = try CLIRunner.temporaryFolder(for: self).appendingPathComponent("image.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: binary)
        let output = try CLIRunner.run(["clean", binary.path, "no-such-file.txt"])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("\(binary.path): error: binary file (NUL byte at offset 4)"), output.stderr)
        XCTAssertTrue(output.stderr.contains("no-such-file.txt: error: cannot read: no such file"), output.stderr)
    }

    func testConflictingFlagsAreRejected() throws {
        let output = try CLIRunner.run(["clean", "--in-place"])
        XCTAssertNotEqual(output.status, 0)
        XCTAssertTrue(output.stderr.contains("--in-place needs file arguments"), output.stderr)
    }

    func testUserRuleFileAndDisable() throws {
        let rules = try UserRuleFile.write(for: self)
        let output = try CLIRunner.run(["clean", "--rules", rules.path, "--disable", "core.*", "-"], stdin: Data("teh  end".utf8))
        XCTAssertEqual(output.stdout, "the  end")
    }
}

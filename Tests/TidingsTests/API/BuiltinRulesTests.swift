@testable import Tidings
import XCTest

final class BuiltinRulesTests: XCTestCase {
    func testEveryBuiltinRuleExampleHolds() throws {
        let rules = try RuleSet.builtIn().rules
        XCTAssertFalse(rules.isEmpty)
        var failures: [String] = []
        for rule in rules {
            failures += RuleExampleRunner.check(rule).map(\.description)
        }
        XCTAssertTrue(failures.isEmpty, failures.joined(separator: "\n"))
    }

    func testEveryRuleKindIsUsedByABuiltinRuleAndDocumentedInTheReadme() throws {
        let used = Set(try RuleSet.builtIn().rules.map(\.info.kind))
        let readme = try RepositoryFiles.text("README.md")
        for kind in RuleKind.allCases {
            XCTAssertTrue(used.contains(kind.rawValue), "no built-in rule uses kind \(kind.rawValue)")
            XCTAssertTrue(readme.contains("`\(kind.rawValue)`"), "README does not document kind \(kind.rawValue)")
        }
    }

    func testEveryKindSourceFileIsRegistered() throws {
        let folder = RepositoryFiles.root.appendingPathComponent("Sources/Tidings/Rules/Kinds")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("Rule.swift") }
        let registered = Set(RuleKind.allCases.map { kind in
            kind.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Rule.swift"
        })
        for file in files {
            XCTAssertTrue(registered.contains(file), "\(file) defines a rule kind that RuleKind does not register")
        }
    }

    func testBuiltinRuleFilesAreTheRepositoryFiles() throws {
        for source in RuleSet.builtInSources {
            let onDisk = try RepositoryFiles.text(source.path)
            XCTAssertTrue(onDisk.isIdentical(to: source.contents), "\(source.path) is stale in the build: touch Package.swift and rebuild")
        }
    }

    func testRuleIdsStartWithTheirPackFolder() throws {
        for rule in try RuleSet.builtIn().rules {
            let pack = rule.info.file.split(separator: "/").dropFirst().first.map(String.init) ?? ""
            XCTAssertTrue(rule.info.id.hasPrefix(pack + "."), "\(rule.info.id) in \(rule.info.file) should start with '\(pack).'")
        }
    }
}

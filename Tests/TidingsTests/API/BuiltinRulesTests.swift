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
        let registry = try RepositoryFiles.text("Sources/Tidings/Rules/RuleKind.swift")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let ruleTypes = source.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("struct "), line.contains(": Rule") else { return nil }
                return line.dropFirst("struct ".count).split(separator: ":").first.map(String.init)
            }
            XCTAssertFalse(ruleTypes.isEmpty, "\(file) in Rules/Kinds declares no rule kind")
            for type in ruleTypes {
                XCTAssertTrue(registry.contains("\(type)(spec: spec)"), "\(type) in \(file) is not registered in RuleKind")
            }
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

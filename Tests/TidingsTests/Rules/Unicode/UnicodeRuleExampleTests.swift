import XCTest
@testable import Tidings

final class UnicodeRuleExampleTests: XCTestCase {
    func testEveryUnicodeAndStyleRuleSatisfiesItsExamples() throws {
        let rules = try RuleSet.builtIn().rules.filter {
            ["unicode.", "style.", "ascii-punct."].contains(where: $0.info.id.hasPrefix)
        }
        XCTAssertGreaterThanOrEqual(rules.count, 20)
        for rule in rules {
            let failures = RuleExampleRunner.check(rule)
            XCTAssertTrue(failures.isEmpty, failures.map(\.description).joined(separator: "\n"))
        }
    }
}

import XCTest
@testable import Tidings

final class RuleSpecTests: XCTestCase {
    func testWordSetReferencesLeaveEscapedBracesAlone() throws {
        let yaml = """
        sets:
          L: [never]
        rules:
          - id: test.escape
            kind: replace
            level: fix
            message: m
            pattern: '\\p{Lu}{2}(?={L})'
            replacement: 'X'
            examples:
              - in: ABnever
                out: Xnever
              - keep: ab
        """
        assertIdentical(try cleaned("ABnever and CDnot", yaml: yaml).text, "Xnever and CDnot")
    }
}

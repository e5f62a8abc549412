import ICU

/// Checks a rule against the examples in its rule file.
///
/// For `in`/`out`: the rule alone (suggestions applied) turns `in` into `out`, and proposes nothing
/// for `out`. For `keep`: the rule proposes nothing, not even a suggestion. Unless an example is
/// `anchored`, each check runs again after a paragraph of emoji and combining marks, to catch
/// offset bugs with multi-unit characters.
public enum RuleExampleRunner {
    /// A paragraph put before examples to shift offsets by characters of several UTF-16 units.
    public static let shiftingPrefix = "Zoë 👍🏽 q\u{307} 👨‍👩‍👧 日本.\n\n"

    /// One example that did not hold.
    public struct Failure: Sendable, CustomStringConvertible {
        /// The rule.
        public var ruleID: String
        /// Rule file and example line.
        public var file: String
        /// 1-based line of the example.
        public var line: Int
        /// What went wrong.
        public var problem: String
        /// The text the example expected.
        public var expected: String
        /// The text the rule produced.
        public var actual: String

        /// A readable report of the failure.
        public var description: String {
            "\(file):\(line): rule \(ruleID): \(problem)\n  expected: \(expected.debugDescription)\n  actual:   \(actual.debugDescription)"
        }
    }

    /// Every failing example of a rule (empty when all hold).
    public static func check(_ rule: any Rule) -> [Failure] {
        let engine = Engine(rules: [rule])
        var failures: [Failure] = []
        for example in rule.info.examples {
            let prefixes = example.anchored ? [""] : ["", shiftingPrefix]
            for prefix in prefixes {
                let shifted = prefix.isEmpty ? "" : " (after a paragraph of multi-unit characters)"
                func fail(_ problem: String, expected: String, actual: String) {
                    failures.append(Failure(ruleID: rule.info.id, file: rule.info.file, line: example.line,
                                            problem: problem + shifted, expected: expected, actual: actual))
                }
                do {
                    switch example.expectation {
                    case let .changes(input, output):
                        let result = try engine.run(prefix + input, locale: "en", applySuggestions: true)
                        if !result.text.isIdentical(to: prefix + output) {
                            fail("'in' did not become 'out'", expected: prefix + output, actual: result.text)
                        } else if let edit = try rule.edits(in: Document(prefix + output)).first {
                            fail("the rule triggers again on its own output", expected: prefix + output,
                                 actual: UTF16Transcoder.string(from: Engine.apply([edit], to: Document(prefix + output))))
                        }
                    case let .keeps(text):
                        if let edit = try rule.edits(in: Document(prefix + text)).first {
                            fail("'keep' text was changed", expected: prefix + text, actual: UTF16Transcoder.string(from: Engine.apply([edit], to: Document(prefix + text))))
                        }
                    }
                } catch {
                    fail("error: \(error)", expected: "", actual: "")
                }
            }
        }
        return failures
    }
}

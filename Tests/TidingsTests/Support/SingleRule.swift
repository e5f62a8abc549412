@testable import Tidings

/// Builds a cleaner from one rule's kind-specific YAML fields (with placeholder examples, which loading only validates).
func singleRuleCleaner(kind: String, level: String = "fix", _ fields: String) throws -> Cleaner {
    let indented = fields.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    let yaml = """
    rules:
      - id: test.rule
        kind: \(kind)
        level: \(level)
        message: test
    \(indented)
        examples:
          - in: "placeholder-in"
            out: "placeholder-out"
          - keep: "placeholder"
    """
    return try Cleaner(yaml: yaml)
}

/// The text a single-rule cleaner produces, suggestions applied.
func cleaned(_ text: String, kind: String, _ fields: String) throws -> String {
    try singleRuleCleaner(kind: kind, fields).clean(text, options: CleanOptions(applySuggestions: true)).text
}

import Yams

/// Reads rule files: validates everything (keys, regexes, word sets, ids, examples) before any rule
/// runs, and rejects a broken file whole with file:line:column and the reason.
///
/// Word sets are shared: a rule may use a set declared in any file loaded with it.
enum RuleFileLoader {
    private static let topLevelKeys: Set<String> = ["description", "sets", "rules"]

    /// Parses and validates rule files into rules, in file order.
    static func load(_ sources: [RuleFileSource]) throws -> [any Rule] {
        let parsed = try sources.map(parse)
        var sets: [String: WordSet] = [:]
        for file in parsed {
            for (name, declaration) in file.sets {
                guard sets[name] == nil else { throw declaration.error("word set '\(name)' is declared twice") }
                sets[name] = try wordSet(name: name, declaration: declaration, source: file.source)
            }
        }
        var rules: [any Rule] = []
        var ids: Set<String> = []
        for file in parsed {
            for value in file.rules {
                let rule = try buildRule(value, sets: sets)
                guard ids.insert(rule.info.id).inserted else { throw value.error("duplicate rule id '\(rule.info.id)'") }
                rules.append(rule)
            }
        }
        return rules
    }

    private struct ParsedFile {
        var source: RuleFileSource
        var sets: [(String, YAMLValue)]
        var rules: [YAMLValue]
    }

    private static func parse(_ source: RuleFileSource) throws -> ParsedFile {
        let root: Node?
        do {
            // The basic resolver leaves plain scalars untyped: values are read as text anyway
            // (`YAMLValue`), and Yams' check for duplicate keys then skips matching every key against
            // the type patterns (a third of the parse). UTF-8 is what Yams picks for a Swift string;
            // naming it spares reading the process environment for every file.
            root = try Yams.compose(yaml: source.contents, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw yamlSyntaxError(error, path: source.path)
        }
        guard let root else { throw TidingsError.ruleFile(path: source.path, line: 1, column: 1, reason: "empty rule file") }
        let top = YAMLValue(node: root, path: source.path)
        var sets: [(String, YAMLValue)] = []
        var rules: [YAMLValue] = []
        for (key, keyValue, value) in try top.mapping(describing: "a rule file") {
            switch key {
            case "description": _ = try value.string(describing: "'description'")
            case "sets": sets = try value.mapping(describing: "'sets'").map { ($0.key, $0.value) }
            case "rules": rules = try value.sequence(describing: "'rules'")
            default:
                throw keyValue.error("unknown key '\(key)' (a rule file has \(topLevelKeys.sorted().joined(separator: ", ")))")
            }
        }
        return ParsedFile(source: source, sets: sets, rules: rules)
    }

    private static func yamlSyntaxError(_ error: YamlError, path: String) -> TidingsError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .ruleFile(path: path, line: mark.line, column: mark.column, reason: "YAML: \(problem)")
        default:
            return .ruleFile(path: path, line: 1, column: 1, reason: "YAML: \(error)")
        }
    }

    /// A set is a list of words, or a mapping with `words` and/or `file`, and `case-insensitive`.
    private static func wordSet(name: String, declaration: YAMLValue, source: RuleFileSource) throws -> WordSet {
        if case .sequence = declaration.node {
            return WordSet(name: name, words: try declaration.strings(describing: "set '\(name)'"))
        }
        var words: [String] = []
        var caseInsensitive = false
        for (key, keyValue, value) in try declaration.mapping(describing: "set '\(name)'") {
            switch key {
            case "words": words += try value.strings(describing: "'words'")
            case "case-insensitive": caseInsensitive = try value.bool(describing: "'case-insensitive'")
            case "file":
                let file = try value.string(describing: "'file'")
                do {
                    words += WordSet.parseList(try source.readSibling(file))
                } catch let error as TidingsError {
                    throw value.error("set '\(name)': cannot read word list '\(file)': \(error)")
                }
            default: throw keyValue.error("unknown key '\(key)' in set '\(name)' (use words, file, case-insensitive)")
            }
        }
        guard !words.isEmpty else { throw declaration.error("set '\(name)' is empty") }
        return WordSet(name: name, words: words, caseInsensitive: caseInsensitive)
    }

    private static func buildRule(_ value: YAMLValue, sets: [String: WordSet]) throws -> any Rule {
        let fields = try value.mapping(describing: "a rule")
        func field(_ key: String) -> YAMLValue? { fields.first { $0.key == key }?.value }
        func required(_ key: String) throws -> String {
            guard let found = field(key) else { throw value.error("rule is missing '\(key)'") }
            return try found.string(describing: "'\(key)'")
        }
        let id = try required("id")
        guard id.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }) else {
            throw field("id")!.error("rule id '\(id)' may hold only letters, digits, '-', '_' and '.'")
        }
        let kindName = try required("kind")
        guard let kind = RuleKind(rawValue: kindName) else {
            let known = RuleKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw field("kind")!.error("rule \(id): unknown kind '\(kindName)' (known kinds: \(known))")
        }
        let levelName = try required("level")
        guard let level = Level(rawValue: levelName) else { throw field("level")!.error("rule \(id): level must be fix or suggest") }
        let message = try required("message")
        var phase = kind.defaultPhase
        if let phaseValue = field("phase") {
            let name = try phaseValue.string(describing: "'phase'")
            guard let parsed = Phase(rawValue: name) else {
                throw phaseValue.error("rule \(id): phase must be one of \(Phase.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            phase = parsed
        }
        let enabled = try field("enabled")?.bool(describing: "'enabled'") ?? true
        let filesOnly = try field("files-only")?.bool(describing: "'files-only'") ?? false
        _ = try field("description")?.string(describing: "'description'")
        guard let examplesValue = field("examples") else {
            throw value.error("rule \(id) has no examples (give at least one 'in'/'out' pair and one 'keep')")
        }
        let examples = try parseExamples(examplesValue, ruleID: id)
        let info = RuleInfo(id: id, kind: kind.rawValue, level: level, message: message, phase: phase,
                            examples: examples, enabledByDefault: enabled, filesOnly: filesOnly,
                            file: value.path, line: value.line)
        let spec = RuleSpec(info: info, value: value, fields: fields, sets: sets)
        let rule = try kind.build(spec)
        try spec.rejectUnknownKeys()
        return rule
    }

    private static func parseExamples(_ value: YAMLValue, ruleID: String) throws -> [RuleExample] {
        var examples: [RuleExample] = []
        for item in try value.sequence(describing: "'examples'") {
            var input: String?, output: String?, keep: String?, anchored = false
            for (key, keyValue, entry) in try item.mapping(describing: "an example") {
                switch key {
                case "in": input = try entry.string(describing: "'in'")
                case "out": output = try entry.string(describing: "'out'")
                case "keep": keep = try entry.string(describing: "'keep'")
                case "anchored": anchored = try entry.bool(describing: "'anchored'")
                default: throw keyValue.error("rule \(ruleID): unknown key '\(key)' in an example (use in, out, keep, anchored)")
                }
            }
            switch (input, output, keep) {
            case let (input?, output?, nil):
                guard !input.isIdentical(to: output) else { throw item.error("rule \(ruleID): example 'in' and 'out' are the same; use 'keep'") }
                examples.append(RuleExample(.changes(input: input, output: output), line: item.line, anchored: anchored))
            case let (nil, nil, keep?):
                examples.append(RuleExample(.keeps(keep), line: item.line, anchored: anchored))
            default:
                throw item.error("rule \(ruleID): an example is either 'in' with 'out', or 'keep'")
            }
        }
        let changes = examples.contains { if case .changes = $0.expectation { true } else { false } }
        let keeps = examples.contains { if case .keeps = $0.expectation { true } else { false } }
        guard changes && keeps else {
            throw value.error("rule \(ruleID) needs at least one 'in'/'out' example and one 'keep' example")
        }
        return examples
    }
}

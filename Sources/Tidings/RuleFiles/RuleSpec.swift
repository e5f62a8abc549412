import ICU

/// One rule's mapping from a rule file, as its kind reads it: typed fields with positions for
/// errors, word sets in scope, and a record of which keys were used (any other key is an error).
final class RuleSpec {
    /// The common fields every rule declares.
    let info: RuleInfo
    /// The whole rule mapping.
    let value: YAMLValue
    private let fields: [String: (keyValue: YAMLValue, value: YAMLValue)]
    private let sets: [String: WordSet]
    private var used: Set<String> = RuleSpec.commonKeys

    /// Keys every rule may carry.
    static let commonKeys: Set<String> = ["id", "kind", "level", "message", "phase", "enabled", "files-only", "examples", "description"]
    /// Regex work limit per search, in ICU steps (a few milliseconds each).
    static let regexTimeLimit: Int32 = 2_000

    init(info: RuleInfo, value: YAMLValue, fields: [(key: String, keyValue: YAMLValue, value: YAMLValue)], sets: [String: WordSet]) {
        self.info = info
        self.value = value
        self.fields = Dictionary(fields.map { ($0.key, ($0.keyValue, $0.value)) }, uniquingKeysWith: { first, _ in first })
        self.sets = sets
    }

    /// An error pointing at a field (or at the rule when the field is absent).
    func error(_ reason: String, at key: String? = nil) -> TidingsError {
        (key.flatMap { fields[$0]?.value } ?? value).error("rule \(info.id): \(reason)")
    }

    /// The raw value of a field, marking it used.
    func field(_ key: String) -> YAMLValue? {
        used.insert(key)
        return fields[key]?.value
    }

    /// A text field; throws when it is required and missing.
    func string(_ key: String, required: Bool = false) throws -> String? {
        guard let value = field(key) else {
            if required { throw error("missing required field '\(key)' for kind \(info.kind)") }
            return nil
        }
        return try value.string(describing: "'\(key)'")
    }

    /// A boolean field with a default.
    func bool(_ key: String, default defaultValue: Bool) throws -> Bool {
        try field(key)?.bool(describing: "'\(key)'") ?? defaultValue
    }

    /// A whole-number field with a default.
    func int(_ key: String, default defaultValue: Int) throws -> Int {
        try field(key)?.int(describing: "'\(key)'") ?? defaultValue
    }

    /// A list of texts.
    func strings(_ key: String) throws -> [String]? {
        try field(key)?.strings(describing: "'\(key)'")
    }

    /// A field restricted to a few values.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default defaultValue: T) throws -> T where T.RawValue == String {
        guard let text = try string(key) else { return defaultValue }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("'\(key)' must be one of \(allowed), not '\(text)'", at: key)
        }
        return value
    }

    /// A field restricted to a few values that the rule must give (no default).
    func requiredChoice<T: RawRepresentable & CaseIterable>(_ key: String) throws -> T where T.RawValue == String {
        guard let first = T.allCases.first, field(key) != nil else {
            throw error("missing required field '\(key)' for kind \(info.kind)")
        }
        return try choice(key, default: first)
    }

    /// A declared word set, or an error pointing at the field that named it.
    func wordSet(named name: String, at key: String) throws -> WordSet {
        guard let set = sets[name] else { throw error("unknown word set '\(name)'", at: key) }
        return set
    }

    /// Compiles a regex field, expanding `{set}` references; ICU's reason and offset go into the error.
    func regex(_ key: String, options: ICURegex.Options = [], wholeWord: Bool = false, required: Bool = true) throws -> ICURegex? {
        guard let pattern = try string(key, required: required) else { return nil }
        let expanded = try expandSets(in: pattern, key: key, caseInsensitive: options.contains(.caseInsensitive))
        let final = wholeWord ? "(?<![\\p{L}\\p{N}_])(?:\(expanded))(?![\\p{L}\\p{N}_])" : expanded
        do {
            return try ICURegex(final, options: options, timeLimit: Self.regexTimeLimit)
        } catch let syntax as ICURegex.SyntaxError {
            throw error("invalid regex in '\(key)': \(syntax.reason) near pattern offset \(syntax.offset) in '\(pattern)'", at: key)
        }
    }

    /// Replaces each `{name}` naming a word set by an alternation of its words (factored by shared
    /// prefixes, `RegexWordTrie`, where matching is case-sensitive; longest first otherwise).
    /// `{2}`, `{2,3}` (quantifiers), `\{` and `\p{Lu}`-style escapes are left alone; `{name}` for an undeclared set is an error.
    func expandSets(in pattern: String, key: String, caseInsensitive: Bool) throws -> String {
        var result = ""
        var index = pattern.startIndex
        let scalars = Array(pattern.unicodeScalars)
        var scope = RegexCaseScope(caseInsensitive: caseInsensitive)
        var classDepth = 0
        // The scalar offset of the last `(` met, so each offset is counted on from the one before
        // (counting from the start every time made long patterns quadratic).
        var counted = (index: pattern.startIndex, offset: 0)
        while index < pattern.endIndex {
            let character = pattern[index]
            switch character {
            case "[": classDepth += 1
            case "]" where classDepth > 0: classDepth -= 1
            case "(" where classDepth == 0:
                counted = (index, counted.offset + pattern.unicodeScalars.distance(from: counted.index, to: index))
                scope.openGroup(scalars, at: counted.offset)
            case ")" where classDepth == 0: scope.closeGroup()
            default: break
            }
            if character == "\\" {
                // An escape; `\p{…}`, `\P{…}`, `\N{…}` and `\x{…}` carry braces that are not sets.
                var end = pattern.index(after: index)
                if end < pattern.endIndex {
                    let escaped = pattern[end]
                    end = pattern.index(after: end)
                    if "pPNx".contains(escaped), end < pattern.endIndex, pattern[end] == "{",
                       let close = pattern[end...].firstIndex(of: "}") {
                        end = pattern.index(after: close)
                    }
                }
                result += pattern[index..<end]
                index = end
                continue
            }
            if character == "{", let close = pattern[index...].firstIndex(of: "}") {
                let name = String(pattern[pattern.index(after: index)..<close])
                if let first = name.unicodeScalars.first, first.properties.isAlphabetic,
                   name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || $0 == "_" || ("0"..."9").contains($0) }) {
                    let set = try wordSet(named: name, at: key)
                    result += scope.isCaseInsensitive ? set.regexAlternation : set.trieAlternation
                    index = pattern.index(after: close)
                    continue
                }
            }
            result.append(character)
            index = pattern.index(after: index)
        }
        return result
    }

    /// Throws for any key the kind did not read.
    func rejectUnknownKeys() throws {
        for (key, entry) in fields where !used.contains(key) {
            throw entry.keyValue.error("rule \(info.id): unknown key '\(key)' for kind \(info.kind)")
        }
    }
}

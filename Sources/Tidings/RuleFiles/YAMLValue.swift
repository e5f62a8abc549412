import Yams

/// A YAML node with its file and position, whose accessors throw errors naming file:line:column.
struct YAMLValue {
    let node: Node
    let path: String

    var line: Int { node.mark?.line ?? 0 }
    var column: Int { node.mark?.column ?? 0 }

    /// An error pointing at this value.
    func error(_ reason: String) -> TidingsError {
        .ruleFile(path: path, line: line, column: column, reason: reason)
    }

    /// The scalar text, or an error saying what was expected.
    func string(describing what: String) throws -> String {
        guard case .scalar(let scalar) = node else { throw error("\(what) must be a text value") }
        return scalar.string
    }

    /// The value as a boolean.
    func bool(describing what: String) throws -> Bool {
        switch try string(describing: what) {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("\(what) must be true or false")
        }
    }

    /// The value as a whole number.
    func int(describing what: String) throws -> Int {
        guard let value = Int(try string(describing: what)) else { throw error("\(what) must be a whole number") }
        return value
    }

    /// The items of a sequence.
    func sequence(describing what: String) throws -> [YAMLValue] {
        guard case .sequence(let sequence) = node else { throw error("\(what) must be a list") }
        return sequence.map { YAMLValue(node: $0, path: path) }
    }

    /// A list of texts (a single text counts as a list of one).
    func strings(describing what: String) throws -> [String] {
        if case .scalar(let scalar) = node { return [scalar.string] }
        return try sequence(describing: what).map { try $0.string(describing: "each item of \(what)") }
    }

    /// The key/value pairs of a mapping, keys as text, in file order; duplicate keys are an error.
    func mapping(describing what: String) throws -> [(key: String, keyValue: YAMLValue, value: YAMLValue)] {
        guard case .mapping(let mapping) = node else { throw error("\(what) must be a mapping of keys to values") }
        var seen: Set<String> = []
        return try mapping.map { pair in
            let keyValue = YAMLValue(node: pair.key, path: path)
            let key = try keyValue.string(describing: "a key")
            guard seen.insert(key).inserted else { throw keyValue.error("duplicate key '\(key)'") }
            return (key, keyValue, YAMLValue(node: pair.value, path: path))
        }
    }
}

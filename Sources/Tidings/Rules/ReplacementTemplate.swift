import ICU

/// A replacement text with capture references: `$1`, `${name}`, and `$$` for a literal dollar sign.
struct ReplacementTemplate: Sendable {
    private enum Part: Sendable {
        case literal(String)
        case group(Int)
    }

    private let parts: [Part]

    /// Parses a template and checks its references against the regex.
    init(_ template: String, regex: ICURegex) throws(TemplateError) {
        var parts: [Part] = []
        var literal = ""
        var scalars = Array(template.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "$" else { literal.unicodeScalars.append(scalar); continue }
            if scalars.first == "$" { scalars.removeFirst(); literal.append("$"); continue }
            var reference = ""
            if scalars.first == "{" {
                scalars.removeFirst()
                while let next = scalars.popFirst(), next != "}" { reference.unicodeScalars.append(next) }
            } else {
                while let next = scalars.first, ("0"..."9").contains(next) { reference.unicodeScalars.append(next); scalars.removeFirst() }
            }
            guard let group = Int(reference) ?? regex.groupNumber(named: reference) else {
                throw TemplateError(reason: "'$\(reference)' names no capture group")
            }
            guard group <= regex.groupCount else {
                throw TemplateError(reason: "'$\(group)' but the pattern has only \(regex.groupCount) group(s)")
            }
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
            parts.append(.group(group))
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// A template problem found at load time.
    struct TemplateError: Error { var reason: String }

    /// The replacement for one match.
    func expand(_ match: ICURegex.Match, in document: Document) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .literal(let text): result += text
            case .group(let number): if let range = match.groups[number] { result += document.string(range) }
            }
        }
        return result
    }
}

import ICU

/// `kind: drop-line` — removes lines of site chrome (`Share This Post`, a lone `More`).
///
/// Fields: `pattern` (must match the whole line, surrounding spaces ignored), `case-insensitive`,
/// `position` (`anywhere`, `start`, `end`, `edge`: only among the first, the last, or either
/// `within` non-blank lines, default 3), and `following: headlines` to drop, with the line,
/// everything after it when all that follows is short headline-like lines (a "Keep reading:"
/// block of links); otherwise the line alone goes.
struct DropLineRule: Rule {
    /// Where in the document the line may stand.
    enum Position: String, CaseIterable, Sendable {
        case anywhere, start, end
        /// Among the first or the last `within` non-blank lines.
        case edge
    }

    /// What else goes with the matched line.
    enum Following: String, CaseIterable, Sendable {
        case none, headlines
    }

    let info: RuleInfo
    let regex: ICURegex
    let position: Position
    let within: Int
    let following: Following

    /// Longest line, in words, that still counts as a headline.
    static let headlineWordLimit = 25

    init(spec: RuleSpec) throws {
        info = spec.info
        var options: ICURegex.Options = [.multiline]
        if try spec.bool("case-insensitive", default: false) { options.insert(.caseInsensitive) }
        guard let pattern = try spec.string("pattern", required: true) else { throw spec.error("missing pattern") }
        let body = try spec.expandSets(in: pattern, key: "pattern", caseInsensitive: options.contains(.caseInsensitive))
        do {
            _ = try ICURegex(body)
            regex = try ICURegex("^[ \\t\\u00A0]*(?:\(body))[ \\t\\u00A0\\r]*$", options: options, timeLimit: RuleSpec.regexTimeLimit)
        } catch let syntax as ICURegex.SyntaxError {
            throw spec.error("invalid regex in 'pattern': \(syntax.reason) near pattern offset \(syntax.offset) in '\(pattern)'", at: "pattern")
        }
        position = try spec.choice("position", default: .anywhere)
        within = try spec.int("within", default: 3)
        following = try spec.choice("following", default: .none)
        if within < 1 { throw spec.error("'within' must be at least 1", at: "within") }
    }

    func edits(in document: Document) throws -> [Edit] {
        let matches = try regex.matches(in: document.buffer)
        guard !matches.isEmpty else { return [] }
        let nonBlank = document.lines.indices.filter { !document.isBlank(document.lines[$0]) }
        var edits: [Edit] = []
        for match in matches {
            let lineIndex = document.lineIndex(containing: match.range.lowerBound)
            guard let rank = nonBlank.firstIndex(of: lineIndex) else { continue }
            switch position {
            case .anywhere: break
            case .start: guard rank < within else { continue }
            case .end: guard rank >= nonBlank.count - within else { continue }
            case .edge: guard rank < within || rank >= nonBlank.count - within else { continue }
            }
            let line = document.lines[lineIndex]
            if following == .headlines {
                let rest = nonBlank[(rank + 1)...].map { document.lines[$0] }
                if !rest.isEmpty, rest.allSatisfy({ isHeadline(document.string($0)) }) {
                    edits.append(info.edit(line.lowerBound..<document.count, "", message: info.message + " (with the headlines after it)"))
                    continue
                }
            }
            edits.append(info.edit(document.removalRange(ofLine: lineIndex), ""))
        }
        return edits
    }

    /// A short line starting with an uppercase letter and not ending like a sentence.
    private func isHeadline(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces
        guard let first = trimmed.unicodeScalars.first, let last = trimmed.unicodeScalars.last else { return false }
        let words = trimmed.split(separator: " ").count
        return CharacterCategory.isUppercase(first) && !".!?…\"”’:;)".unicodeScalars.contains(last)
            && words <= Self.headlineWordLimit
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and no-break spaces.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\r" }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[start...end])
    }
}

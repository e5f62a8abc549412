import ICU

/// Runs rules phase by phase, resolves overlapping edits, applies them and reports every change
/// against the user's original input.
///
/// Within a phase the rules run in rounds: every rule sees the same text, the winning edits are
/// applied together, and the phase runs again on the result until nothing changes (at most
/// `maximumRounds`), so a phase's output is stable under its own rules.
struct Engine: Sendable {
    /// Rules in run order (by phase, then load order).
    let rules: [any Rule]
    /// Upper bound on rounds per phase.
    static let maximumRounds = 4

    init(rules: [any Rule]) {
        self.rules = rules.enumerated()
            .sorted { ($0.element.info.phase, $0.offset) < ($1.element.info.phase, $1.offset) }
            .map(\.element)
    }

    func run(_ original: String, locale: String, applySuggestions: Bool) throws -> CleanResult {
        var text = original
        var map = PositionMap()
        let locator = SourceLocator(original)
        var report = Report()
        let order = Dictionary(rules.enumerated().map { ($1.info.id, $0) }, uniquingKeysWith: { first, _ in first })
        let phases = Dictionary(grouping: rules, by: \.info.phase)

        for phase in Phase.allCases {
            guard let phaseRules = phases[phase] else { continue }
            for _ in 0..<Self.maximumRounds {
                let document = Document(text, locale: locale)
                var proposals: [(edit: Edit, order: Int)] = []
                for rule in phaseRules {
                    for edit in try edits(of: rule, in: document) {
                        if edit.level == .suggest && !applySuggestions {
                            report.add(edit, phase: phase, document: document, map: map, locator: locator, into: \.suggestions)
                        } else {
                            proposals.append((edit, order[edit.ruleID] ?? Int.max))
                        }
                    }
                }
                let (accepted, conflicts) = EditResolver.resolve(proposals)
                for conflict in conflicts {
                    report.add(conflict.loser, phase: phase, document: document, map: map, locator: locator,
                               into: \.conflicts, overriddenBy: conflict.winner.ruleID)
                }
                let effective = accepted.filter { !document.string($0.range).isIdentical(to: $0.replacement) }
                guard !effective.isEmpty else { break }
                for edit in effective {
                    report.add(edit, phase: phase, document: document, map: map, locator: locator, into: \.applied)
                }
                text = Self.apply(effective, to: document)
                map.record(effective)
            }
        }
        return CleanResult(text: text, applied: report.applied, suggestions: report.suggestions, conflicts: report.conflicts)
    }

    private func edits(of rule: any Rule, in document: Document) throws -> [Edit] {
        do {
            return try rule.edits(in: document)
        } catch let error as ICUError where error.isTimeout {
            throw TidingsError.regexTimeout(ruleID: rule.info.id, file: rule.info.file, line: rule.info.line)
        } catch let error as ICUError {
            throw TidingsError.ruleFailed(ruleID: rule.info.id, reason: error.description)
        }
    }

    /// The text with sorted, non-overlapping edits applied.
    static func apply(_ edits: [Edit], to document: Document) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(document.count + 64)
        var position = 0
        for edit in edits {
            units.append(contentsOf: document.units[position..<edit.range.lowerBound])
            units.append(contentsOf: edit.replacement.utf16)
            position = edit.range.upperBound
        }
        units.append(contentsOf: document.units[position..<document.count])
        return String(decoding: units, as: UTF16.self)
    }

    /// Collects reported edits, mapped to the original input, without repeats across rounds.
    private struct Report {
        var applied: [ReportedEdit] = []
        var suggestions: [ReportedEdit] = []
        var conflicts: [ReportedEdit] = []
        private var seen: Set<String> = []

        mutating func add(_ edit: Edit, phase: Phase, document: Document, map: PositionMap, locator: SourceLocator,
                          into list: WritableKeyPath<Report, [ReportedEdit]>, overriddenBy: String? = nil) {
            let range = map.originalRange(of: edit.range)
            if list != \Report.applied {
                let key = "\(edit.ruleID)\u{0}\(range)\u{0}\(edit.replacement)"
                guard seen.insert(key).inserted else { return }
            }
            self[keyPath: list].append(ReportedEdit(
                ruleID: edit.ruleID, level: edit.level, phase: phase, message: edit.message,
                before: document.string(edit.range), after: edit.replacement,
                start: locator.location(of: range.lowerBound), end: locator.location(of: range.upperBound),
                overriddenBy: overriddenBy))
        }
    }
}

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
    /// The phases that have rules, in run order, each with its rules (with what the loop asks of
    /// every rule in every round, read once: its id, position in run order and `filesOnly`).
    private let phases: [(phase: Phase, rules: [(rule: any Rule, id: String, order: Int, filesOnly: Bool)])]
    /// Each rule id's position in run order (the tie-break between overlapping edits).
    private let order: [String: Int]

    init(rules: [any Rule]) {
        self.rules = rules.enumerated()
            .sorted { ($0.element.info.phase, $0.offset) < ($1.element.info.phase, $1.offset) }
            .map(\.element)
        let order = Dictionary(self.rules.enumerated().map { ($1.info.id, $0) }, uniquingKeysWith: { first, _ in first })
        let grouped = Dictionary(grouping: self.rules, by: \.info.phase)
        phases = Phase.allCases.compactMap { phase in
            grouped[phase].map { rules in
                (phase, rules.map { rule in (rule, rule.info.id, order[rule.info.id] ?? Int.max, rule.info.filesOnly) })
            }
        }
        self.order = order
    }

    func run(_ original: String, locale: String, applySuggestions: Bool, skipFilesOnly: Bool = false,
             locatesEdits: Bool = true) throws -> CleanResult {
        try run(Document(original, locale: locale), original: original, applySuggestions: applySuggestions,
                skipFilesOnly: skipFilesOnly, locatesEdits: locatesEdits)
    }

    /// Cleans a document. The result's text is `original` when nothing changed (the first
    /// document's text when `original` is nil), else the last document's, made a `String` only
    /// when asked for.
    func run(_ first: Document, original: String?, applySuggestions: Bool, skipFilesOnly: Bool = false,
             locatesEdits: Bool = true) throws -> CleanResult {
        // One document is shared by every phase and round until edits change the text; the text
        // stays in UTF-16 between rounds.
        var document = first
        var map = PositionMap()
        var report = Report(original: document, locatesEdits: locatesEdits)
        var changed = false

        for (phase, phaseRules) in phases {
            for _ in 0..<Self.maximumRounds {
                var proposals: [(edit: Edit, order: Int)] = []
                var suggestions: [Edit] = []
                for (rule, id, ruleOrder, filesOnly) in phaseRules where !(skipFilesOnly && filesOnly) {
                    for edit in try edits(of: rule, in: document) {
                        if edit.level == .suggest && !applySuggestions {
                            suggestions.append(edit)
                        } else {
                            proposals.append((edit, edit.ruleID == id ? ruleOrder : order[edit.ruleID] ?? Int.max))
                        }
                    }
                }
                let (accepted, conflicts) = EditResolver.resolve(proposals)
                // A suggestion that an applied edit makes anyway (same range and text) is not reported.
                for suggestion in suggestions where !accepted.contains(where: {
                    $0.range == suggestion.range && $0.replacement.isIdentical(to: suggestion.replacement)
                }) {
                    report.add(suggestion, phase: phase, document: document, map: map, into: \.suggestions)
                }
                guard !proposals.isEmpty else { break }
                for conflict in conflicts {
                    report.add(conflict.loser, phase: phase, document: document, map: map,
                               into: \.conflicts, overriddenBy: conflict.winner.ruleID)
                }
                let effective = accepted.filter { !Self.replaces(document, $0.range, withSameTextAs: $0.replacement) }
                guard !effective.isEmpty else { break }
                for edit in effective {
                    report.add(edit, phase: phase, document: document, map: map, into: \.applied)
                }
                var changedRanges: [Range<Int>] = []
                let units = Self.apply(effective, to: document, changed: &changedRanges)
                document = Document(units: units, editedFrom: document, changed: changedRanges, replaced: effective.map(\.range))
                map.record(effective)
                changed = true
            }
        }
        if !changed, let original {
            return CleanResult(text: original, applied: report.applied, suggestions: report.suggestions, conflicts: report.conflicts)
        }
        return CleanResult(buffer: document.buffer, applied: report.applied, suggestions: report.suggestions, conflicts: report.conflicts)
    }

    /// Whether a replacement equals the text it replaces, unit for unit.
    private static func replaces(_ document: Document, _ range: Range<Int>, withSameTextAs replacement: String) -> Bool {
        let replacementUnits = replacement.utf16
        guard replacementUnits.count == range.count else { return false }
        return replacementUnits.elementsEqual(document.units[range])
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
    static func apply(_ edits: [Edit], to document: Document) -> [UInt16] {
        var changed: [Range<Int>] = []
        return apply(edits, to: document, changed: &changed)
    }

    /// The text with sorted, non-overlapping edits applied; `changed` gets where each replacement now lies.
    static func apply(_ edits: [Edit], to document: Document, changed: inout [Range<Int>]) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(document.count + 64)
        var position = 0
        for edit in edits {
            units.append(contentsOf: document.units[position..<edit.range.lowerBound])
            let start = units.count
            units.append(contentsOf: edit.replacement.utf16)
            changed.append(start..<units.count)
            position = edit.range.upperBound
        }
        units.append(contentsOf: document.units[position..<document.count])
        return units
    }

    /// Collects reported edits, mapped to the original input, without repeats across rounds.
    private struct Report {
        var applied: [ReportedEdit] = []
        var suggestions: [ReportedEdit] = []
        var conflicts: [ReportedEdit] = []
        private var seen: Set<String> = []
        private let original: Document
        private let locatesEdits: Bool
        private var locatorStorage: SourceLocator?

        init(original: Document, locatesEdits: Bool) {
            self.original = original
            self.locatesEdits = locatesEdits
        }

        /// Finds lines and columns in the original input; built on the first edit reported.
        private var locator: SourceLocator {
            mutating get {
                if let locatorStorage { return locatorStorage }
                let locator = SourceLocator(original)
                locatorStorage = locator
                return locator
            }
        }

        mutating func add(_ edit: Edit, phase: Phase, document: Document, map: PositionMap,
                          into list: WritableKeyPath<Report, [ReportedEdit]>, overriddenBy: String? = nil) {
            let range = map.originalRange(of: edit.range)
            if list != \Report.applied {
                let key = "\(edit.ruleID)\u{0}\(range)\u{0}\(edit.replacement)"
                guard seen.insert(key).inserted else { return }
            }
            var start = SourceLocation.unknown, end = SourceLocation.unknown
            if locatesEdits {
                let locator = self.locator
                start = locator.location(of: range.lowerBound)
                end = locator.location(of: range.upperBound)
            }
            self[keyPath: list].append(ReportedEdit(
                ruleID: edit.ruleID, level: edit.level, phase: phase, message: edit.message,
                before: document.string(edit.range), after: edit.replacement, start: start, end: end,
                overriddenBy: overriddenBy))
        }
    }
}

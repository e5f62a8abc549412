import ICU

/// `kind: mojibake` — repairs UTF-8 text that was decoded as Windows-1252 or Latin-1, or as a
/// Central European code page (Windows-1250, ISO-8859-2, ISO-8859-16).
///
/// Field `repair`:
/// - `utf8` (default): runs like `cafÃ©`, `â€™`, `Ã¢â‚¬â„¢` (twice damaged), `Â ` before a space,
///   `JosĂ©`, `ZamandĂș` are re-encoded and decoded as UTF-8 when `MojibakeDetector` finds the
///   result clearly better: a run repairs on its own with a score of 2, or with 1 in a paragraph
///   holding such a repair. A run that may be real Romanian (`Ăștia`) or that two code pages
///   read differently (`MĂźller`) is only suggested.
/// - `c1-controls`: C1 control characters outside such runs become the Windows-1252 characters
///   they stand for (U+0092 → `’`); the five bytes cp1252 leaves undefined are removed.
struct MojibakeRule: Rule {
    /// What the rule repairs.
    enum Repair: String, CaseIterable, Sendable {
        case utf8
        case c1Controls = "c1-controls"
    }

    let info: RuleInfo
    let repair: Repair

    init(spec: RuleSpec) throws {
        info = spec.info
        repair = try spec.choice("repair", default: .utf8)
    }

    func edits(in document: Document) throws -> [Edit] {
        switch repair {
        case .utf8:
            return try Self.repairs(in: document).map { candidate in
                let replacement = String(decoding: candidate.replacement, as: UTF16.self)
                if let uncertainty = candidate.uncertainty {
                    return info.edit(candidate.range, replacement, message: Self.message(for: uncertainty), level: .suggest)
                }
                return info.edit(candidate.range, replacement, message: candidate.isCentralEuropean ? Self.centralEuropeanMessage : nil)
            }
        case .c1Controls:
            return try c1Edits(in: document)
        }
    }

    /// The message of a repair of text read in a Central European code page.
    static let centralEuropeanMessage = "Mojibake repaired (UTF-8 text that had been decoded as Windows-1250, ISO-8859-2 or ISO-8859-16)"
    /// The message of a repair that is not certain, only suggested.
    static func message(for uncertainty: MojibakeDetector.Uncertainty) -> String {
        switch uncertainty {
        case .mayBeRomanian:
            return "Possible mojibake (UTF-8 text decoded as Windows-1250 or ISO-8859-16), only suggested: it may be Romanian"
        case .otherReading:
            return "Possible mojibake (UTF-8 text decoded as Windows-1250 or ISO-8859-2), only suggested: "
                + "the two code pages read it as different characters"
        }
    }

    /// The runs to repair: those scoring `standaloneScore`, and those scoring `contextScore` in a
    /// paragraph that holds one of the first kind. Uncertain runs (`Candidate.uncertainty`) are
    /// among them on the same terms, to be suggested, but never make a paragraph confident.
    static func repairs(in document: Document) throws -> [MojibakeDetector.Candidate] {
        let candidates = try MojibakeDetector.candidates(in: document.units)
        guard !candidates.isEmpty else { return [] }
        let paragraphs = document.paragraphs
        func paragraph(of candidate: MojibakeDetector.Candidate) -> Int? {
            var low = 0
            var high = paragraphs.count
            while low < high {  // the first paragraph ending after the candidate's start
                let mid = (low + high) / 2
                if paragraphs[mid].upperBound <= candidate.range.lowerBound { low = mid + 1 } else { high = mid }
            }
            return low < paragraphs.count && paragraphs[low].contains(candidate.range.lowerBound) ? low : nil
        }
        let confident = Set(candidates.filter { $0.score >= MojibakeDetector.standaloneScore && $0.uncertainty == nil }.compactMap(paragraph))
        return candidates.filter { candidate in
            candidate.score >= MojibakeDetector.standaloneScore
                || (candidate.score >= MojibakeDetector.contextScore && paragraph(of: candidate).map(confident.contains) == true)
        }
    }

    /// The ranges `repairs` would repair among runs holding a C1 control, mostly without scoring the
    /// other runs: a run scoring `contextScore` exactly depends on its paragraph, and only then are
    /// all runs scored.
    private static func repairedRangesHoldingC1Controls(in document: Document) throws -> [Range<Int>] {
        let candidates = try MojibakeDetector.candidates(in: document.units, onlyRunsWithC1Controls: true)
        if candidates.contains(where: { $0.score >= MojibakeDetector.contextScore && $0.score < MojibakeDetector.standaloneScore }) {
            return try repairs(in: document).map(\.range)
        }
        return candidates.filter { $0.score >= MojibakeDetector.standaloneScore }.map(\.range)
    }

    private func c1Edits(in document: Document) throws -> [Edit] {
        let units = document.units
        /// The first C1 control from `start` on (`units.count` when there is none).
        func nextC1Control(from start: Int) -> Int {
            BlockScan.first(in: units, from: start, to: units.count) { $0 &- 0x80 < 0x20 }
        }
        var index = nextC1Control(from: 0)
        guard index < units.count else { return [] }
        let repaired = try Self.repairedRangesHoldingC1Controls(in: document)  // sorted by position
        var next = 0
        var edits: [Edit] = []
        while index < units.count {
            defer { index = nextC1Control(from: index + 1) }
            let unit = units[index]
            while next < repaired.count && repaired[next].upperBound <= index { next += 1 }
            guard next == repaired.count || !repaired[next].contains(index) else { continue }
            if let character = SloppyWindows1252.controlReplacements[UInt8(unit)] {
                edits.append(info.edit(index..<(index + 1), String(decoding: [character], as: UTF16.self)))
            } else {
                edits.append(info.edit(index..<(index + 1), "", message: "C1 control character removed (undefined in Windows-1252)"))
            }
        }
        return edits
    }
}

internal import CICUShim

/// A compiled ICU regular expression (`uregex`), safe to share: each search runs on its own clone.
public final class ICURegex: @unchecked Sendable {
    /// Pattern options (ICU's URegexpFlag bits).
    public struct Options: OptionSet, Sendable {
        /// The raw ICU flag bits.
        public let rawValue: UInt32
        /// Creates options from ICU flag bits.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// Case-insensitive matching (`UREGEX_CASE_INSENSITIVE`).
        public static let caseInsensitive = Options(rawValue: 2)
        /// Whitespace and `#` comments in the pattern are ignored (`UREGEX_COMMENTS`).
        public static let comments = Options(rawValue: 4)
        /// `.` matches line ends too (`UREGEX_DOTALL`).
        public static let dotAll = Options(rawValue: 32)
        /// `^` and `$` match at line boundaries (`UREGEX_MULTILINE`).
        public static let multiline = Options(rawValue: 8)
        /// `\b` uses Unicode word boundaries (`UREGEX_UWORD`).
        public static let unicodeWordBoundaries = Options(rawValue: 256)
    }

    /// A syntax error in a pattern, with ICU's reason and the UTF-16 offset of the problem.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        /// ICU's error name, e.g. `U_REGEX_MISSING_CLOSE_BRACKET`.
        public let reason: String
        /// UTF-16 offset into the pattern where ICU stopped.
        public let offset: Int
        /// A readable description.
        public var description: String { "\(reason) at pattern offset \(offset)" }
    }

    /// The pattern as written.
    public let pattern: String
    /// ICU time limit for one search over a short text (ICU "steps", roughly milliseconds; 0 = none).
    /// A search over a longer text gets one more step per `timeLimitTextUnitsPerStep` UTF-16 units,
    /// so a legitimate scan of a large document is not mistaken for a runaway pattern.
    public let timeLimit: Int32
    /// Text length (UTF-16 units) that earns one extra step of time limit.
    public static let timeLimitTextUnitsPerStep = 200
    private let compiled: OpaquePointer
    /// Number of capture groups.
    public let groupCount: Int
    /// Skips searches in texts lacking a literal every match needs (nil when none is known).
    private let prefilter: RegexPrefilter?
    /// The units a match can start with, for skipping line starts (nil when unknown).
    private let startUnits: RegexStartUnits?
    /// The positions a match can start at, by its leading units (nil when unknown).
    private let candidates: RegexCandidateFilter?

    /// Whether every match starts at a line start (`^` heads the whole pattern in multiline mode),
    /// so a search only needs to try line starts.
    public let isLineAnchored: Bool

    /// Whether line starts are skipped by the unit a match must start with (for tests and diagnostics).
    public var hasStartUnits: Bool { startUnits != nil }

    /// Whether searches can be skipped by a literal check (for tests and diagnostics).
    public var hasPrefilter: Bool { prefilter != nil }

    /// Whether searches only try positions whose leading units can start a match (for tests and diagnostics).
    public var hasCandidateFilter: Bool { candidates != nil }

    /// Compiles a pattern; throws `SyntaxError` with ICU's reason and offset when it is invalid.
    public init(_ pattern: String, options: Options = [], timeLimit: Int32 = 0) throws {
        self.pattern = pattern
        self.timeLimit = timeLimit
        let units = Array(pattern.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let handle = units.withUnsafeBufferPointer {
            cicu_regex_open($0.baseAddress, Int32($0.count), options.rawValue, &line, &offset, &status)
        }
        guard let handle, status <= 0 else {
            if let handle { cicu_regex_close(handle) }
            throw SyntaxError(reason: String(cString: cicu_error_name(status)), offset: Int(offset))
        }
        compiled = OpaquePointer(handle)
        var countStatus: Int32 = 0
        groupCount = Int(cicu_regex_group_count(handle, &countStatus))
        let reading = RegexLiteralAnalyzer.Reading(pattern)
        let caseInsensitive = options.contains(.caseInsensitive)
        let comments = options.contains(.comments)
        prefilter = RegexPrefilter(reading: reading, caseInsensitive: caseInsensitive, comments: comments)
        isLineAnchored = options.contains(.multiline) && !comments && RegexLiteralAnalyzer.isLineAnchored(pattern)
        startUnits = isLineAnchored ? RegexStartUnits(reading: reading, caseInsensitive: caseInsensitive, comments: false) : nil
        candidates = Self.mentionsPreviousMatchEnd(pattern) ? nil
            : RegexCandidateFilter(reading: reading, caseInsensitive: caseInsensitive, comments: comments)
    }

    deinit { cicu_regex_close(UnsafeMutableRawPointer(compiled)) }

    /// Whether the pattern holds `\G` (the end of the previous match), which ties matches to where
    /// the search resumes, so positions cannot be skipped. A byte scan: `String.contains` with a
    /// string argument goes through the generic string-processing search, far slower.
    static func mentionsPreviousMatchEnd(_ pattern: String) -> Bool {
        var afterBackslash = false
        for byte in pattern.utf8 {
            if afterBackslash && byte == UInt8(ascii: "G") { return true }
            afterBackslash = byte == UInt8(ascii: "\\")
        }
        return false
    }

    /// A new matcher over `text` (one per search; not shared between threads).
    public func matcher(for text: TextBuffer) throws -> Matcher {
        var status: Int32 = 0
        guard let clone = cicu_regex_clone(UnsafeMutableRawPointer(compiled), &status), status <= 0 else {
            throw ICUError(code: status == 0 ? 1 : status)
        }
        let limit = timeLimit > 0 ? timeLimit + Int32(clamping: text.count / Self.timeLimitTextUnitsPerStep) : 0
        return try Matcher(handle: clone, text: text, timeLimit: limit)
    }

    /// Number of the named capture group, if the pattern has one by that name.
    public func groupNumber(named name: String) -> Int? {
        let units = Array(name.utf16)
        var status: Int32 = 0
        let number = units.withUnsafeBufferPointer {
            cicu_regex_group_number(UnsafeMutableRawPointer(compiled), $0.baseAddress, Int32($0.count), &status)
        }
        return status > 0 ? nil : Int(number)
    }

    /// Every match in `text` within `range` (default: all), as arrays of group ranges (index 0 = whole match).
    public func matches(in text: TextBuffer, range: Range<Int>? = nil) throws -> [Match] {
        if let prefilter, !prefilter.mayMatch(text.fingerprint) { return [] }
        if isLineAnchored && range == nil { return try lineStartMatches(in: text) }
        // The matcher (an ICU clone) is made when a position is to be tried: most searches of a
        // filtered pattern find no candidate at all.
        var matcher: Matcher?
        var result: [Match] = []
        var position = range?.lowerBound ?? 0
        let limit = range?.upperBound ?? text.count
        if let candidates, !(candidates.caseInsensitive && text.fingerprint.hasASCIIFoldingCharacters) {
            position = try candidateMatches(candidates, matcher: &matcher, in: text, from: position, before: limit, into: &result)
        }
        guard position <= limit else { return result }
        let searcher = try matcher ?? self.matcher(for: text)
        while position <= limit, let match = try searcher.find(from: position), match.range.upperBound <= limit {
            result.append(match)
            position = match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound
        }
        return result
    }

    /// Candidates tried before the filter is judged: when more than one position in
    /// `candidateDensityLimit` is a candidate, ICU's own search is cheaper.
    static let candidatesBeforeJudging = 64
    static let candidateDensityLimit = 4
    /// Time spent trying candidates after which ICU's own search (and its time limit) takes over.
    static let candidateTimeBudget = Duration.milliseconds(50)

    /// The matches starting at candidate positions in `start..<limit`, tried in order as ICU's search
    /// would (a match found, the search goes on at its end). Returns where the search stopped:
    /// `Int.max` when it is complete, else the position from which ICU's own search must go on (the
    /// filter let too many positions through, or trying them took too long).
    /// `matcher` is made at the first candidate if it is nil.
    private func candidateMatches(_ filter: RegexCandidateFilter, matcher: inout Matcher?, in text: TextBuffer,
                                  from start: Int, before limit: Int, into result: inout [Match]) throws -> Int {
        let clock = ContinuousClock()
        var began: ContinuousClock.Instant?
        var position = start
        var tried = 0
        while let candidate = filter.next(in: text.units, from: position, before: limit) {
            tried += 1
            if tried % Self.candidatesBeforeJudging == 0 {
                let tooDense = tried * Self.candidateDensityLimit > candidate - start
                if tooDense || clock.now - (began ?? clock.now) > Self.candidateTimeBudget { return candidate }
            }
            if matcher == nil {
                began = clock.now
                matcher = try self.matcher(for: text)
            }
            guard let match = try matcher!.lookingAt(from: candidate) else {
                position = candidate + 1
                continue
            }
            // A match ending past the limit ends the search, as it would end ICU's.
            guard match.range.upperBound <= limit else { return Int.max }
            result.append(match)
            position = match.range.upperBound  // never empty: the filter needs at least one unit
        }
        return Int.max
    }

    /// The matches of a line-anchored pattern, found by trying each line start in turn: the positions
    /// ICU's own search tries for such a pattern (the text start, and after each line terminator,
    /// CR LF counting as one), skipping those inside an earlier match and those where the units
    /// cannot start a match (the start units, the candidate filter). Much cheaper than a search,
    /// which steps through every character.
    private func lineStartMatches(in text: TextBuffer) throws -> [Match] {
        var matcher: Matcher?   // made at the first line start to try
        var result: [Match] = []
        var earliest = 0
        let units = text.units
        let filter = candidates.flatMap { $0.caseInsensitive && text.fingerprint.hasASCIIFoldingCharacters ? nil : $0 }
        for position in text.lineStarts where position >= earliest {
            if let startUnits, position < units.count, !startUnits.contains(units[position]) { continue }
            if let filter, !filter.mayStart(at: position, in: units) { continue }
            if matcher == nil { matcher = try self.matcher(for: text) }
            guard let match = try matcher!.lookingAt(from: position) else { continue }
            result.append(match)
            earliest = match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound
        }
        return result
    }

    /// Whether a match lies wholly within `range` of `text` (lookarounds and `\b` still see the text
    /// around it). Unlike `matches(in:range:)`, the search never looks past the range, so asking
    /// about each line of a long text costs what the lines hold, not what follows them.
    public func containsMatch(in text: TextBuffer, range: Range<Int>) throws -> Bool {
        if let prefilter, !prefilter.mayMatch(text.fingerprint) { return false }
        return try matcher(for: text).find(in: range)
    }

    /// Whether the whole of `text` matches the pattern.
    public func wholeMatch(_ text: String) throws -> Bool {
        let buffer = TextBuffer(text)
        return try matcher(for: buffer).matchesWhole()
    }

    /// One match: the range of the whole match and of every capture group (nil when a group did not take part).
    public struct Match: Equatable, Sendable {
        /// Group ranges in UTF-16 offsets; index 0 is the whole match.
        public var groups: [Range<Int>?]
        /// The whole match.
        public var range: Range<Int> { groups[0]! }
    }

    /// A search over one text with a private clone of the pattern.
    public final class Matcher {
        private let handle: UnsafeMutableRawPointer
        private let text: TextBuffer

        init(handle: UnsafeMutableRawPointer, text: TextBuffer, timeLimit: Int32) throws {
            self.handle = handle
            self.text = text
            var status: Int32 = 0
            cicu_regex_set_text(handle, text.units.baseAddress, Int32(text.count), &status)
            if timeLimit > 0 { cicu_regex_set_time_limit(handle, timeLimit, &status) }
            if status > 0 {
                cicu_regex_close(handle)
                throw ICUError(code: status)
            }
        }

        deinit { cicu_regex_close(handle) }

        /// The first match starting at or after `start`, or nil; throws on a time-out.
        public func find(from start: Int) throws -> Match? {
            guard start <= text.count else { return nil }
            var status: Int32 = 0
            let found = cicu_regex_find_from(handle, Int32(start), &status)
            try ICUError.check(status)
            return found != 0 ? try currentMatch() : nil
        }

        /// Whether a match lies wholly within `range` (transparent bounds); throws on a time-out.
        public func find(in range: Range<Int>) throws -> Bool {
            var status: Int32 = 0
            let found = cicu_regex_find_in_region(handle, Int32(range.lowerBound), Int32(range.upperBound), &status)
            try ICUError.check(status)
            return found != 0
        }

        /// The next match after the previous one, or nil; throws on a time-out.
        public func next() throws -> Match? {
            var status: Int32 = 0
            let found = cicu_regex_find_next(handle, &status)
            try ICUError.check(status)
            return found != 0 ? try currentMatch() : nil
        }

        /// The match starting exactly at `start`, if any (the rest of the text is context); throws on a time-out.
        public func lookingAt(from start: Int) throws -> Match? {
            var status: Int32 = 0
            let found = cicu_regex_looking_at(handle, Int32(start), Int32(text.count), &status)
            try ICUError.check(status)
            return found != 0 ? try currentMatch() : nil
        }

        /// Whether the whole text matches.
        public func matchesWhole() throws -> Bool {
            var status: Int32 = 0
            let result = cicu_regex_matches(handle, &status)
            try ICUError.check(status)
            return result != 0
        }

        private func currentMatch() throws -> Match {
            var status: Int32 = 0
            let count = Int(cicu_regex_group_count(handle, &status))
            var groups: [Range<Int>?] = []
            groups.reserveCapacity(count + 1)
            for group in 0...count {
                let start = cicu_regex_start(handle, Int32(group), &status)
                let end = cicu_regex_end(handle, Int32(group), &status)
                groups.append(start >= 0 && end >= start ? Int(start)..<Int(end) : nil)
            }
            try ICUError.check(status)
            return Match(groups: groups)
        }
    }
}

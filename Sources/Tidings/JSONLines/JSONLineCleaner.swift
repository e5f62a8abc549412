import ICU

/// Cleans chosen string fields of one JSON Lines record. The cleaned strings are spliced into the
/// original bytes, so every other field keeps its value, spelling and key order byte for byte.
public struct JSONLineCleaner: Sendable {
    /// The fields cleaned in each record.
    public let fields: [JSONFieldPath]
    private let cleaner: Cleaner
    private let options: CleanOptions
    private let lossy: Bool
    private let scanner: JSONFieldScanner
    private static let idPath = JSONFieldPath(keys: ["id"])

    /// A record cleaner for the given fields; `lossy` replaces invalid UTF-8 in a field with U+FFFD instead of skipping it.
    /// Fields are cleaned as fields (`CleanOptions.isField`): rules about whole files, like the final newline, are skipped.
    /// The outcome counts edits but does not locate them (`CleanOptions.locatesEdits` is off).
    public init(cleaner: Cleaner, fields: [JSONFieldPath], options: CleanOptions = CleanOptions(), lossy: Bool = false) {
        var unique: [JSONFieldPath] = []
        for field in fields where !unique.contains(field) { unique.append(field) }
        self.fields = unique
        self.cleaner = cleaner
        var options = options
        options.isField = true
        options.locatesEdits = false
        self.options = options
        self.lossy = lossy
        self.scanner = JSONFieldScanner(paths: unique + [Self.idPath])
    }

    /// Cleans one record (a line without its terminator). Throws only when a rule fails.
    public func clean(_ line: UnsafeBufferPointer<UInt8>) throws -> JSONLineOutcome {
        var outcome = JSONLineOutcome(passingThrough: [])
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            outcome.isBlank = true
            outcome.line = Array(line)
            return outcome
        }
        let found: [[JSONFieldScanner.Value]]
        do {
            found = try scanner.scan(line)
        } catch {
            outcome.syntaxError = error
            outcome.line = Array(line)
            return outcome
        }
        if let id = found[fields.count].first, id.kind == .string || id.kind == .number {
            outcome.id = Array(line[id.range])
        }
        var splices: [(range: Range<Int>, bytes: [UInt8])] = []
        for (field, values) in zip(fields, found) {
            guard !values.isEmpty else {
                outcome.problems.append(.init(field: field, kind: .missing))
                continue
            }
            for value in values {
                guard value.kind == .string else {
                    outcome.problems.append(.init(field: field, kind: .notString))
                    continue
                }
                let contents = UnsafeBufferPointer(rebasing: line[(value.range.lowerBound + 1)..<(value.range.upperBound - 1)])
                let decoded: (buffer: TextBuffer, prefersASCIIEscapes: Bool, replacements: Int)
                do {
                    decoded = try JSONStringCodec.decodeBuffer(contents, lossy: lossy)
                } catch {
                    outcome.problems.append(.init(field: field, kind: .undecodable, detail: "\(error.reason) at byte \(value.range.lowerBound + 1 + error.offset)"))
                    continue
                }
                // The text stays UTF-16 from the record's bytes to the cleaned field's bytes.
                let result = try cleaner.clean(decoded.buffer, options: options)
                outcome.cleaned.append(.init(field: field, result: result))
                let cleaned = result.buffer ?? decoded.buffer
                if decoded.replacements > 0 || (cleaned !== decoded.buffer && !cleaned.units.elementsEqual(decoded.buffer.units)) {
                    var bytes: [UInt8] = []
                    JSONStringCodec.encode(units: cleaned.units, asciiOnly: decoded.prefersASCIIEscapes, into: &bytes)
                    splices.append((value.range, bytes))
                }
            }
        }
        outcome.line = Self.splice(splices, into: line)
        outcome.changed = !splices.isEmpty
        return outcome
    }

    /// The line with each range replaced by its bytes.
    private static func splice(_ splices: [(range: Range<Int>, bytes: [UInt8])], into line: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard !splices.isEmpty else { return Array(line) }
        var output: [UInt8] = []
        output.reserveCapacity(line.count + 64)
        var position = 0
        for splice in splices.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            output.append(contentsOf: line[position..<splice.range.lowerBound])
            output.append(contentsOf: splice.bytes)
            position = splice.range.upperBound
        }
        output.append(contentsOf: line[position...])
        return output
    }
}

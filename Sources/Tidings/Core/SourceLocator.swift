import ICU

/// Turns UTF-16 offsets in a text into line, column and UTF-8 offset.
///
/// Lines come from the document (`Document.lines`, shared with the rules). For columns and UTF-8
/// offsets the locator keeps, for each block of `blockSize` units, how many UTF-8 bytes and how
/// many Unicode scalars come before it, so a location needs at most two partial blocks counted.
struct SourceLocator {
    private let buffer: TextBuffer
    private var units: UnsafeBufferPointer<UInt16> { buffer.units }
    /// The document's lines (their starts are what matters).
    private let lines: [Range<Int>]
    /// UTF-8 bytes before each block of `blockSize` units (one entry more than there are whole blocks).
    private var bytesBefore: [Int] = []
    /// Scalars (units that are not trail surrogates) before each block of `blockSize` units.
    private var scalarsBefore: [Int] = []
    /// Units per block of counts.
    private static var blockSize: Int { 64 }

    init(_ text: String) {
        self.init(Document(text))
    }

    /// A locator over a document's text (its buffer and lines are kept, not copied).
    init(_ document: Document) {
        buffer = document.buffer
        lines = document.lines
        let blocks = units.count / Self.blockSize
        bytesBefore.reserveCapacity(blocks + 1)
        scalarsBefore.reserveCapacity(blocks + 1)
        var bytes = 0, scalars = 0
        for block in 0...blocks {
            bytesBefore.append(bytes)
            scalarsBefore.append(scalars)
            guard block < blocks else { break }
            let counts = Self.counts(UnsafeBufferPointer(rebasing: units[(block * Self.blockSize)..<((block + 1) * Self.blockSize)]))
            bytes += counts.bytes
            scalars += counts.scalars
        }
    }

    /// UTF-8 bytes and scalars for a run of UTF-16 units: one byte each, one more from U+0080, one
    /// more from U+0800, one less per surrogate (a pair is 4); a scalar for each unit but trail
    /// surrogates. Counted without branches in 16-bit sums (so the loop vectorizes), 64 units at a
    /// time (at most 2 extra bytes a unit: the sums cannot overflow).
    static func counts(_ units: UnsafeBufferPointer<UInt16>) -> (bytes: Int, scalars: Int) {
        guard let base = units.baseAddress else { return (0, 0) }
        func bit(_ condition: Bool) -> UInt16 { UInt16(unsafeBitCast(condition, to: UInt8.self)) }
        var extraBytes = 0, trails = 0
        var start = 0
        while start < units.count {
            let end = min(start + 64, units.count)
            var chunkExtraBytes: UInt16 = 0, chunkTrails: UInt16 = 0
            for index in start..<end {
                let unit = base[index]
                chunkExtraBytes &+= bit(unit >= 0x80) &+ bit(unit >= 0x800) &- bit(unit & 0xF800 == 0xD800)
                chunkTrails &+= bit(unit & 0xFC00 == 0xDC00)
            }
            extraBytes += Int(chunkExtraBytes)
            trails += Int(chunkTrails)
            start = end
        }
        return (units.count + extraBytes, units.count - trails)
    }

    /// UTF-8 bytes and scalars before a UTF-16 offset.
    private func counts(before offset: Int) -> (bytes: Int, scalars: Int) {
        let block = offset / Self.blockSize
        let rest = Self.counts(UnsafeBufferPointer(rebasing: units[(block * Self.blockSize)..<offset]))
        return (bytesBefore[block] + rest.bytes, scalarsBefore[block] + rest.scalars)
    }

    /// The location of a UTF-16 offset (clamped to the text).
    func location(of offset: Int) -> SourceLocation {
        let offset = min(max(0, offset), units.count)
        let line = lines.partitioningIndex { $0.lowerBound > offset } - 1  // the last line starting at or before it
        let atOffset = counts(before: offset)
        let atLineStart = counts(before: lines[line].lowerBound)
        return SourceLocation(line: line + 1, column: 1 + atOffset.scalars - atLineStart.scalars, utf8Offset: atOffset.bytes)
    }
}

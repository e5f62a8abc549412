import ICU

/// Turns UTF-16 offsets in a text into line, column and UTF-8 offset.
struct SourceLocator {
    private let buffer: TextBuffer
    private var units: UnsafeBufferPointer<UInt16> { buffer.units }
    /// UTF-16 offset and UTF-8 offset of each line start.
    private var lineStarts: [(utf16: Int, utf8: Int)] = [(0, 0)]

    init(_ text: String) {
        self.init(TextBuffer(text))
    }

    /// A locator over a text already in UTF-16 (the buffer is kept, not copied).
    init(_ buffer: TextBuffer) {
        self.buffer = buffer
        let units = buffer.units
        var bytes = 0
        var lineStart = 0
        for index in 0..<units.count where units[index] == 0x0A {
            bytes += Self.utf8Count(UnsafeBufferPointer(rebasing: units[lineStart...index]))
            lineStart = index + 1
            lineStarts.append((lineStart, bytes))
        }
    }

    /// UTF-8 bytes for a run of UTF-16 units, without branches so the loop vectorizes:
    /// one byte each, one more from U+0080, one more from U+0800, one less per surrogate (a pair is 4).
    private static func utf8Count(_ units: UnsafeBufferPointer<UInt16>) -> Int {
        var total = 0
        for unit in units {
            total &+= 1 &+ Int(truncatingIfNeeded: (unit >= 0x80 ? 1 : 0) &+ (unit >= 0x800 ? 1 : 0) &- (unit & 0xF800 == 0xD800 ? 1 : 0))
        }
        return total
    }

    /// The location of a UTF-16 offset (clamped to the text).
    func location(of offset: Int) -> SourceLocation {
        let offset = min(max(0, offset), units.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid].utf16 <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var bytes = lineStarts[low].utf8
        for index in lineStarts[low].utf16..<offset {
            bytes += Self.utf8Length(of: units[index])
            if !UTF16.isTrailSurrogate(units[index]) { column += 1 }
        }
        return SourceLocation(line: low + 1, column: column, utf8Offset: bytes)
    }

    /// UTF-8 bytes for one UTF-16 unit (a surrogate pair counts 2 + 2 = 4).
    private static func utf8Length(of unit: UInt16) -> Int {
        if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) { return 2 }
        return unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3
    }
}

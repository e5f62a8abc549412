/// Checks that a JSON text is valid and finds where the values of chosen fields lie in it, without
/// building the object: callers splice new values into the original bytes, so every other byte
/// (key order, spacing, number spelling, escapes) stays as it was.
public struct JSONFieldScanner: Sendable {
    /// The kind of a JSON value.
    public enum ValueKind: Sendable, Equatable {
        /// One case per JSON value type.
        case string, number, object, array, bool, null
    }

    /// Where one value lies: its byte range (for a string, including the quotes) and its kind.
    public struct Value: Sendable, Equatable {
        /// Byte range of the value in the scanned text.
        public var range: Range<Int>
        /// What the value is.
        public var kind: ValueKind
    }

    /// Why a text is not JSON, and the byte offset where that became clear.
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Byte offset into the scanned text.
        public var offset: Int
        /// What was wrong.
        public var reason: String
        /// The reason and the 1-based column.
        public var description: String { "\(reason) at column \(offset + 1)" }
    }

    /// Deepest nesting accepted (deeper texts are rejected rather than risking the stack).
    public static let maximumDepth = 512

    private let paths: [[[UInt8]]]

    /// A scanner looking for the given fields.
    public init(paths: [JSONFieldPath]) {
        self.paths = paths.map { $0.keys.map { Array($0.utf8) } }
    }

    /// For each path (in the order given), the values found at it: none when absent, several when
    /// an object repeats a key. Throws when the text is not exactly one JSON value (surrounding
    /// white space and a leading byte order mark allowed).
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> [[Value]] {
        var cursor = Cursor(bytes: bytes, paths: paths)
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { cursor.position = 3 }
        cursor.skipSpace()
        try cursor.value(candidates: paths.isEmpty ? [] : Array(paths.indices), depth: 0)
        cursor.skipSpace()
        guard cursor.position == bytes.count else { throw cursor.error("unexpected text after the JSON value") }
        return cursor.found
    }

    /// The scanning state: position, and the values found so far.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        let paths: [[[UInt8]]]
        var position = 0
        var found: [[Value]]

        init(bytes: UnsafeBufferPointer<UInt8>, paths: [[[UInt8]]]) {
            self.bytes = bytes
            self.paths = paths
            self.found = Array(repeating: [], count: paths.count)
        }

        func error(_ reason: String) -> SyntaxError { SyntaxError(offset: position, reason: reason) }

        var current: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        /// Parses one value; `candidates` are the paths whose first `depth` keys led here.
        mutating func value(candidates: [Int], depth: Int) throws(SyntaxError) {
            guard depth <= JSONFieldScanner.maximumDepth else { throw error("nesting deeper than \(JSONFieldScanner.maximumDepth)") }
            guard let byte = current else { throw error("unexpected end of text, expected a value") }
            switch byte {
            case UInt8(ascii: "{"): try object(candidates: candidates, depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: throw error("unexpected character, expected a value")
            }
        }

        mutating func object(candidates: [Int], depth: Int) throws(SyntaxError) {
            position += 1
            skipSpace()
            if current == UInt8(ascii: "}") { position += 1; return }
            while true {
                guard current == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
                let key = try string()
                skipSpace()
                guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key") }
                position += 1
                skipSpace()
                var ending: [Int] = []
                var deeper: [Int] = []
                if !candidates.isEmpty {
                    let keyBytes = keyContents(key)
                    for index in candidates where paths[index][depth] == keyBytes {
                        if paths[index].count == depth + 1 { ending.append(index) } else { deeper.append(index) }
                    }
                }
                let start = position
                try value(candidates: deeper, depth: depth + 1)
                if !ending.isEmpty {
                    let found = Value(range: start..<position, kind: kind(at: start))
                    for index in ending { self.found[index].append(found) }
                }
                skipSpace()
                guard let next = current else { throw error("unexpected end of text inside an object") }
                position += 1
                if next == UInt8(ascii: "}") { return }
                guard next == UInt8(ascii: ",") else { position -= 1; throw error("expected ',' or '}' in an object") }
                skipSpace()
            }
        }

        /// The key's bytes with escapes decoded (raw bytes when it has none).
        private func keyContents(_ key: Range<Int>) -> [UInt8] {
            let inner = UnsafeBufferPointer(rebasing: bytes[(key.lowerBound + 1)..<(key.upperBound - 1)])
            guard inner.contains(UInt8(ascii: "\\")) else { return Array(inner) }
            guard let decoded = try? JSONStringCodec.decode(inner, lossy: true) else { return Array(inner) }
            return Array(decoded.text.utf8)
        }

        private func kind(at start: Int) -> ValueKind {
            switch bytes[start] {
            case UInt8(ascii: "{"): return .object
            case UInt8(ascii: "["): return .array
            case UInt8(ascii: "\""): return .string
            case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
            case UInt8(ascii: "n"): return .null
            default: return .number
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) {
            position += 1
            skipSpace()
            if current == UInt8(ascii: "]") { position += 1; return }
            while true {
                try value(candidates: [], depth: depth + 1)
                skipSpace()
                guard let next = current else { throw error("unexpected end of text inside an array") }
                position += 1
                if next == UInt8(ascii: "]") { return }
                guard next == UInt8(ascii: ",") else { position -= 1; throw error("expected ',' or ']' in an array") }
                skipSpace()
            }
        }

        /// Skips a string (checking its escapes and that it holds no raw control characters); returns its range with quotes.
        mutating func string() throws(SyntaxError) -> Range<Int> {
            let start = position
            position += 1
            while position < bytes.count {
                // Plain bytes run to the next quote, backslash or control character.
                position = BlockScan.first(in: bytes, from: position, to: bytes.count, where: JSONStringCodec.mustEscape)
                guard position < bytes.count else { break }
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    position += 1
                    return start..<position
                }
                if byte == UInt8(ascii: "\\") {
                    guard position + 1 < bytes.count else { break }
                    switch bytes[position + 1] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                         UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        position += 2
                    case UInt8(ascii: "u"):
                        guard position + 5 < bytes.count,
                              (2...5).allSatisfy({ JSONStringCodec.hexValue(bytes[position + $0]) != nil }) else {
                            throw error("bad \\u escape in a string")
                        }
                        position += 6
                    default: throw error("bad escape in a string")
                    }
                    continue
                }
                if byte < 0x20 { throw error("control character inside a string") }
                position += 1
            }
            position = bytes.count
            throw error("unterminated string")
        }

        mutating func number() throws(SyntaxError) {
            if current == UInt8(ascii: "-") { position += 1 }
            guard let first = current, isDigit(first) else { throw error("bad number") }
            position += 1
            if first != UInt8(ascii: "0") { skipDigits() }
            if current == UInt8(ascii: ".") {
                position += 1
                guard let digit = current, isDigit(digit) else { throw error("bad number") }
                skipDigits()
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                position += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
                guard let digit = current, isDigit(digit) else { throw error("bad number") }
                skipDigits()
            }
        }

        private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        private mutating func skipDigits() {
            while let byte = current, isDigit(byte) { position += 1 }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            for expected in word.utf8 {
                guard current == expected else { throw error("unexpected character, expected a value") }
                position += 1
            }
        }
    }
}

internal import CICUShim

/// An error reported by ICU, carrying its code and symbolic name.
public struct ICUError: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU's UErrorCode value.
    public let code: Int32
    /// Where in a pattern the problem is (UTF-16 offset), when ICU says.
    public let offset: Int?

    /// Creates an error from an ICU status code.
    public init(code: Int32, offset: Int? = nil) {
        self.code = code
        self.offset = offset
    }

    /// ICU's name for the code, e.g. `U_REGEX_RULE_SYNTAX`.
    public var name: String { String(cString: cicu_error_name(code)) }

    /// Whether a regex search gave up: ICU's time limit (`U_REGEX_TIME_OUT`) or backtrack stack
    /// limit (`U_REGEX_STACK_OVERFLOW`) was reached — the mark of a pathological pattern.
    public var isTimeout: Bool { name == "U_REGEX_TIME_OUT" || name == "U_REGEX_STACK_OVERFLOW" }

    /// A short human description of the error.
    public var description: String {
        if let offset { return "\(name) at offset \(offset)" }
        return name
    }

    static let bufferOverflow: Int32 = 15

    /// Throws when `status` is a failure.
    static func check(_ status: Int32) throws {
        if status > 0 { throw ICUError(code: status) }
    }
}

/// Calls an ICU "preflight" function that fills a UTF-16 buffer, growing the buffer once when needed.
func withGrowingBuffer(initialCapacity: Int, _ body: (UnsafeMutablePointer<UInt16>?, Int32, inout Int32) -> Int32) throws -> [UInt16] {
    var capacity = max(initialCapacity, 1)
    for _ in 0..<2 {
        var status: Int32 = 0
        var needed: Int32 = 0
        let result = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
            needed = body(buffer.baseAddress, Int32(capacity), &status)
            count = status > 0 ? 0 : Int(needed)
        }
        if status == ICUError.bufferOverflow {
            capacity = Int(needed) + 1
            continue
        }
        try ICUError.check(status)
        return result
    }
    throw ICUError(code: ICUError.bufferOverflow)
}

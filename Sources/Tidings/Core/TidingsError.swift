/// Every error Tidings reports, each naming the file (and line, where there is one) and the problem.
public enum TidingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A rule file is invalid; it is rejected whole.
    case ruleFile(path: String, line: Int, column: Int, reason: String)
    /// An input is not valid UTF-8; `byteOffset` is the first bad byte.
    case invalidUTF8(path: String, byteOffset: Int)
    /// An input looks binary (it holds NUL bytes).
    case binaryInput(path: String, byteOffset: Int)
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// A file could not be written; the original is untouched.
    case unwritable(path: String, reason: String)
    /// A rule's regular expression ran past its time limit.
    case regexTimeout(ruleID: String, file: String, line: Int)
    /// A rule failed in ICU.
    case ruleFailed(ruleID: String, reason: String)
    /// A command-line value is invalid.
    case usage(String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case let .ruleFile(path, line, column, reason):
            return "\(path):\(line):\(column): error: \(reason)"
        case let .invalidUTF8(path, offset):
            return "\(path): error: invalid UTF-8 at byte \(offset) (use --lossy to replace bad bytes with U+FFFD)"
        case let .binaryInput(path, offset):
            return "\(path): error: binary file (NUL byte at offset \(offset)); not cleaned"
        case let .unreadable(path, reason):
            return "\(path): error: cannot read: \(reason)"
        case let .unwritable(path, reason):
            return "\(path): error: cannot write: \(reason); the original file is unchanged"
        case let .regexTimeout(ruleID, file, line):
            return "\(file):\(line): error: rule \(ruleID): regular expression exceeded its time limit (pathological pattern?)"
        case let .ruleFailed(ruleID, reason):
            return "error: rule \(ruleID) failed: \(reason)"
        case let .usage(message):
            return "error: \(message)"
        }
    }
}

import Foundation
import Tidings

/// Writes bytes to a file descriptor, retrying short writes; reports failures with the path.
struct FileDescriptorWriter {
    /// The descriptor written to.
    let descriptor: Int32
    /// The name used in error messages.
    let path: String

    /// Standard output.
    static let standardOutput = FileDescriptorWriter(descriptor: STDOUT_FILENO, path: "<stdout>")

    /// Writes all of `bytes`.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        var written = 0
        while written < bytes.count {
            let result = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                throw TidingsError.unwritable(path: path, reason: String(cString: strerror(errno)))
            }
            written += result
        }
    }

    /// Writes all of `bytes`.
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

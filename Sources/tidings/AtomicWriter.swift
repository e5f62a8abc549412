import Foundation
import Tidings

/// Writes a file so that it is either fully replaced or untouched: the text goes to a temporary
/// file beside the target, is flushed to disk, takes the target's permissions, and is renamed over it.
enum AtomicWriter {
    /// Replaces (or creates) `path` with `text`.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory as NSString).appendingPathComponent(".\(url.lastPathComponent).tidings-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw TidingsError.unwritable(path: path, reason: String(cString: strerror(errno))) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var isOpen = true
        do {
            try writeAll(Array(text.utf8), to: descriptor, path: path)
            var status = stat()
            let mode: mode_t = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
            guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
                throw TidingsError.unwritable(path: path, reason: String(cString: strerror(errno)))
            }
            close(descriptor)
            isOpen = false
            guard rename(temporary, path) == 0 else { throw TidingsError.unwritable(path: path, reason: String(cString: strerror(errno))) }
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw TidingsError.unwritable(path: path, reason: String(cString: strerror(errno)))
            }
            written += result
        }
    }
}

import Foundation
import Tidings

/// Writes a file so that it is either fully replaced or untouched: the text goes to a temporary
/// file beside the target, is flushed to disk, takes the target's permissions, and is renamed over it.
final class AtomicWriter {
    /// The file replaced on `commit`.
    let path: String
    private let temporary: String
    private let writer: FileDescriptorWriter
    private var isOpen = true

    /// Replaces (or creates) `path` with `text`.
    static func write(_ text: String, to path: String) throws {
        let file = try AtomicWriter(replacing: path)
        do {
            try file.write(Array(text.utf8))
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Starts a replacement of `path`: bytes written go to a temporary file beside it.
    init(replacing path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var template = Array((directory as NSString).appendingPathComponent(".\(url.lastPathComponent).tidings-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw TidingsError.unwritable(path: path, reason: String(cString: strerror(errno))) }
        temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        writer = FileDescriptorWriter(descriptor: descriptor, path: path)
    }

    deinit { discard() }

    /// Appends bytes to the new contents.
    func write(_ bytes: [UInt8]) throws {
        try writer.write(bytes)
    }

    /// Gives the new file the target's permissions, flushes it and renames it over the target.
    func commit() throws {
        var status = stat()
        let mode: mode_t = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o644
        guard fchmod(writer.descriptor, mode) == 0, fsync(writer.descriptor) == 0 else {
            throw TidingsError.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        close(writer.descriptor)
        isOpen = false
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw TidingsError.unwritable(path: path, reason: reason)
        }
    }

    /// Abandons the replacement: the temporary file is removed and the target left as it was.
    func discard() {
        guard isOpen else { return }
        close(writer.descriptor)
        unlink(temporary)
        isOpen = false
    }
}

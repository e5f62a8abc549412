import Foundation
import Tidings

/// A run of whole lines read from one input, to be cleaned as one work item.
struct LineBatch: Sendable {
    /// The bytes of the lines, each ending in "\n" except perhaps the input's last.
    var bytes: [UInt8]
    /// 1-based number of the first line in its input.
    var firstLine: Int
}

/// Reads a file or standard input in chunks and cuts it into batches of whole lines, so an input of
/// any size streams through with only a few chunks in memory.
final class LineBatchReader {
    /// Bytes asked of each `read`.
    static let chunkSize = 1 << 20

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let path: String
    private let maximumLines: Int
    private var buffer: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: LineBatchReader.chunkSize)
    private var start = 0
    private var endOfInput = false
    private var nextLine = 1

    /// Opens `path` ("-" for standard input); a batch holds at most `maximumLines` lines and about a chunk of bytes.
    init(path: String, maximumLines: Int) throws {
        self.path = path
        self.maximumLines = max(1, maximumLines)
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw TidingsError.unreadable(path: path, reason: "no such file")
            }
            guard !isDirectory.boolValue else { throw TidingsError.unreadable(path: path, reason: "is a directory") }
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw TidingsError.unreadable(path: path, reason: String(cString: strerror(errno))) }
            ownsDescriptor = true
        }
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next batch of whole lines, or nil at the end of the input.
    func next() throws -> LineBatch? {
        var lines = 0
        var scan = start
        while true {
            if let newline = newline(from: scan) {
                lines += 1
                scan = newline + 1
                if lines == maximumLines || scan - start >= Self.chunkSize { break }
                continue
            }
            if lines > 0 { break }
            if endOfInput {
                if scan < buffer.count {
                    lines += 1
                    scan = buffer.count
                }
                break
            }
            scan -= start
            try readChunk()
        }
        guard scan > start else { return nil }
        let batch = LineBatch(bytes: Array(buffer[start..<scan]), firstLine: nextLine)
        start = scan
        nextLine += lines
        return batch
    }

    private func newline(from offset: Int) -> Int? {
        guard offset < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { pointer in
            guard let found = memchr(pointer.baseAddress! + offset, 0x0A, pointer.count - offset) else { return nil }
            return pointer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Drops consumed bytes and appends the next chunk (or notes the end of input).
    private func readChunk() throws {
        buffer.removeSubrange(0..<start)
        start = 0
        var count = 0
        repeat {
            count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else { throw TidingsError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        if count == 0 { endOfInput = true }
        buffer.append(contentsOf: chunk[..<count])
    }
}

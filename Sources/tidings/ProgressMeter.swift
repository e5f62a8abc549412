import Foundation

/// A one-line progress display on standard error (documents, megabytes, MB/s, elapsed time),
/// redrawn at most a few times a second. Used from one thread at a time.
final class ProgressMeter {
    private let start = Date()
    private var lastDrawn = Date.distantPast

    /// Seconds between redraws.
    static let interval = 0.25

    /// Whether progress is shown: standard error is a terminal and `--quiet` was not given.
    static func isWanted(quiet: Bool) -> Bool { !quiet && Terminal.stderrIsTerminal }

    /// Redraws the line if enough time has passed.
    func update(documents: Int, bytes: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= Self.interval else { return }
        lastDrawn = now
        draw(documents: documents, bytes: bytes, now: now)
    }

    /// Draws the final figures and ends the line.
    func finish(documents: Int, bytes: Int) {
        draw(documents: documents, bytes: bytes, now: Date())
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(documents: Int, bytes: Int, now: Date) {
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let megabytes = Double(bytes) / 1e6
        let seconds = Int(elapsed)
        let line = String(format: "\r\u{1B}[K%d documents  %.1f MB  %.1f MB/s  %d:%02d",
                          documents, megabytes, megabytes / elapsed, seconds / 60, seconds % 60)
        FileHandle.standardError.write(Data(line.utf8))
    }
}

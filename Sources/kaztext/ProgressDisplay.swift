import Foundation
import KazakhText
#if canImport(Glibc)
import Glibc
#endif

/// Progress of a run on standard error: documents, MB read, MB/s and, when the input's size is
/// known (files, compressed or not, rather than standard input), the share done and the time
/// left, measured on the files' bytes on disk. Redrawn in place on a terminal, a line at a time
/// otherwise; at most every half second.
final class ProgressDisplay {
    private let totalBytes: Int?
    private let inPlace: Bool
    private let start = Date()
    private var lastShown = Date.distantPast
    private(set) var documents = 0
    private var documentsShown = -1
    private var bytesBefore = 0
    private var fileBytesBefore = 0

    /// `totalBytes`: the input's size, when known.
    init(totalBytes: Int?, inPlace: Bool) {
        self.totalBytes = totalBytes
        self.inPlace = inPlace
    }

    /// The total size on disk of `paths` when every one is a file.
    static func knownSize(of paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            guard path != "-",
                  let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return nil }
            total += size
        }
        return total
    }

    /// One more document; `bytesRead` (decompressed) and `fileBytesRead` (on disk) count from
    /// the start of the current input file.
    func advance(bytesRead: Int, fileBytesRead: Int) {
        documents += 1
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.5 else { return }
        lastShown = now
        show(bytes: bytesBefore + bytesRead, fileBytes: fileBytesBefore + fileBytesRead, now: now)
    }

    /// The current input file ended after `bytes` bytes (`fileBytes` on disk).
    func finishFile(bytes: Int, fileBytes: Int) {
        bytesBefore += bytes
        fileBytesBefore += fileBytes
    }

    /// The last line, ended by a newline.
    func finish() {
        if documentsShown != documents || inPlace { show(bytes: bytesBefore, fileBytes: fileBytesBefore, now: Date()) }
        StandardStreams.progress("", end: true)
    }

    func line(bytes: Int, fileBytes: Int, seconds: Double) -> String {
        let megabytes = Double(bytes) / 1_000_000
        let rate = seconds > 0 ? megabytes / seconds : 0
        var text = "\(documents) documents, " + String(format: "%.1f MB, %.1f MB/s", megabytes, rate)
        if let totalBytes, totalBytes > 0, fileBytes > 0, seconds > 0 {
            let done = min(1, Double(fileBytes) / Double(totalBytes))
            let left = seconds * (1 - done) / done
            text += String(format: ", %.0f%%, ETA %d:%02d", 100 * done, Int(left) / 60, Int(left) % 60)
        }
        return text
    }

    private func show(bytes: Int, fileBytes: Int, now: Date) {
        documentsShown = documents
        StandardStreams.progress(line(bytes: bytes, fileBytes: fileBytes, seconds: now.timeIntervalSince(start)), end: !inPlace)
    }
}

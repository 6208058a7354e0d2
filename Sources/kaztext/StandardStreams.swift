#if canImport(Glibc)
import Glibc
#endif

/// Buffered standard output and unbuffered messages on standard error.
enum StandardStreams {
    // stdio streams lock internally; these handles are created once and never reassigned.
    nonisolated(unsafe) private static let output: UnsafeMutablePointer<FILE>? = fdopen(1, "w")
    nonisolated(unsafe) private static let errors: UnsafeMutablePointer<FILE>? = fdopen(2, "w")

    static func write(_ bytes: [UInt8]) {
        guard let output else { return }
        bytes.withUnsafeBufferPointer { p in
            var written = 0
            while written < p.count {
                let n = fwrite(p.baseAddress! + written, 1, p.count - written, output)
                if n <= 0 { break }
                written += n
            }
        }
    }

    static func flush() {
        if let output { fflush(output) }
    }

    static func error(_ message: String) {
        guard let errors else { return }
        var line = "kaztext: " + message + "\n"
        line.withUTF8 { p in _ = fwrite(p.baseAddress, 1, p.count, errors) }
        fflush(errors)
    }
}

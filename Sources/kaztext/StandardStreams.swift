#if canImport(Glibc)
import Glibc
#endif

/// Buffered standard output and unbuffered messages on standard error.
enum StandardStreams {
    // stdio streams lock internally; these handles are created once and never reassigned.
    nonisolated(unsafe) private static let output: UnsafeMutablePointer<FILE>? = fdopen(1, "w")
    nonisolated(unsafe) private static let errors: UnsafeMutablePointer<FILE>? = fdopen(2, "w")

    /// The standard output stream the document commands write to (through `OutputSink`).
    static var standardOutput: UnsafeMutablePointer<FILE>? { output }

    /// Whether standard error is a terminal (progress is then shown by default).
    static var errorIsTerminal: Bool { isatty(2) == 1 }

    /// A progress line is on screen (drawn in place) and a message must clear it first.
    nonisolated(unsafe) private static var progressShown = false

    /// Draws a progress line: in place on a terminal (`end` false), or as a line of its own.
    static func progress(_ line: String, end: Bool) {
        guard let errors else { return }
        var text = end ? (line.isEmpty ? (progressShown ? "\n" : "") : "kaztext: " + line + "\n") : "\r\u{1B}[Kkaztext: " + line
        progressShown = !end
        text.withUTF8 { p in _ = fwrite(p.baseAddress, 1, p.count, errors) }
        fflush(errors)
    }

    /// Flushes `print`'s standard output when the process exits and, when that fails (a full
    /// disk, `> /dev/full`), says so and exits 74 instead of 0.
    static func failOnUnwrittenOutputAtExit() {
        atexit {
            // fflush(NULL) flushes every output stream, `print`'s stdout among them.
            if fflush(nil) != 0 {
                let why = String(validatingCString: strerror(errno)) ?? "error"
                StandardStreams.error("standard output: write error: \(why)")
                _exit(74)
            }
        }
    }

    static func error(_ message: String) {
        guard let errors else { return }
        var line = (progressShown ? "\r\u{1B}[K" : "") + "kaztext: " + message + "\n"
        progressShown = false
        line.withUTF8 { p in _ = fwrite(p.baseAddress, 1, p.count, errors) }
        fflush(errors)
    }
}

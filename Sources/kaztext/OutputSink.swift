import Foundation
import KazakhText
#if canImport(Glibc)
import Glibc
#endif

/// Where a command's documents go: standard output, or with `-o FILE` a temporary file in
/// FILE's folder that is renamed to FILE only when the run succeeds, so a failed or killed run
/// never leaves half a file under FILE's name. `FILE.gz`, `.zst` and `.xz` are compressed.
/// Every write is checked: a full disk or a closed pipe is an error (exit 74), never a quiet 0.
final class OutputSink {
    enum Failure: Error, CustomStringConvertible {
        case cannotCreate(String, String)
        case writeFailed(String, String)

        var description: String {
            switch self {
            case .cannotCreate(let path, let why): return "\(path): cannot create the output: \(why)"
            case .writeFailed(let path, let why): return "\(path): write error: \(why)"
            }
        }
    }

    /// The name in messages (`standard output` or the `-o` path).
    let name: String
    private let destination: String?
    private let temporaryPath: String?
    /// The opened file (or standard output) under a compressing `stream`.
    private let file: UnsafeMutablePointer<FILE>
    private let stream: UnsafeMutablePointer<FILE>
    private(set) var failure: Failure?
    private var closed = false

    /// Standard output (never compressed).
    init(standardOutput: UnsafeMutablePointer<FILE>) {
        name = "standard output"
        destination = nil
        temporaryPath = nil
        file = standardOutput
        stream = standardOutput
    }

    /// A temporary file beside `path`, renamed to `path` by `commit()`.
    init(path: String) throws(Failure) {
        name = path
        destination = path
        let url = URL(fileURLWithPath: path)
        var template = Array(url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-XXXXXX").path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0, let opened = fdopen(fd, "w") else {
            throw .cannotCreate(path, OutputSink.lastError)
        }
        // mkstemp makes the file private (0600); the output gets the usual mode instead.
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        temporaryPath = temporary
        file = opened
        if let compression = Compression(path: path) {
            guard let writer = compression.writer(into: opened) else {
                fclose(opened)
                unlink(temporary)
                throw .cannotCreate(path, "cannot start \(compression.rawValue) compression")
            }
            stream = writer
        } else {
            stream = opened
        }
        OutputSink.removeOnSignal(temporary)
    }

    /// Writes all of `bytes`; false (and `failure` set) when the output cannot take them.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        guard failure == nil else { return false }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, stream) }
        if written != bytes.count { failure = .writeFailed(name, OutputSink.lastError) }
        return failure == nil
    }

    /// Flushes and closes the output; for `-o`, renames the finished file to its name.
    func commit() throws(Failure) {
        try close()
        if let temporaryPath, let destination {
            guard rename(temporaryPath, destination) == 0 else {
                let why = OutputSink.lastError
                unlink(temporaryPath)
                throw .writeFailed(destination, "cannot rename the finished output: \(why)")
            }
            OutputSink.removeOnSignal(nil)
        }
    }

    /// Closes the output and deletes the temporary file (the run failed: no output file).
    func abandon() {
        try? close()
        if let temporaryPath {
            unlink(temporaryPath)
            OutputSink.removeOnSignal(nil)
        }
    }

    private func close() throws(Failure) {
        guard !closed else { if let failure { throw failure }; return }
        closed = true
        if stream != file, fclose(stream) != 0, failure == nil {
            failure = .writeFailed(name, OutputSink.lastError)
        }
        if fflush(file) != 0 || ferror(file) != 0, failure == nil {
            failure = .writeFailed(name, OutputSink.lastError)
        }
        if temporaryPath != nil {
            if fsync(fileno(file)) != 0, failure == nil { failure = .writeFailed(name, OutputSink.lastError) }
            if fclose(file) != 0, failure == nil { failure = .writeFailed(name, OutputSink.lastError) }
        }
        if let failure { throw failure }
    }

    static var lastError: String { String(validatingCString: strerror(errno)) ?? "error \(errno)" }

    // MARK: interrupted runs

    /// The temporary file to delete when the process is interrupted (SIGINT, SIGTERM, SIGHUP,
    /// SIGPIPE), as a C string that a signal handler may read.
    nonisolated(unsafe) private static var pendingTemporary: UnsafeMutablePointer<CChar>? = nil

    private static func removeOnSignal(_ path: String?) {
        if let path {
            pendingTemporary = strdup(path)
            // Delivered even when the parent started us with them blocked (the mask is inherited).
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            for sig in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&unblocked, sig) }
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
            for sig in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
                signal(sig) { number in
                    if let path = OutputSink.pendingTemporary { unlink(path) }
                    signal(number, SIG_DFL)
                    raise(number)
                }
            }
        } else {
            pendingTemporary = nil
        }
    }
}

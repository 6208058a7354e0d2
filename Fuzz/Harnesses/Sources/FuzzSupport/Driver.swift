#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The harness entry point libFuzzer calls with each input (`LLVMFuzzerTestOneInput`).
public typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ target: FuzzTarget
) -> CInt

/// Hands the command line to libFuzzer, which calls `target` with each input.
///
/// SwiftPM gives an executable target its own `main`, so the harness calls libFuzzer's driver
/// from there instead of linking libFuzzer's `main`. Flags are libFuzzer's (`-runs=`, `-max_len=`).
public func runFuzzer(_ target: FuzzTarget) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}

/// The fuzz input as bytes (libFuzzer passes a null pointer for the empty input).
public func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Stops the run with `message`: libFuzzer sees the abort and saves the input as a crash file.
public func propertyFailed(_ message: String) -> Never {
    let line = Array("PROPERTY FAILED: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    abort()
}

/// `propertyFailed` unless `condition` holds.
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { propertyFailed(message()) }
}

/// Properties a run may skip while a known bug in another area is open, named in the
/// `KAZTEXT_FUZZ_SKIP` environment variable (comma-separated): `edge-whitespace`, `jsonl-text`.
public enum KnownIssue: String, Sendable {
    /// A token or sentence that starts or ends with whitespace (issue 20, tokens with
    /// whitespace at an edge).
    case edgeWhitespace = "edge-whitespace"
    /// JSONL text read differently from a standard JSON reader (issue 20, text changed on reading).
    case jsonlText = "jsonl-text"

    public static let skipped: Set<String> = {
        guard let raw = getenv("KAZTEXT_FUZZ_SKIP") else { return [] }
        return Set(String(cString: raw).split(separator: ",").map(String.init))
    }()

    public var isSkipped: Bool { Self.skipped.contains(rawValue) }
}

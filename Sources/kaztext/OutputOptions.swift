import ArgumentParser

/// Options shared by every command that writes one output per input document.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")],
            help: "Write to this file (atomically: a temporary file beside it, renamed when the run succeeds). A .gz, .zst or .xz name is compressed.")
    var output: String?

    @Flag(help: "Show progress on standard error (documents, MB, MB/s, ETA); on by default when standard error is a terminal.")
    var progress = false

    @Flag(help: "No progress display.")
    var quiet = false

    @Option(help: "Documents processed at once (default: one per core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if progress && quiet { throw ValidationError("--progress and --quiet exclude each other") }
    }
}

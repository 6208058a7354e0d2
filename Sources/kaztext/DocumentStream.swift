import ArgumentParser
import KazakhText

/// Reads every input file as a stream of documents, processes them in bounded batches and
/// writes one output per input document, in order, to standard output or `-o FILE`. Reports
/// bad input on stderr and returns a sysexits code: 65 for documents that could not be read,
/// 66 for an input that cannot be opened, 73 when `-o` cannot be created, 74 for a read or
/// write error.
struct DocumentStream {
    struct Outcome<Value: Sendable>: Sendable {
        var value: Value
        var messages: [String]
        var failed: Bool
    }

    let options: InputOptions
    let output: OutputOptions

    /// Counts of one run, for the exit code.
    struct Tally {
        var failures = 0
        var missing = 0
        var ioError = false
    }

    /// Runs `render` for each decoded document (`onError` for a record that cannot be decoded)
    /// and returns the exit code.
    func run(
        render: @escaping @Sendable (InputDocument) throws -> [UInt8],
        onError: @escaping @Sendable (String?, String) -> [UInt8]
    ) throws -> Int32 {
        try run(render: render, onError: onError, emit: { bytes, sink in sink.write(bytes) })
    }

    /// As ``run(render:onError:)``, but each document's value goes to `emit` (on this thread, in
    /// input order, with the output to write to; false when writing failed), and `end` writes
    /// what was gathered once every input has been read: for commands that gather before they
    /// print (`quotes --by-speaker`).
    func run<Value: Sendable>(
        render: @escaping @Sendable (InputDocument) throws -> Value,
        onError: @escaping @Sendable (String?, String) -> Value,
        emit: (Value, OutputSink) -> Bool,
        end: (OutputSink) -> Bool = { _ in true }
    ) throws -> Int32 {
        PeakMemory.reportAtExitIfAsked()
        let sink: OutputSink
        do {
            sink = try output.output.map { path throws(OutputSink.Failure) in try OutputSink(path: path) }
                ?? OutputSink(standardOutput: StandardStreams.standardOutput!)
        } catch {
            throw SysExit.fail(SysExit.cannotCreate, error.description)
        }
        let map = OrderedParallelMap<InputRecord, Outcome<Value>>(batchSize: 256, workers: output.jobs) { record in
            Self.process(record, render: render, onError: onError)
        }
        let showProgress = !output.quiet && (output.progress || StandardStreams.errorIsTerminal)
        let progress = showProgress
            ? ProgressDisplay(totalBytes: ProgressDisplay.knownSize(of: options.paths), inPlace: StandardStreams.errorIsTerminal) : nil
        var tally = Tally()
        for path in options.paths where !tally.ioError {
            let reader: RecordReader
            do {
                reader = try RecordReader(path: path, format: try options.format(for: path))
            } catch let error as RecordReader.OpenError {
                StandardStreams.error(error.description)
                tally.missing += 1
                continue
            }
            var stopped = false
            map.run(next: { stopped ? nil : reader.next() }, size: { $0.bytes.count }) { outcome in
                for message in outcome.messages { StandardStreams.error(message) }
                if outcome.failed { tally.failures += 1 }
                if !stopped && !emit(outcome.value, sink) { stopped = true }
                progress?.advance(bytesRead: reader.bytesRead, fileBytesRead: reader.fileBytesRead)
            }
            progress?.finishFile(bytes: reader.bytesRead, fileBytes: reader.fileBytesRead)
            if let readError = reader.readError {
                StandardStreams.error(readError)
                tally.ioError = true
            }
            if stopped { tally.ioError = true }
        }
        progress?.finish()
        if !tally.ioError && tally.missing == 0 && !end(sink) { tally.ioError = true }
        return finish(sink, tally)
    }

    /// Closes the output (keeping it only when every input was read and written) and chooses
    /// the exit code.
    private func finish(_ sink: OutputSink, _ tally: Tally) -> Int32 {
        if tally.ioError || tally.missing > 0 {
            if let failure = sink.failure { StandardStreams.error(failure.description) }
            sink.abandon()
            if output.output != nil { StandardStreams.error("\(sink.name): not written, the run did not complete") }
            return tally.ioError ? SysExit.ioError : SysExit.noInput
        }
        do {
            try sink.commit()
        } catch {
            StandardStreams.error(error.description)
            return SysExit.ioError
        }
        if tally.failures > 0 {
            StandardStreams.error("\(tally.failures) input document(s) could not be read; see the messages above")
            return SysExit.dataError
        }
        return SysExit.ok
    }

    static func process<Value: Sendable>(
        _ record: InputRecord, render: @Sendable (InputDocument) throws -> Value, onError: @Sendable (String?, String) -> Value
    ) -> Outcome<Value> {
        switch DocumentDecoder.decode(record) {
        case .failure(let error):
            return Outcome(value: onError(error.id, error.description), messages: [error.description], failed: true)
        case .success(let input):
            let messages = input.warnings.map(\.description)
            do {
                return Outcome(value: try render(input), messages: messages, failed: false)
            } catch {
                let message = "\(record.file):\(record.line): \(error)"
                return Outcome(value: onError(input.document.id, message), messages: messages + [message], failed: true)
            }
        }
    }
}

import ArgumentParser
import KazakhText

/// Reads every input file as a stream of documents, processes them in bounded batches and
/// writes one output per input document, in order, to standard output or `-o FILE`. Reports
/// bad input on stderr and returns a sysexits code: 65 for documents that could not be read,
/// 66 for an input that cannot be opened, 73 when `-o` cannot be created, 74 for a read or
/// write error.
struct DocumentStream {
    struct Outcome: Sendable {
        var bytes: [UInt8]
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
        PeakMemory.reportAtExitIfAsked()
        let sink: OutputSink
        do {
            sink = try output.output.map { path throws(OutputSink.Failure) in try OutputSink(path: path) }
                ?? OutputSink(standardOutput: StandardStreams.standardOutput!)
        } catch {
            throw SysExit.fail(SysExit.cannotCreate, error.description)
        }
        let map = OrderedParallelMap<InputRecord, Outcome>(batchSize: 256, workers: output.jobs) { record in
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
                if !stopped && !sink.write(outcome.bytes) { stopped = true }
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

    static func process(
        _ record: InputRecord, render: @Sendable (InputDocument) throws -> [UInt8], onError: @Sendable (String?, String) -> [UInt8]
    ) -> Outcome {
        switch DocumentDecoder.decode(record) {
        case .failure(let error):
            return Outcome(bytes: onError(error.id, error.description), messages: [error.description], failed: true)
        case .success(let input):
            let messages = input.warnings.map(\.description)
            do {
                return Outcome(bytes: try render(input), messages: messages, failed: false)
            } catch {
                let message = "\(record.file):\(record.line): \(error)"
                return Outcome(bytes: onError(input.document.id, message), messages: messages + [message], failed: true)
            }
        }
    }
}

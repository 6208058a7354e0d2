import ArgumentParser
import KazakhText

/// Reads every input file as a stream of documents, processes them on all cores in bounded
/// batches and writes one output per input document, in order. Reports bad input on stderr.
struct DocumentStream {
    struct Outcome<Value: Sendable>: Sendable {
        var value: Value
        var messages: [String]
        var failed: Bool
    }

    let options: InputOptions

    /// Runs `render` for each decoded document (`onError` for a record that cannot be decoded)
    /// and returns the exit code.
    func run(
        render: @escaping @Sendable (InputDocument) throws -> [UInt8],
        onError: @escaping @Sendable (String?, String) -> [UInt8]
    ) throws -> Int32 {
        try run(render: render, onError: onError, emit: { StandardStreams.write($0) })
    }

    /// As ``run(render:onError:)``, but each document's value goes to `emit` (on this thread,
    /// in input order) instead of standard output: for commands that gather before they print.
    func run<Value: Sendable>(
        render: @escaping @Sendable (InputDocument) throws -> Value,
        onError: @escaping @Sendable (String?, String) -> Value,
        emit: (Value) -> Void
    ) throws -> Int32 {
        PeakMemory.reportAtExitIfAsked()
        var failures = 0
        var warnings = 0
        var missing = 0
        let map = OrderedParallelMap<InputRecord, Outcome<Value>>(batchSize: 256) { record in
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
        for path in options.paths {
            let reader: RecordReader
            do {
                reader = try RecordReader(path: path, format: try options.format(for: path))
            } catch let error as RecordReader.OpenError {
                StandardStreams.error(error.description)
                missing += 1
                continue
            }
            map.run(next: { reader.next() }, size: { $0.bytes.count }) { outcome in
                for message in outcome.messages { StandardStreams.error(message) }
                if outcome.failed { failures += 1 } else if !outcome.messages.isEmpty { warnings += 1 }
                emit(outcome.value)
            }
        }
        StandardStreams.flush()
        if missing > 0 { return SysExit.noInput }
        if failures > 0 {
            StandardStreams.error("\(failures) input document(s) could not be read; see the messages above")
            return SysExit.dataError
        }
        return SysExit.ok
    }
}

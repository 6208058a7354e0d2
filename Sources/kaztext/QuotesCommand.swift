import ArgumentParser
import KazakhText

/// `kaztext quotes FILE`: each quotation with its speaker, as
/// `speaker (leader) [start-end]: quote`; with `--by-speaker`, who said what across all inputs.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotations (QUOTE spans) with their speakers and leaders.",
        discussion: """
            One line per quotation: `speaker [start-end] (leader) [start-end]: quote`, offsets \
            in Unicode scalars; `?` when the text names no speaker. Warnings (unbalanced \
            quotation marks) follow each document, prefixed with `!`.

            --by-speaker gathers every input first and prints one table per speaker (leader id when \
            the quote has one, else the speaker's name lower-cased without its case ending), most \
            quotes first, quotes with no speaker last; `--format jsonl` prints one object per \
            speaker: {"speaker", "leader", "count", "quotes": [{"id", "start", "end", "text"}]}.

            Examples:
              kaztext quotes Corpus/samples/seed.txt
              echo '«Бәрі жақсы», – деді Тоқаев.' | kaztext quotes -
              kaztext quotes --by-speaker Corpus/quotes/news.jsonl
              kaztext quotes --by-speaker --format jsonl Corpus/quotes/*.jsonl
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    @Flag(name: .customLong("by-speaker"), help: "One table per speaker across all inputs: who said what.")
    var bySpeaker = false

    /// What `--by-speaker` prints.
    enum SpeakerFormat: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Option(help: "Output format with --by-speaker: text or jsonl.")
    var format: SpeakerFormat = .text

    func validate() throws {
        guard bySpeaker || format == .text else { throw ValidationError("--format jsonl needs --by-speaker") }
        _ = try input.paths.map(input.format(for:))
    }

    func run() throws {
        let extractor: Extractor
        do {
            extractor = try Extractor(store: input.store())
        } catch {
            throw SysExit.lexiconFailure(error)
        }
        if bySpeaker { return try runBySpeaker(extractor) }
        let code = try DocumentStream(options: input, output: output).run(
            render: { doc in
                let result = try extractor.extract(doc.document)
                return Array(QuotesCommand.render(result).utf8)
            },
            onError: { id, message in Array("# \(id ?? "-"): error: \(message)\n\n".utf8) })
        if code != 0 { throw ExitCode(code) }
    }

    static func render(_ result: Extractor.Result) -> String {
        let document = result.tokenized.document
        let scalars = Array(document.text.unicodeScalars)
        func slice(_ a: Int, _ b: Int) -> String {
            String(String.UnicodeScalarView(scalars[a..<b])).split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
        }
        var out = "# \(document.id)\n"
        for q in result.spans where q.label == .QUOTE {
            var who = "?"
            if let sp = q.speaker { who = "\(slice(sp.lowerBound, sp.upperBound)) [\(sp.lowerBound)-\(sp.upperBound)]" }
            if let l = q.leader { who += " (\(l))" }
            out += "\(who) [\(q.start)-\(q.end)]: \(slice(q.start, q.end))\n"
        }
        for w in result.warnings { out += "! \(w.start)-\(w.end): \(w.message)\n" }
        return out + "\n"
    }

    /// `--by-speaker`: extracts every document (in parallel), files its quotes in input order,
    /// then prints the index.
    func runBySpeaker(_ extractor: Extractor) throws {
        var index = SpeakerIndex(extractor: extractor)
        let shared = index
        let format = format
        let code = try DocumentStream(options: input, output: output).run(
            render: { doc in
                let result = try extractor.extract(doc.document)
                return shared.entries(documentID: doc.document.id, text: doc.document.text, spans: result.spans)
            },
            onError: { _, _ in [] },
            emit: { (entries: [SpeakerIndex.Entry], _: OutputSink) in index.add(entries); return true },
            end: { sink in
                sink.write(format == .jsonl ? Self.jsonl(index.speakers) : Array(Self.table(index.speakers).utf8))
            })
        if code != 0 { throw ExitCode(code) }
    }

    /// One JSON object per speaker: `{"speaker", "leader", "count", "quotes": [{"id", "start", "end", "text"}]}`.
    static func jsonl(_ speakers: [SpeakerIndex.Speaker]) -> [UInt8] {
        var out = JSONWriter()
        for speaker in speakers {
            out.raw("{\"speaker\":")
            if let name = speaker.name { out.string(name) } else { out.raw("null") }
            out.raw(",\"leader\":")
            if let leader = speaker.leader { out.string(leader) } else { out.raw("null") }
            out.raw(",\"count\":")
            out.int(speaker.count)
            out.raw(",\"quotes\":[")
            for (i, quote) in speaker.quotes.enumerated() {
                if i > 0 { out.raw(",") }
                out.raw("{\"id\":")
                out.string(quote.documentID)
                out.raw(",\"start\":")
                out.int(quote.start)
                out.raw(",\"end\":")
                out.int(quote.end)
                out.raw(",\"text\":")
                out.string(quote.text)
                out.raw("}")
            }
            out.raw("]}\n")
        }
        return out.bytes
    }

    /// A readable table: a heading per speaker (`name (leader) – N quotes`), then one line per
    /// quote, `id [start-end] text`, line breaks shown as ` ⏎ `.
    static func table(_ speakers: [SpeakerIndex.Speaker]) -> String {
        var out = ""
        for speaker in speakers {
            var heading = speaker.name ?? "(no speaker)"
            if let leader = speaker.leader { heading += " (\(leader))" }
            out += "## \(heading) – \(speaker.count) \(speaker.count == 1 ? "quote" : "quotes")\n"
            for quote in speaker.quotes {
                let words = quote.text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
                out += "  \(quote.documentID) [\(quote.start)-\(quote.end)] \(words)\n"
            }
            out += "\n"
        }
        return out
    }
}

import ArgumentParser
import KazakhText

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Show extractions as a self-contained HTML page (spans highlighted, numbers and quotes tabled).",
        discussion: """
            Input: JSONL from `kaztext extract` (a document with `spans` is shown as it is; one \
            without is extracted first) or raw text, which is extracted first. Every span is a \
            <mark> with data-label, data-start and data-end (Unicode scalar offsets into the \
            document's text) and shows its value, unit, range, approximation and leader (name and \
            offices on the document's date); a line joins each quote to its speaker. Below each \
            document: tables of the numbers, of who said what, and of persons and positions. \
            The page needs no network: style and script are inline.

            Pages: with -o out.html, up to --per-page documents go on one page, out.html. More \
            documents go on out-1.html, out-2.html, ... and out.html becomes an index linking every \
            document to its page. Without -o, one page with every document goes to standard output.

            Examples:
              kaztext render Corpus/samples/seed.txt -o seed.html
              kaztext extract news.jsonl > spans.jsonl
              kaztext render spans.jsonl -o news.html --per-page 200
              kaztext render notes.txt --input-format lines -o notes.html
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: [.short, .customLong("output")], help: "HTML file to write (more pages go beside it); default: standard output.")
    var output: String?

    @Option(name: .customLong("per-page"), help: "Documents on one page.")
    var perPage: Int = 100

    @Option(help: "Page title (default: the input file names).")
    var title: String?

    func validate() throws {
        guard perPage >= 1 else { throw ValidationError("--per-page must be 1 or more") }
        _ = try input.paths.map(input.format(for:))
    }

    /// One rendered input record.
    struct Outcome: Sendable {
        var index: Int
        var section: [UInt8]
        var id: String
        var date: String?
        var summary: String
        var messages: [String]
        var failed: Bool
    }

    func run() throws {
        let extractor: Extractor
        do { extractor = try Extractor(store: input.store()) } catch { throw SysExit.fail(SysExit.config, "\(error)") }
        let renderer = ExtractionHTML(leaders: extractor.leaderLexicon)
        var pages = HTMLPages(title: title ?? "kaztext render: " + input.paths.joined(separator: ", "), path: output, perPage: perPage)
        let map = OrderedParallelMap<(Int, InputRecord), Outcome>(batchSize: 256) { index, record in
            Self.render(record, index: index, extractor: extractor, renderer: renderer)
        }
        var count = 0, failures = 0, missing = 0
        var pageError: Error? = nil
        for path in input.paths {
            let reader: RecordReader
            do {
                reader = try RecordReader(path: path, format: try input.format(for: path))
            } catch let error as RecordReader.OpenError {
                StandardStreams.error(error.description)
                missing += 1
                continue
            }
            map.run(next: { reader.next().map { count += 1; return (count, $0) } }, size: { $0.1.bytes.count }) { outcome in
                for message in outcome.messages { StandardStreams.error(message) }
                if outcome.failed { failures += 1 }
                guard pageError == nil else { return }
                do {
                    try pages.add(section: outcome.section, index: outcome.index, id: outcome.id, date: outcome.date, summary: outcome.summary)
                } catch { pageError = error }
            }
        }
        if let pageError { throw pageError }
        try pages.finish(intro: "\(count) documents from \(input.paths.joined(separator: ", ")), \(perPage) a page.")
        if missing > 0 { throw ExitCode(SysExit.noInput) }
        if failures > 0 {
            StandardStreams.error("\(failures) input document(s) could not be read; see the messages above")
            throw ExitCode(SysExit.dataError)
        }
    }

    /// The section of one input record: its spans as read (a JSONL document with `spans`) or
    /// as extracted; a record that cannot be read gets a section saying why.
    static func render(_ record: InputRecord, index: Int, extractor: Extractor, renderer: ExtractionHTML) -> Outcome {
        let input: InputDocument
        switch DocumentDecoder.decode(record) {
        case .failure(let error):
            return Outcome(index: index, section: renderer.errorSection(id: error.id, index: index, message: error.description),
                           id: error.id ?? "(unreadable)", date: nil, summary: "could not be read",
                           messages: [error.description], failed: true)
        case .success(let decoded):
            input = decoded
        }
        let doc = input.document
        var messages = input.warnings.map(\.description)
        do {
            let spans: [GoldSpan]
            if record.format == .jsonl && input.extraFields.contains(where: { $0.0 == "spans" }) {
                spans = try AnnotationReader.decode(line: record.bytes, place: "\(record.file):\(record.line)").spans
            } else {
                spans = try extractor.extract(doc).spans.map(GoldSpan.init)
            }
            return Outcome(index: index, section: renderer.section(document: doc, spans: spans, index: index), id: doc.id, date: doc.date,
                           summary: ExtractionHTML.summary(of: spans), messages: messages, failed: false)
        } catch {
            let message = "\(error)".hasPrefix(record.file) ? "\(error)" : "\(record.file):\(record.line): \(error)"
            messages.append(message)
            return Outcome(index: index, section: renderer.errorSection(id: doc.id, index: index, message: message), id: doc.id,
                           date: doc.date, summary: "could not be read", messages: messages, failed: true)
        }
    }
}

import ArgumentParser
import KazakhText

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find numbers with units, persons, positions and quotations.",
        discussion: """
            Spans follow annotation-format.md: Unicode scalar offsets into the unchanged text.
            Numbers (CARDINAL, ORDINAL, MONEY, PERCENTAGE, QUANTITY) carry exact decimal values,
            range ends (max), approximations (about, over, under, up_to) and canonical units
            (ISO 4217, %, SI symbols); PERSON and POSITION carry the leader id they name on the
            document's date; QUOTE carries its speaker span and leader. IOB2 output leaves QUOTE
            out (the other spans do not overlap).

            Examples:
              echo 'Былтыр 4,5 миллион тоннаны құрады, өсім 62 пайызға жетті.' | kaztext extract - --format text
              kaztext extract Corpus/samples/seed.txt
              kaztext extract news.jsonl --keep-fields > news.spans.jsonl
              kaztext extract sentences.txt --input-format lines --format iob2
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    @Option(help: "Output format: jsonl, iob2 or text.")
    var format: String = "jsonl"

    @Flag(name: .customLong("keep-fields"), help: "Copy input fields other than id, text, date (and spans) to the output.")
    var keepFields = false

    func validate() throws {
        guard ExtractionFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be one of: jsonl, iob2, text")
        }
        _ = try input.paths.map(input.format(for:))
    }

    func run() throws {
        let format = ExtractionFormat(rawValue: format)!
        let extractor: Extractor
        do {
            extractor = try Extractor(store: input.store())
        } catch {
            throw SysExit.lexiconFailure(error)
        }
        let keep = keepFields
        let code = try DocumentStream(options: input, output: output).run(
            render: { doc in
                let result = try extractor.extract(doc.document)
                var out = JSONWriter(capacity: doc.document.text.utf8.count * 2 + 256)
                ExtractionWriter.write(result, extraFields: keep ? doc.extraFields : [], documentWarnings: doc.documentWarnings,
                                       format: format, to: &out)
                return out.bytes
            },
            onError: { id, message in
                var out = JSONWriter()
                switch format {
                case .jsonl: TokenizationWriter.writeError(id: id, message: message, format: .jsonl, to: &out)
                case .iob2, .text: out.raw("\n")
                }
                return out.bytes
            })
        if code != 0 { throw ExitCode(code) }
    }
}

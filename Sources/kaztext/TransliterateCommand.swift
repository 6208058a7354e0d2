import ArgumentParser
import KazakhText

struct TransliterateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transliterate",
        abstract: "Convert documents between Cyrillic and Latin Kazakh (2021 or 2018 alphabet).",
        discussion: """
            Word by word through ICU rules in Lexicons/translit-*.txt. To Cyrillic, only Latin
            Kazakh words change (foreign words such as Sputnik stay); to Latin, every word with a
            Cyrillic letter. Loan letters: ё io, ц c (2018: ts), ч ç (2018: ch), щ şç (2018: shch),
            ю iu (2018: ıý), я ia (2018: ıa), ъ ь dropped, э e.
            JSONL output: "id", "date" (when known), "text" (converted) and "changes" (each
            changed token: "start"/"end" in the input text, "to_start"/"to_end" in the output).

            Examples:
              echo 'Қазақстан Президенті 62%-ға' | kaztext transliterate --to latn2021 - --format text
              kaztext transliterate --to cyrl latin-news.txt
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    @Option(help: "Target script: cyrl, latn2021 or latn2018.")
    var to: TransliterationTarget

    /// What `transliterate` prints.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, text
    }

    @Option(help: "Output format: jsonl or text (the converted text only).")
    var format: Format = .jsonl

    func validate() throws {
        _ = try input.paths.map(input.format(for:))
    }

    func run() throws {
        let target = to
        let asText = format == .text
        let tokenizer: Tokenizer
        do {
            tokenizer = try Tokenizer(store: input.store())
        } catch {
            throw SysExit.lexiconFailure(error)
        }
        let code = try DocumentStream(options: input, output: output).run(
            render: { doc in
                let tokenized = try tokenizer.tokenize(doc.document)
                let result = tokenizer.transliterate(tokenized, to: target)
                if asText { return Array(result.text.utf8) + (result.text.hasSuffix("\n") ? [] : [0x0A]) }
                var out = JSONWriter()
                out.raw("{\"id\":"); out.string(doc.document.id)
                if let date = doc.document.date { out.raw(",\"date\":"); out.string(date) }
                out.raw(",\"text\":"); out.string(result.text)
                out.raw(",\"changes\":[")
                for (k, c) in result.changes.enumerated() {
                    if k > 0 { out.raw(",") }
                    out.raw("{\"start\":"); out.int(c.source.lowerBound); out.raw(",\"end\":"); out.int(c.source.upperBound)
                    out.raw(",\"to_start\":"); out.int(c.target.lowerBound); out.raw(",\"to_end\":"); out.int(c.target.upperBound)
                    out.raw("}")
                }
                out.raw("]}\n")
                return out.bytes
            },
            onError: { id, message in
                var out = JSONWriter()
                TokenizationWriter.writeError(id: id, message: message, format: asText ? .text : .jsonl, to: &out)
                return out.bytes
            })
        if code != 0 { throw ExitCode(code) }
    }
}

extension TransliterationTarget: ExpressibleByArgument {}

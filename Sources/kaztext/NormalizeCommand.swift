import ArgumentParser
import KazakhText

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Show the normalized view of documents (NFC, look-alike letters folded).",
        discussion: """
            The input text is never changed: JSONL output keeps "text" and adds "norm" (the folded \
            text), "changes" (each changed token with its offsets in the original text and its \
            "script") and "script": the document's script ("document": cyrl, latn2021, latn2018, \
            arab, latn-foreign or other) and the number of words in each script ("words": cyrl, \
            latn2021, latn2018, latn-kk = Latin Kazakh with no letter telling the alphabet, \
            latn-foreign, mixed = Latin with stray Cyrillic letters, legacy-font, arab, other). \
            Latin Kazakh words are folded to Cyrillic; foreign words stay.

            Examples:
              echo 'мемлекеттiк Aстана жаhан' | kaztext normalize -
              echo 'Qazaqstan Prezıdenti Sputnik agenttigine' | kaztext normalize -
              kaztext normalize web.txt --format text
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    @Option(help: "Output format: jsonl or text (the folded text only).")
    var format: String = "jsonl"

    func validate() throws {
        guard format == "jsonl" || format == "text" else {
            throw ValidationError("--format must be jsonl or text")
        }
        _ = try input.paths.map(input.format(for:))
    }

    func run() throws {
        let asText = format == "text"
        let normalizer: Normalizer
        do {
            normalizer = Normalizer(tokenizer: try Tokenizer(store: input.store()))
        } catch {
            throw SysExit.lexiconFailure(error)
        }
        let code = try DocumentStream(options: input, output: output).run(
            render: { doc in
                let tokenized = try normalizer.tokenizer.tokenize(doc.document)
                let view = NormalizedView(tokenized)
                if asText { return Array(view.text.utf8) + [0x0A] }
                let report = normalizer.tokenizer.scriptReport(tokenized)
                var out = JSONWriter()
                out.raw("{\"id\":"); out.string(doc.document.id)
                out.raw(",\"text\":"); out.string(doc.document.text)
                out.raw(",\"norm\":"); out.string(view.text)
                out.raw(",\"changes\":[")
                var first = true
                for (k, t) in tokenized.tokens.enumerated() {
                    guard let norm = t.norm else { continue }
                    if !first { out.raw(",") }
                    first = false
                    out.raw("{\"start\":"); out.int(t.start); out.raw(",\"end\":"); out.int(t.end)
                    out.raw(",\"text\":"); out.string(String(t.text(in: doc.document.text)))
                    out.raw(",\"norm\":"); out.string(norm)
                    if let script = report.tokenScripts[k] { out.raw(",\"script\":"); out.string(script.rawValue) }
                    out.raw("}")
                }
                out.raw("],\"script\":{\"document\":"); out.string(report.document.rawValue)
                out.raw(",\"words\":{")
                for (n, entry) in report.counts.enumerated() {
                    if n > 0 { out.raw(",") }
                    out.string(entry.script.rawValue); out.raw(":"); out.int(entry.words)
                }
                out.raw("}}}\n")
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

import ArgumentParser
import KazakhText

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split documents into tokens and sentences.",
        discussion: """
            Offsets are Unicode scalar offsets into the unchanged text. A token whose normalized
            form differs (Latin look-alike letters, non-NFC text) carries "norm".

            Examples:
              echo 'Былтыр 62%-ға өсті. Т.б. мәселелер.' | kaztext tokenize - --format text
              kaztext tokenize news.jsonl --format conllu > news.conllu
              kaztext tokenize big.txt --input-format lines > big.tokens.jsonl
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    @Option(help: "Output format: jsonl, conllu or text.")
    var format: String = "jsonl"

    func validate() throws {
        guard TokenizationFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be one of: jsonl, conllu, text")
        }
        _ = try input.paths.map(input.format(for:))
    }

    func run() throws {
        let format = TokenizationFormat(rawValue: format)!
        let tokenizer: Tokenizer
        do {
            tokenizer = try Tokenizer(store: input.store())
        } catch {
            throw SysExit.lexiconFailure(error)
        }
        let code = try DocumentStream(options: input, output: output).run(
            render: { doc in
                let tokenized = try tokenizer.tokenize(doc.document)
                var out = JSONWriter(capacity: doc.document.text.utf8.count * 4 + 64)
                TokenizationWriter.write(tokenized, extraFields: doc.extraFields, documentWarnings: doc.documentWarnings,
                                         format: format, to: &out)
                return out.bytes
            },
            onError: { id, message in
                var out = JSONWriter()
                TokenizationWriter.writeError(id: id, message: message, format: format, to: &out)
                return out.bytes
            })
        if code != 0 { throw ExitCode(code) }
    }
}

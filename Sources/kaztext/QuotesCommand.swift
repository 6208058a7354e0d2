import ArgumentParser
import KazakhText

/// `kaztext quotes FILE`: each quotation with its speaker, as
/// `speaker (leader) [start-end]: quote`.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List quotations (QUOTE spans) with their speakers and leaders.",
        discussion: """
            One line per quotation: `speaker [start-end] (leader) [start-end]: quote`, offsets in
            Unicode scalars; `?` when the text names no speaker. Warnings (unbalanced quotation
            marks) follow each document, prefixed with `!`.

            Examples:
              kaztext quotes Corpus/samples/seed.txt
              echo '«Бәрі жақсы», – деді Тоқаев.' | kaztext quotes -
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
        _ = try input.paths.map(input.format(for:))
    }

    func run() throws {
        let extractor: Extractor
        do {
            extractor = try Extractor(store: input.store())
        } catch {
            throw SysExit.lexiconFailure(error)
        }
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
}

import ArgumentParser
import KazakhText

@main
struct Kaztext: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kaztext",
        abstract: "Kazakh text processing: tokenize, normalize, extract numbers, leaders and quotations, evaluate.",
        discussion: """
            Examples:
              kaztext tokenize Corpus/samples/seed.txt --format text
              echo 'Былтыр 62%-ға өсті.' | kaztext tokenize -
              kaztext extract Corpus/samples/seed.txt --format text
              kaztext quotes Corpus/samples/seed.txt
              kaztext leaders --date 2018-05-01 --country KZ
              kaztext eval --gold ../shared/data/kaznerd/IOB2_valid.txt
              kaztext eval --gold ../shared/data/ud-kk-ktb/kk_ktb-dev-half.conllu
            """,
        subcommands: [TokenizeCommand.self, ExtractCommand.self, NormalizeCommand.self, TransliterateCommand.self, EvalCommand.self, LeadersCommand.self, QuotesCommand.self, RenderCommand.self]
    )

    /// Runs the command; output that cannot be written at exit makes the exit code 74.
    static func main() {
        StandardStreams.failOnUnwrittenOutputAtExit()
        main(nil)
    }
}

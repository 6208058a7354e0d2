import ArgumentParser
import KazakhText

@main
struct Kaztext: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kaztext",
        abstract: "Kazakh text processing: tokenize, extract numbers, normalize and evaluate.",
        discussion: """
            Examples:
              kaztext tokenize Corpus/samples/seed.txt --format text
              echo 'Былтыр 62%-ға өсті.' | kaztext tokenize -
              kaztext eval --gold ../shared/data/ud-kk-ktb/kk_ktb-dev-half.conllu
            """,
        subcommands: [TokenizeCommand.self, ExtractCommand.self, NormalizeCommand.self, EvalCommand.self, LeadersCommand.self, QuotesCommand.self]
    )
}

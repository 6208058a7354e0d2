import ArgumentParser
import KazakhText

/// Options shared by every command that reads documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Input files; '-' or nothing reads standard input.")
    var files: [String] = []

    @Option(name: .customLong("input-format"),
            help: "jsonl, text (a file is one document) or lines (a line is one document). Default: by extension, .jsonl is jsonl, anything else text.")
    var inputFormat: String?

    @Option(name: .customLong("lexicons"), help: "Extra lexicon folder or file (repeatable); its lines are added to the bundled ones.")
    var lexicons: [String] = []

    func format(for path: String) throws -> InputFormat {
        if let inputFormat {
            guard let f = InputFormat(rawValue: inputFormat) else {
                throw ValidationError("--input-format must be one of: jsonl, text, lines")
            }
            return f
        }
        return InputFormat.guess(path: path)
    }

    var paths: [String] { files.isEmpty ? ["-"] : files }

    func store() throws -> LexiconStore {
        try LexiconStore.bundled().adding(userPaths: lexicons)
    }
}

import ArgumentParser
import Foundation
import KazakhText

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score tokenization and sentence splitting against a CoNLL-U gold file.",
        discussion: """
            Scored as the CoNLL 2018 UD shared task scores tokenization: gold sentences' "# text"
            lines are joined into one document (by a space, or a newline with --join newline);
            tokens and sentences are compared as character spans with whitespace removed.
            Without PRED the tokenizer runs on the joined text itself. PRED is the output of
            `kaztext tokenize --format jsonl` on that joined text.

            Examples:
              kaztext eval --gold ../shared/data/ud-kk-ktb/kk_ktb-dev-half.conllu
              kaztext eval --gold dev.conllu --join newline --errors 20
            """
    )

    @Option(help: "Gold file (CoNLL-U).")
    var gold: String

    @Argument(help: "Predicted tokens (JSONL from `kaztext tokenize`); default: run the tokenizer.")
    var predicted: String?

    @Option(help: "How gold sentences are joined into one document: space or newline.")
    var join: String = "space"

    @Option(help: "Print the first N token and N sentence disagreements.")
    var errors: Int = 0

    @Option(name: .customLong("lexicons"), help: "Extra lexicon folder or file (repeatable).")
    var lexicons: [String] = []

    func validate() throws {
        guard TokenizationScorer.Join(rawValue: join) != nil else {
            throw ValidationError("--join must be space or newline")
        }
        guard errors >= 0 else { throw ValidationError("--errors must be 0 or more") }
    }

    func run() throws {
        let join = TokenizationScorer.Join(rawValue: join)!
        guard let data = FileManager.default.contents(atPath: gold) else {
            throw SysExit.fail(SysExit.noInput, "\(gold): cannot read")
        }
        let sentences: [CoNLLUSentence]
        do {
            sentences = try CoNLLUReader.read(String(decoding: data, as: UTF8.self), file: gold)
        } catch {
            throw SysExit.fail(SysExit.dataError, "\(error)")
        }
        let document = TokenizationScorer.goldDocument(sentences, join: join)
        let prediction: TokenizedDocument
        if let predicted {
            prediction = try readPrediction(predicted, expected: document)
        } else {
            let tokenizer: Tokenizer
            do {
                tokenizer = try Tokenizer(store: LexiconStore.bundled().adding(userPaths: lexicons))
            } catch {
                throw SysExit.fail(SysExit.config, "\(error)")
            }
            prediction = try tokenizer.tokenize(document)
        }
        let result: TokenizationScorer.Result
        do {
            result = try TokenizationScorer.score(gold: sentences, join: join, predicted: prediction)
        } catch {
            throw SysExit.fail(SysExit.dataError, "\(error)")
        }
        print("gold: \(gold) (\(sentences.count) sentences, joined by \(join.rawValue))")
        print("tokens     \(result.tokens)")
        print("sentences  \(result.sentences)")
        if errors > 0 {
            print("\nfirst \(min(errors, result.tokenDisagreements.count)) of \(result.tokenDisagreements.count) token disagreements (gold → predicted):")
            for d in result.tokenDisagreements.prefix(errors) {
                print("  \(d.gold.joined(separator: " | ")) → \(d.predicted.joined(separator: " | "))    …\(d.context.replacingOccurrences(of: "\n", with: "⏎"))…")
            }
            print("\nfirst \(min(errors, result.sentenceDisagreements.count)) of \(result.sentenceDisagreements.count) sentence disagreements:")
            for d in result.sentenceDisagreements.prefix(errors) {
                print("  gold:      " + d.gold.map { "[\($0.replacingOccurrences(of: "\n", with: "⏎"))]" }.joined(separator: " "))
                print("  predicted: " + d.predicted.map { "[\($0.replacingOccurrences(of: "\n", with: "⏎"))]" }.joined(separator: " "))
            }
        }
    }

    /// Reads the first document of a `tokenize --format jsonl` file.
    func readPrediction(_ path: String, expected: Document) throws -> TokenizedDocument {
        guard let data = FileManager.default.contents(atPath: path),
              let firstLine = data.split(separator: 0x0A).first else {
            throw SysExit.fail(SysExit.noInput, "\(path): cannot read or empty")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(firstLine)) as? [String: Any],
              let text = object["text"] as? String,
              let tokens = object["tokens"] as? [[String: Any]],
              let sentences = object["sentences"] as? [[String: Any]] else {
            throw SysExit.fail(SysExit.dataError, "\(path):1: expected a JSON document with text, tokens and sentences")
        }
        guard text == expected.text else {
            throw SysExit.fail(SysExit.dataError, "\(path):1: text differs from the gold sentences joined by --join")
        }
        func span(_ o: [String: Any], _ what: String, _ k: Int) throws -> (Int, Int) {
            guard let s = o["start"] as? Int, let e = o["end"] as? Int, s <= e else {
                throw SysExit.fail(SysExit.dataError, "\(path):1: \(what) \(k) has no valid start/end")
            }
            return (s, e)
        }
        let toks = try tokens.enumerated().map { k, o -> Token in
            let (s, e) = try span(o, "token", k)
            return Token(start: s, end: e, utf8Start: 0, utf8End: 0, kind: .word)
        }
        let sents = try sentences.enumerated().map { k, o -> Sentence in
            let (s, e) = try span(o, "sentence", k)
            return Sentence(start: s, end: e, utf8Start: 0, utf8End: 0, tokenRange: 0..<0)
        }
        return TokenizedDocument(document: expected, tokens: toks, sentences: sents)
    }
}

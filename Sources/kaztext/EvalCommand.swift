import ArgumentParser
import Foundation
import KazakhText

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score spans (JSONL or IOB2 gold) or tokenization (CoNLL-U gold).",
        discussion: """
            Spans: exact-match precision, recall and F1 per label and micro-averaged, and value
            accuracy (value, max, unit, approx) over matched numeric spans. Gold is annotation
            JSONL or IOB2 (CoNLL-2002, as KazNERD; each sentence's tokens joined by spaces); only
            --labels are scored, and a prediction that does not match a gold span exactly is a
            false positive even where it overlaps a gold span of another label (a DATE, say).
            Without --labels, QUOTE is scored only when the gold has QUOTE spans.
            Without PRED, `extract` runs on the gold texts; PRED is `kaztext extract` JSONL,
            matched to gold documents by id.

            Tokenization: gold CoNLL-U sentences' "# text" lines are joined into one document (by a
            space, or a newline with --join newline) and tokens and sentences are compared as the
            CoNLL 2018 UD shared task does. PRED is `kaztext tokenize --format jsonl` on that text.

            Examples:
              kaztext eval --gold ../shared/data/kaznerd/IOB2_valid.txt
              kaztext eval --gold Corpus/numbers/seed.jsonl --errors 10
              kaztext eval --gold ../shared/data/kaznerd/IOB2_valid.txt --labels MONEY,QUANTITY --errors 20
              kaztext eval --gold ../shared/data/ud-kk-ktb/kk_ktb-dev-half.conllu --join newline
            """
    )

    @Option(help: "Gold file: annotation JSONL, IOB2 or CoNLL-U.")
    var gold: String

    @Argument(help: "Predictions (JSONL from `kaztext extract` or `kaztext tokenize`); default: run the tool.")
    var predicted: String?

    @Option(name: .customLong("gold-format"), help: "jsonl, iob2 or conllu (default: by extension; .conllu, .jsonl, else iob2).")
    var goldFormat: String?

    @Option(help: "Comma-separated labels to score (default: every label extract produces).")
    var labels: String?

    @Option(help: "Tokenization only: how gold sentences are joined, space or newline.")
    var join: String = "space"

    @Option(help: "Print the first N disagreements.")
    var errors: Int = 0

    @Option(name: .customLong("lexicons"), help: "Extra lexicon folder or file (repeatable).")
    var lexicons: [String] = []

    var resolvedGoldFormat: String {
        if let goldFormat { return goldFormat }
        if gold.hasSuffix(".conllu") { return "conllu" }
        if gold.hasSuffix(".jsonl") { return "jsonl" }
        return "iob2"
    }

    func validate() throws {
        guard ["jsonl", "iob2", "conllu"].contains(resolvedGoldFormat) else {
            throw ValidationError("--gold-format must be jsonl, iob2 or conllu")
        }
        guard TokenizationScorer.Join(rawValue: join) != nil else {
            throw ValidationError("--join must be space or newline")
        }
        guard errors >= 0 else { throw ValidationError("--errors must be 0 or more") }
        if let labels {
            for l in labels.split(separator: ",") where SpanLabel(rawValue: String(l)) == nil {
                throw ValidationError("unknown label '\(l)'; labels are \(SpanLabel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
    }

    func run() throws {
        for path in [gold] + (predicted.map { [$0] } ?? []) {
            if let problem = InputPath.problem(path) { throw SysExit.fail(SysExit.noInput, "\(path): \(problem)") }
        }
        if resolvedGoldFormat == "conllu" {
            try runTokenization()
        } else {
            try runSpans()
        }
    }

    // MARK: spans

    func runSpans() throws {
        let golds: [AnnotatedDocument]
        do {
            if resolvedGoldFormat == "jsonl" {
                golds = try AnnotationReader.read(path: gold)
            } else {
                guard let data = FileManager.default.contents(atPath: gold) else {
                    throw SysExit.fail(SysExit.noInput, "\(gold): cannot read")
                }
                golds = try IOB2Reader.read(String(decoding: data, as: UTF8.self), file: gold)
            }
        } catch let error as AnnotationError {
            throw SysExit.fail(SysExit.dataError, error.description)
        }
        // By default QUOTE is scored only against gold that annotates quotations (KazNERD and the
        // numbers and leaders corpora do not, so every quote found there would count as false).
        let goldHasQuotes = golds.contains { $0.spans.contains { $0.label == SpanLabel.QUOTE.rawValue } }
        let defaults = Extractor.producedLabels.filter { $0 != .QUOTE || goldHasQuotes }.map(\.rawValue)
        let scored = Set(labels.map { $0.split(separator: ",").map(String.init) } ?? defaults)
        var predictions: [[GoldSpan]]
        if let predicted {
            let docs: [AnnotatedDocument]
            do { docs = try AnnotationReader.read(path: predicted) } catch { throw SysExit.fail(SysExit.dataError, "\(error)") }
            let byID = Dictionary(docs.map { ($0.document.id, $0) }, uniquingKeysWith: { a, _ in a })
            predictions = []
            for g in golds {
                guard let p = byID[g.document.id] else {
                    throw SysExit.fail(SysExit.dataError, "\(predicted): no document with id \(g.document.id)")
                }
                guard p.document.text == g.document.text else {
                    throw SysExit.fail(SysExit.dataError, "\(predicted): document \(g.document.id) has another text than the gold")
                }
                predictions.append(p.spans)
            }
        } else {
            let extractor: Extractor
            do { extractor = try Extractor(store: LexiconStore.bundled().adding(userPaths: lexicons)) } catch {
                throw SysExit.lexiconFailure(error)
            }
            var iterator = golds.makeIterator()
            predictions = []
            OrderedParallelMap<Document, [GoldSpan]>(batchSize: 512) { doc in
                ((try? extractor.extract(doc))?.spans ?? []).map(GoldSpan.init)
            }.run(next: { iterator.next()?.document }) { predictions.append($0) }
        }
        let scorer = SpanScorer(labels: scored)
        var result = SpanScorer.Result()
        for (g, p) in zip(golds, predictions) {
            scorer.add(document: g.document, gold: g.spans, predicted: p, to: &result)
        }
        print("gold: \(gold) (\(result.documents) documents); scored labels: \(scored.sorted().joined(separator: ", "))")
        print("label        gold  pred  correct      P       R      F1")
        func row(_ name: String, _ prf: PRF) {
            print(name.padding(toLength: 10, withPad: " ", startingAt: 0)
                  + String(format: "%6d %5d %8d  %6.2f  %6.2f  %6.2f", prf.gold, prf.predicted, prf.correct,
                           prf.precision * 100, prf.recall * 100, prf.f1 * 100))
        }
        for label in result.perLabel.keys.sorted() { row(label, result.perLabel[label]!) }
        row("micro", result.micro)
        let v = result.values
        if v.matched > 0 {
            func pct(_ n: Int) -> String { String(format: "%.2f%%", Double(n) * 100 / Double(v.matched)) }
            print("values over \(v.matched) matched numeric spans: all fields \(pct(v.allRight)) (value \(pct(v.valueRight)), max \(pct(v.maxRight)), unit \(pct(v.unitRight)), approx \(pct(v.approxRight)))")
        }
        if result.leaders.matched > 0 {
            print("leaders over \(result.leaders.matched) matched spans with a gold leader: \(result.leaders.right) right")
        }
        if result.speakers.matched > 0 {
            print(String(format: "speakers over %d matched QUOTE spans: %d right (%.2f%%)", result.speakers.matched,
                         result.speakers.right, Double(result.speakers.right) * 100 / Double(result.speakers.matched)))
        }
        if errors > 0 {
            print("\nfirst \(min(errors, result.errors.count)) of \(result.errors.count) disagreements:")
            for e in result.errors.prefix(errors) {
                var line = "  \(e.kind.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(e.span.label) \(e.documentID): \(e.context.replacingOccurrences(of: "\n", with: "⏎"))"
                if e.kind == .wrongValue, let g = e.other {
                    line += "  gold \(g.value ?? "-")/\(g.max ?? "-")/\(g.unit ?? "-")/\(g.approx ?? "-") predicted \(e.span.value ?? "-")/\(e.span.max ?? "-")/\(e.span.unit ?? "-")/\(e.span.approx ?? "-")"
                } else if e.kind == .wrongSpeaker {
                } else if let o = e.other {
                    line += "  (overlaps \(e.kind == .miss ? "predicted" : "gold") \(o.label) \(o.start)-\(o.end))"
                }
                print(line)
            }
        }
    }

    // MARK: tokenization

    func runTokenization() throws {
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
                throw SysExit.lexiconFailure(error)
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

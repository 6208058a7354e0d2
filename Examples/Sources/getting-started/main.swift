// The code of the getting-started article (Sources/KazakhText/KazakhText.docc/GettingStarted.md)
// and of the README's "Use the library", in the same order: a test checks that each of their
// Swift blocks appears here word for word, and CI (scripts/ci-examples.sh) builds and runs it.
import KazakhText

// Tokenize.
let tokenizer = try Tokenizer()
let short = try tokenizer.tokenize(Document(id: "t", text: "Былтыр 62%-ға өсті. Aстана"))
for token in short.tokens {
    print(token.kind, token.text(in: short.document.text), token.norm ?? "")
}
print("sentences:", short.sentences.count)

// Extract, and read the values.
let extractor = try Extractor()
let news = Document(id: "n", text: "Былтыр жүк тасымалы 4,5 миллион тоннаны құрады.", date: "2025-10-21")
for span in try extractor.extract(news).spans where span.label.isNumeric {
    print(span.label, span.text(in: news), span.value?.description ?? "", span.unit ?? "")
}

// Resolve a leader.
let leaders = try LeaderLexicon(store: .bundled())
for id in leaders.holders(office: "president", country: "KZ", on: "2018-05-01") {
    print(id, leaders.names[id]?.first ?? "")
}
let said = Document(id: "q", text: "«Бәрі жақсы», – деді Қазақстан Президенті.", date: "2025-10-21")
for span in try extractor.extract(said).spans {
    print(span.label, span.text(in: said), span.leader ?? "", span.speakerText(in: said) ?? "")
}

// Evaluate against gold spans.
let gold = [AnnotatedDocument(document: news, spans: [
    GoldSpan(start: 20, end: 39, label: "QUANTITY", value: "4500000", unit: "t"),
])]
let scorer = SpanScorer(labels: Set(ScoredLabels(gold: gold).labels.map(\.rawValue)))
var score = SpanScorer.Result()
for item in gold {
    let predicted = try extractor.extract(item.document).spans.map(GoldSpan.init)
    scorer.add(document: item.document, gold: item.spans, predicted: predicted, to: &score)
}
print("micro", score.micro)

// Where the lexicons come from: a program copied away from the package's checkout passes its
// copy of the Lexicons folder (not called here: the folder is an example).
func extractorWithCopiedLexicons() throws -> Extractor {
    let store = LexiconStore(directories: ["news-tool/Lexicons"])
    let copied = try Extractor(store: store)
    return copied
}

/// Which labels an evaluation scores when the caller names none: the labels the gold file
/// annotates, among those `Extractor` produces.
///
/// A gold file that annotates only numbers (`Corpus/numbers/seed.jsonl`: `4,5 миллион тоннаны`
/// as QUANTITY) is scored on numbers only, so the persons, positions and quotations the extractor
/// also finds there (`Мемлекет басшысы`, `«Бәрі жақсы», – деді Тоқаев.`) are not counted as
/// false positives.
///
/// ```swift
/// let gold = try AnnotationReader.read(path: "Corpus/numbers/seed.jsonl")
/// let labels = ScoredLabels(gold: gold)
/// // labels.labels == [.CARDINAL, .MONEY, .ORDINAL, .PERCENTAGE, .QUANTITY], labels.fromGold == true
/// let scorer = SpanScorer(labels: Set(labels.labels.map(\.rawValue)))
/// ```
public struct ScoredLabels: Sendable, Hashable {
    /// The labels to score, sorted by name (`[.MONEY, .QUANTITY]`).
    /// (`[.MONEY, .QUANTITY]` for a gold that marks only `бір миллиард доллар` and `4,5 миллион тонна`.)
    public var labels: [SpanLabel]
    /// True when `labels` are the ones the gold annotates; false when the gold annotates none of
    /// the labels `Extractor` produces, and every produced label is scored.
    /// (True for `Corpus/numbers/seed.jsonl`, which marks numbers such as `62%-ға`.)
    public var fromGold: Bool

    /// The produced labels (`Extractor.producedLabels`) that some span of `gold` carries; every
    /// produced label when no gold span carries one.
    /// (A gold that marks only `62%-ға` as PERCENTAGE gives `[.PERCENTAGE]`.)
    public init(gold: [AnnotatedDocument], produced: [SpanLabel] = Extractor.producedLabels) {
        var annotated = Set<String>()
        for document in gold {
            for span in document.spans { annotated.insert(span.label) }
        }
        let found = produced.filter { annotated.contains($0.rawValue) }
        fromGold = !found.isEmpty
        labels = (found.isEmpty ? produced : found).sorted()
    }

    /// One line for a report: `CARDINAL, MONEY (the labels the gold annotates; --labels to change)`.
    /// (`PERCENTAGE (the labels the gold annotates; --labels to change)` for a gold marking `62%-ға`.)
    public var summary: String {
        let names = labels.map(\.rawValue).joined(separator: ", ")
        return fromGold ? "\(names) (the labels the gold annotates; --labels to change)"
            : "\(names) (the gold annotates none of them; --labels to change)"
    }
}

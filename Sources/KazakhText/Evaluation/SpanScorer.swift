/// Exact-match span scoring per label and micro-averaged, plus value accuracy over matched
/// numeric spans, as `kaztext eval` reports it.
///
/// Only labels in `labels` are scored: gold spans of other labels are not counted as misses,
/// and any prediction that does not match a gold span exactly (including one that overlaps a
/// gold DATE, say) is a false positive.
///
/// ```swift
/// let text = "Былтыр жүк тасымалы 4,5 миллион тоннаны құрады."
/// let gold = [GoldSpan(start: 20, end: 39, label: "QUANTITY", value: "4500000", unit: "t")]
/// let predicted = try Extractor().extract(Document(id: "n", text: text)).spans.map(GoldSpan.init)
/// var result = SpanScorer.Result()
/// SpanScorer(labels: ["QUANTITY"]).add(document: Document(id: "n", text: text), gold: gold,
///                                      predicted: predicted, to: &result)
/// result.micro.f1   // 1.0
/// ```
public struct SpanScorer: Sendable {
    /// The labels scored, as annotation labels (`["MONEY", "QUANTITY"]` for `бір миллиард доллар`
    /// and `4,5 миллион тонна`).
    public var labels: Set<String>

    /// A scorer of `labels` only: `SpanScorer(labels: ["PERCENTAGE"])` scores `62%-ға` and ignores
    /// `Қазақстан Президенті`.
    public init(labels: Set<String>) {
        self.labels = labels
    }

    /// One error, for `kaztext eval --errors`: a gold `62%-ға` the prediction missed, say.
    public struct Disagreement: Sendable {
        /// What went wrong: `miss` (gold `62%-ға` not predicted), `false positive`, `wrong value`
        /// (`4,5 миллион` read as 4.5), `wrong speaker` (a quote given to the wrong `Тоқаев`),
        /// `wrong leader`.
        public enum Kind: String, Sendable {
            case miss, falsePositive = "false positive", wrongValue = "wrong value", wrongSpeaker = "wrong speaker"
            /// A matched span whose gold names a leader and whose prediction names another (or none):
            /// `Президент` resolved to `nursultan-nazarbayev` where the gold says `kassym-jomart-tokayev`.
            case wrongLeader = "wrong leader"
        }
        /// What went wrong (`.miss` for a gold `62%-ға` not predicted).
        public var kind: Kind
        /// The id of the document (`"seed.txt"`, where a `62%-ға` was missed, say).
        public var documentID: String
        /// Which document: 0 for the first one given to `add` (the seed, `Қасым-Жомарт Тоқаев ...`), and so on.
        public var documentIndex: Int
        /// The span in error: the gold one for a miss, the predicted one otherwise (`62%-ға`).
        public var span: GoldSpan
        /// The other side (the gold span for a wrong value, leader or speaker; a gold span of
        /// another label overlapping a false positive): the gold `4,5 миллион тоннаны` beside a
        /// prediction that read it wrong.
        public var other: GoldSpan?
        /// The text around the span with the span in brackets (`…жүк тасымалы [4,5 миллион тоннаны] құрады…`).
        public var context: String
        /// The span's text (`4,5 миллион тоннаны`).
        public var text: String
        /// For a miss or a false positive: a span of the same label on the other side that
        /// overlaps it, which makes it a boundary error (`Қасым-Жомарт Тоқаев` against `Тоқаев`).
        public var sameLabelOverlap: GoldSpan? = nil

        /// A miss or false positive that another span of its label overlaps (`Тоқаев` against
        /// `Қасым-Жомарт Тоқаев`).
        public var isBoundaryError: Bool { sameLabelOverlap != nil }
    }

    /// How many matched numeric spans have each field right: `4,5 миллион тоннаны` with value
    /// 4500000 and unit `t` in both gold and prediction counts in every field.
    public struct FieldAccuracy: Sendable {
        /// Matched numeric spans (`62%-ға` in both gold and prediction).
        public var matched = 0
        /// With the gold `value` (62 for `62%-ға`).
        public var valueRight = 0
        /// With the gold `max` (10 for `5-10 пайыз`, none for `62%-ға`).
        public var maxRight = 0
        /// With the gold `unit` (`%` for `62%-ға`).
        public var unitRight = 0
        /// With the gold `approx` (`up_to` for `бір миллиард долларға дейін`).
        public var approxRight = 0
        /// With every field right (`62%-ға`: value 62, unit `%`, neither max nor approx).
        public var allRight = 0
    }

    /// Counts over every document added, as `kaztext eval` prints them (a found `62%-ға` is one
    /// correct PERCENTAGE).
    public struct Result: Sendable {
        /// Scores per label (`"PERCENTAGE"` for spans such as `62%-ға`).
        public var perLabel: [String: PRF] = [:]
        /// Scores over every scored label together (`62%-ға` and `4,5 миллион тоннаны` alike).
        public var micro = PRF(gold: 0, predicted: 0, correct: 0)
        /// Field accuracy over matched numeric spans (`4,5 миллион тоннаны` = 4500000 t).
        public var values = FieldAccuracy()
        /// Matched spans with a gold `leader`, and how many name the same one (`Қазақстан Президенті`).
        public var leaders = (matched: 0, right: 0)
        /// Matched QUOTE spans and how many have the gold `speaker` (both absent counts as right).
        /// (`Тоқаев` as the speaker of `«Бәрі жақсы»` in both.)
        public var speakers = (matched: 0, right: 0)
        /// Every disagreement, in document order (a missed `62%-ға`, say).
        public var errors: [Disagreement] = []

        /// Empty counts, to add documents to: `var result = SpanScorer.Result()` before scoring
        /// `Былтыр 62%-ға өсті.`.
        public init() {}
        /// Documents added (one for `Былтыр 62%-ға өсті.` alone).
        public var documents = 0
    }

    /// Adds one document's gold and predicted spans to `result`.
    /// (`62%-ға` in both gold and prediction adds one correct PERCENTAGE.)
    public func add(document: Document, gold: [GoldSpan], predicted: [GoldSpan], to result: inout Result) {
        result.documents += 1
        let documentIndex = result.documents - 1
        let scalars = Array(document.text.unicodeScalars)
        func slice(_ s: GoldSpan) -> String {
            String(String.UnicodeScalarView(scalars[Swift.max(0, s.start)..<Swift.min(scalars.count, s.end)]))
        }
        func context(_ s: GoldSpan) -> String {
            let a = Swift.max(0, s.start - 40), z = Swift.min(scalars.count, s.end + 40)
            return String(String.UnicodeScalarView(scalars[a..<s.start])) + "[" + slice(s) + "]"
                + String(String.UnicodeScalarView(scalars[s.end..<z]))
        }
        let scoredGold = gold.filter { labels.contains($0.label) }
        let scoredPredicted = predicted.filter { labels.contains($0.label) }
        var goldByKey: [String: GoldSpan] = [:]
        for g in scoredGold { goldByKey["\(g.start):\(g.end):\(g.label)"] = g }
        var matchedGold = Set<String>()
        for label in Set(scoredGold.map(\.label)).union(scoredPredicted.map(\.label)) where result.perLabel[label] == nil {
            result.perLabel[label] = PRF(gold: 0, predicted: 0, correct: 0)
        }
        for g in scoredGold { result.perLabel[g.label]!.gold += 1; result.micro.gold += 1 }
        for p in scoredPredicted {
            result.perLabel[p.label]!.predicted += 1
            result.micro.predicted += 1
            let key = "\(p.start):\(p.end):\(p.label)"
            if let g = goldByKey[key], !matchedGold.contains(key) {
                matchedGold.insert(key)
                result.perLabel[p.label]!.correct += 1
                result.micro.correct += 1
                if g.value != nil {
                    result.values.matched += 1
                    let v = g.value == p.value, m = g.max == p.max, u = g.unit == p.unit, a = g.approx == p.approx
                    if v { result.values.valueRight += 1 }
                    if m { result.values.maxRight += 1 }
                    if u { result.values.unitRight += 1 }
                    if a { result.values.approxRight += 1 }
                    if v && m && u && a { result.values.allRight += 1 } else {
                        result.errors.append(Disagreement(kind: .wrongValue, documentID: document.id, documentIndex: documentIndex, span: p, other: g,
                                                   context: context(p), text: slice(p)))
                    }
                }
                if g.label == SpanLabel.QUOTE.rawValue {
                    result.speakers.matched += 1
                    if g.speaker == p.speaker { result.speakers.right += 1 } else {
                        func who(_ r: [Int]?) -> String {
                            guard let r, r.count == 2 else { return "none" }
                            return slice(GoldSpan(start: r[0], end: r[1], label: "")) + " \(r[0])-\(r[1])"
                        }
                        let head = slice(GoldSpan(start: p.start, end: Swift.min(p.end, p.start + 40), label: ""))
                        result.errors.append(Disagreement(kind: .wrongSpeaker, documentID: document.id, documentIndex: documentIndex, span: p, other: g,
                                                   context: "[\(head)…] gold speaker: \(who(g.speaker)); predicted: \(who(p.speaker))",
                                                   text: slice(p)))
                    }
                }
                if g.leader != nil {
                    result.leaders.matched += 1
                    if g.leader == p.leader { result.leaders.right += 1 } else {
                        result.errors.append(Disagreement(kind: .wrongLeader, documentID: document.id, documentIndex: documentIndex,
                                                          span: p, other: g, context: context(p), text: slice(p)))
                    }
                }
            } else {
                let overlapping = gold.first { $0.start < p.end && p.start < $0.end && !($0.start == p.start && $0.end == p.end && $0.label == p.label) }
                let sameLabel = scoredGold.first { $0.label == p.label && $0.start < p.end && p.start < $0.end }
                result.errors.append(Disagreement(kind: .falsePositive, documentID: document.id, documentIndex: documentIndex,
                                                  span: p, other: overlapping, context: context(p), text: slice(p),
                                                  sameLabelOverlap: sameLabel))
            }
        }
        for g in scoredGold where !matchedGold.contains("\(g.start):\(g.end):\(g.label)") {
            let overlapping = scoredPredicted.first { $0.start < g.end && g.start < $0.end }
            let sameLabel = scoredPredicted.first { $0.label == g.label && $0.start < g.end && g.start < $0.end }
            result.errors.append(Disagreement(kind: .miss, documentID: document.id, documentIndex: documentIndex, span: g,
                                              other: overlapping, context: context(g), text: slice(g), sameLabelOverlap: sameLabel))
        }
    }
}

/// Exact-match span scoring per label and micro-averaged, plus value accuracy over matched
/// numeric spans, as `kaztext eval` reports it.
///
/// Only labels in `labels` are scored: gold spans of other labels are not counted as misses,
/// and any prediction that does not match a gold span exactly (including one that overlaps a
/// gold DATE, say) is a false positive.
public struct SpanScorer: Sendable {
    public var labels: Set<String>

    public init(labels: Set<String>) {
        self.labels = labels
    }

    public struct Disagreement: Sendable {
        public enum Kind: String, Sendable {
            case miss, falsePositive = "false positive", wrongValue = "wrong value", wrongSpeaker = "wrong speaker"
            /// A matched span whose gold names a leader and whose prediction names another (or none).
            case wrongLeader = "wrong leader"
        }
        public var kind: Kind
        public var documentID: String
        /// Which document: 0 for the first one given to `add`, and so on.
        public var documentIndex: Int
        public var span: GoldSpan
        /// The other side (the gold span for a wrong value, leader or speaker; a gold span of another label overlapping a false positive).
        public var other: GoldSpan?
        public var context: String
        public var text: String
        /// For a miss or a false positive: a span of the same label on the other side that
        /// overlaps it, which makes it a boundary error (`Қасым-Жомарт Тоқаев` against `Тоқаев`).
        public var sameLabelOverlap: GoldSpan? = nil

        /// A miss or false positive that another span of its label overlaps.
        public var isBoundaryError: Bool { sameLabelOverlap != nil }
    }

    public struct FieldAccuracy: Sendable {
        public var matched = 0
        public var valueRight = 0
        public var maxRight = 0
        public var unitRight = 0
        public var approxRight = 0
        public var allRight = 0
    }

    public struct Result: Sendable {
        public var perLabel: [String: PRF] = [:]
        public var micro = PRF(gold: 0, predicted: 0, correct: 0)
        public var values = FieldAccuracy()
        public var leaders = (matched: 0, right: 0)
        /// Matched QUOTE spans and how many have the gold `speaker` (both absent counts as right).
        public var speakers = (matched: 0, right: 0)
        public var errors: [Disagreement] = []

        public init() {}
        public var documents = 0
    }

    /// Adds one document's gold and predicted spans to `result`.
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

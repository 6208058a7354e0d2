import Foundation

/// The HTML view of an evaluation (`kaztext eval --html`): the per-label table, then gold and
/// prediction side by side on every document that disagrees, each false positive, false
/// negative, boundary error, wrong value, wrong leader and wrong speaker marked and listed.
///
/// ```swift
/// let view = EvalHTML(leaders: extractor.leaders.leaders, scored: ["PERSON", "POSITION"])
/// var result = SpanScorer.Result()
/// scorer.add(document: doc, gold: gold, predicted: predicted, to: &result)
/// let summary = view.summary(result: result, gold: "Corpus/leaders/news.jsonl", scored: ["PERSON", "POSITION"])
/// let section = view.section(document: doc, index: 1, gold: gold, predicted: predicted,
///                            disagreements: result.errors)   // Тоқаев: gold PERSON, predicted nothing
/// ```
package struct EvalHTML: Sendable {
    package var leaders: LeaderLexicon?
    /// The labels scored: spans of other labels are shown grey.
    package var scored: Set<String>

    package init(leaders: LeaderLexicon?, scored: Set<String>) {
        self.leaders = leaders
        self.scored = scored
    }

    /// What a disagreement is, as the page names and styles it.
    package static func kind(_ d: SpanScorer.Disagreement) -> (css: String, name: String) {
        switch d.kind {
        case .miss: return d.isBoundaryError ? ("boundary", "boundary error (gold)") : ("fn", "false negative")
        case .falsePositive: return d.isBoundaryError ? ("boundary", "boundary error (predicted)") : ("fp", "false positive")
        case .wrongValue: return ("value", "wrong value")
        case .wrongLeader: return ("leader", "wrong leader")
        case .wrongSpeaker: return ("speaker", "wrong speaker")
        }
    }

    /// The per-label table, the accuracy of values, leaders and speakers, and the count of each
    /// kind of disagreement.
    package func summary(result: SpanScorer.Result, gold: String, scored: [String]) -> [UInt8] {
        var html = HTMLWriter()
        let disagreeing = Set(result.errors.map(\.documentIndex)).count
        html.raw("<section class=\"doc eval-summary\"><p>")
        html.text("gold: \(gold) (\(result.documents) documents, \(disagreeing) with disagreements); scored labels: \(scored.joined(separator: ", "))")
        html.raw("</p>\n<table class=\"summary\"><tr><th>label</th><th>gold</th><th>predicted</th><th>correct</th><th>P</th><th>R</th><th>F1</th></tr>\n")
        func row(_ name: String, _ prf: PRF) {
            func pct(_ x: Double) -> String { String(format: "%.2f", x * 100) }
            html.cells([name, "\(prf.gold)", "\(prf.predicted)", "\(prf.correct)", pct(prf.precision), pct(prf.recall), pct(prf.f1)],
                       classes: ["", "num", "num", "num", "num", "num", "num"])
        }
        for label in result.perLabel.keys.sorted() { row(label, result.perLabel[label]!) }
        row("micro", result.micro)
        html.raw("</table>\n<p>")
        var lines: [String] = []
        let v = result.values
        if v.matched > 0 { lines.append("values right on \(v.allRight) of \(v.matched) matched numeric spans") }
        if result.leaders.matched > 0 { lines.append("leaders right on \(result.leaders.right) of \(result.leaders.matched) matched spans with a gold leader") }
        if result.speakers.matched > 0 { lines.append("speakers right on \(result.speakers.right) of \(result.speakers.matched) matched quotes") }
        var kinds: [String: Int] = [:]
        for d in result.errors { kinds[Self.kind(d).name, default: 0] += 1 }
        lines.append("disagreements: " + (kinds.isEmpty ? "none" : kinds.keys.sorted().map { "\($0) \(kinds[$0]!)" }.joined(separator: " · ")))
        html.text(lines.joined(separator: "; "))
        html.raw("</p>\n<p class=\"legend\"><mark class=\"span ok\">right</mark> <mark class=\"span err-fp\">false positive or negative</mark> ")
        html.raw("<mark class=\"span err-boundary\">boundary error</mark> <mark class=\"span err-value\">wrong value, leader or speaker</mark> ")
        html.raw("<mark class=\"span unscored\">not scored</mark></p></section>\n")
        return html.bytes
    }

    /// One disagreeing document (`index` 1-based, in gold order): gold and prediction side by
    /// side, then a table of its disagreements.
    package func section(document: Document, index: Int, gold: [GoldSpan], predicted: [GoldSpan],
                        disagreements: [SpanScorer.Disagreement]) -> [UInt8] {
        let notes = SpanNotes(leaders: leaders, date: document.date)
        let slicer = ScalarSlicer(document.text)
        var goldMarks: [String: [SpanScorer.Disagreement]] = [:], predictedMarks: [String: [SpanScorer.Disagreement]] = [:]
        for d in disagreements {
            switch d.kind {
            case .miss: goldMarks[Self.key(d.span), default: []].append(d)
            case .falsePositive: predictedMarks[Self.key(d.span), default: []].append(d)
            case .wrongValue, .wrongLeader, .wrongSpeaker:
                predictedMarks[Self.key(d.span), default: []].append(d)
                if let g = d.other { goldMarks[Self.key(g), default: []].append(d) }
            }
        }
        var html = HTMLWriter(capacity: document.text.utf8.count * 6 + 2048)
        DocumentHeading.write(document: document, index: index, spans: gold, to: &html)
        html.raw("<div class=\"sides\">\n")
        for (side, name, spans, marks) in [("gold", "Gold", gold, goldMarks), ("pred", "Prediction", predicted, predictedMarks)] {
            html.raw("<div class=\"side\" data-side=\"\(side)\"><h3>")
            html.text("\(name): " + ExtractionHTML.summary(of: spans))
            html.raw("</h3><div class=\"texts\">")
            SpanMarkup.write(text: document.text, spans: spans.map { marked($0, marks[Self.key($0)] ?? [], notes, slicer) }, to: &html)
            html.raw("</div></div>\n")
        }
        html.raw("</div>\n")
        if document.text.isEmpty { html.raw("<p class=\"empty\">(empty document)</p>\n") }
        writeDisagreements(disagreements, notes: notes, slicer: slicer, to: &html)
        html.raw("</section>\n")
        return html.bytes
    }

    static func key(_ s: GoldSpan) -> String { "\(s.start):\(s.end):\(s.label)" }

    func marked(_ s: GoldSpan, _ found: [SpanScorer.Disagreement], _ notes: SpanNotes, _ slicer: ScalarSlicer) -> MarkedSpan {
        let classes: String
        if !scored.contains(s.label) { classes = "unscored" } else if found.isEmpty { classes = "ok" } else {
            classes = found.map { "err-" + Self.kind($0).css }.joined(separator: " ")
        }
        var note = notes.note(s, speakerText: s.speaker.flatMap(slicer.slice))
        if !scored.contains(s.label) { note += " · not scored" }
        for d in found { note += " · " + Self.kind(d).name }
        return MarkedSpan(span: s, classes: classes, pill: notes.pill(s), note: note)
    }

    func writeDisagreements(_ ds: [SpanScorer.Disagreement], notes: SpanNotes, slicer: ScalarSlicer, to html: inout HTMLWriter) {
        html.raw("<table class=\"summary disagreements\"><caption>Disagreements</caption><tr><th>kind</th><th>label</th><th>gold</th><th>predicted</th></tr>\n")
        func describe(_ s: GoldSpan?) -> String {
            guard let s else { return "—" }
            var parts = ["«\(slicer.slice(s.start, s.end))» \(s.label) \(s.start)–\(s.end)"]
            if s.value != nil { parts.append(notes.value(s)) }
            if let id = s.leader { parts.append("leader " + notes.leaderName(id)) }
            if let r = s.speaker, r.count == 2 { parts.append("speaker «\(slicer.slice(r[0], r[1]))» \(r[0])–\(r[1])") }
            return parts.joined(separator: ", ")
        }
        for d in ds {
            let (css, name) = Self.kind(d)
            let gold: GoldSpan?, predicted: GoldSpan?
            switch d.kind {
            case .miss: gold = d.span; predicted = d.sameLabelOverlap ?? d.other
            case .falsePositive: predicted = d.span; gold = d.sameLabelOverlap ?? d.other
            case .wrongValue, .wrongLeader, .wrongSpeaker: predicted = d.span; gold = d.other
            }
            html.raw("<tr><td class=\"kind kind-\(css)\">")
            html.text(name)
            html.raw("</td>")
            html.cells([d.span.label, describe(gold), describe(predicted)], row: false)
            html.raw("</tr>\n")
        }
        html.raw("</table>\n")
    }
}

extension HTMLWriter {
    /// Escaped cells, inside a row already open (`row: false`) or as a row of their own.
    mutating func cells(_ values: [String], row: Bool) {
        if row { cells(values); return }
        for v in values {
            raw("<td>")
            text(v)
            raw("</td>")
        }
    }
}

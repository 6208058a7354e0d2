/// The HTML view of one document's extraction (`kaztext render`): its text with every span
/// highlighted, then a table of the numbers found, of who said what, and of the persons and
/// positions with the leader each names.
///
/// ```swift
/// let renderer = ExtractionHTML(leaders: extractor.leaders.leaders)
/// let doc = Document(id: "d1", text: "Былтыр 62 пайызға өсті.", date: "2025-10-21")
/// let section = renderer.section(document: doc, spans: try extractor.extract(doc).spans.map(GoldSpan.init), index: 1)
/// let page = HTMLPage.page(title: "kaztext render", navigation: "", body: section)
/// ```
package struct ExtractionHTML: Sendable {
    package var leaders: LeaderLexicon?

    package init(leaders: LeaderLexicon?) {
        self.leaders = leaders
    }

    /// The `<section>` of document number `index` (1-based, in input order).
    package func section(document: Document, spans: [GoldSpan], index: Int) -> [UInt8] {
        let notes = SpanNotes(leaders: leaders, date: document.date)
        let slicer = ScalarSlicer(document.text)
        var html = HTMLWriter(capacity: document.text.utf8.count * 3 + 1024)
        DocumentHeading.write(document: document, index: index, spans: spans, to: &html)
        let marked = spans.map { s in
            MarkedSpan(span: s, pill: notes.pill(s), note: notes.note(s, speakerText: s.speaker.flatMap(slicer.slice)))
        }
        html.raw("<div class=\"texts\">")
        SpanMarkup.write(text: document.text, spans: marked, to: &html)
        html.raw("</div>\n")
        if document.text.isEmpty { html.raw("<p class=\"empty\">(empty document)</p>\n") }
        writeNumbers(spans.filter { $0.value != nil }, slicer: slicer, notes: notes, to: &html)
        writeQuotes(spans.filter { $0.label == SpanLabel.QUOTE.rawValue }, slicer: slicer, notes: notes, to: &html)
        writeNames(spans.filter { $0.label == SpanLabel.PERSON.rawValue || $0.label == SpanLabel.POSITION.rawValue },
                   slicer: slicer, notes: notes, to: &html)
        html.raw("</section>\n")
        return html.bytes
    }

    /// How many spans of each label, as headings and index pages show it: `PERSON 3 · QUANTITY 1`.
    package static func summary(of spans: [GoldSpan]) -> String { DocumentHeading.counts(spans) }

    /// The `<section>` standing for an input record that could not be read.
    package func errorSection(id: String?, index: Int, message: String) -> [UInt8] {
        var html = HTMLWriter()
        html.raw("<section class=\"doc failed\" id=\"doc-\(index)\" data-doc-index=\"\(index)\"><h2><span class=\"doc-no\">\(index)</span> ")
        html.text(id ?? "(no id)")
        html.raw("</h2><p class=\"warning\">could not be read: ")
        html.text(message)
        html.raw("</p></section>\n")
        return html.bytes
    }

    func writeNumbers(_ spans: [GoldSpan], slicer: ScalarSlicer, notes: SpanNotes, to html: inout HTMLWriter) {
        guard !spans.isEmpty else { return }
        html.raw("<table class=\"summary numbers\"><caption>Numbers</caption><tr><th>text</th><th>label</th><th>value</th><th>unit</th><th>range, approximation</th><th>offsets</th></tr>\n")
        for s in spans {
            var extra: [String] = []
            if let max = s.max { extra.append("\(s.value ?? "") – \(max)") }
            if let approx = s.approx { extra.append(approx) }
            html.cells([slicer.slice(s.start, s.end), s.label, s.value ?? "", s.unit ?? "", extra.joined(separator: ", "), "\(s.start)–\(s.end)"])
        }
        html.raw("</table>\n")
    }

    func writeQuotes(_ spans: [GoldSpan], slicer: ScalarSlicer, notes: SpanNotes, to html: inout HTMLWriter) {
        guard !spans.isEmpty else { return }
        html.raw("<table class=\"summary quotes\"><caption>Who said what</caption><tr><th>speaker</th><th>leader</th><th>quote</th><th>offsets</th></tr>\n")
        for s in spans {
            let speaker = s.speaker.flatMap(slicer.slice) ?? "(not named)"
            html.cells([speaker, s.leader.map(notes.leader) ?? "", slicer.slice(s.start, s.end), "\(s.start)–\(s.end)"],
                       classes: ["", "", "quote-text", ""])
        }
        html.raw("</table>\n")
    }

    func writeNames(_ spans: [GoldSpan], slicer: ScalarSlicer, notes: SpanNotes, to html: inout HTMLWriter) {
        guard !spans.isEmpty else { return }
        html.raw("<table class=\"summary names\"><caption>Persons and positions</caption><tr><th>text</th><th>label</th><th>leader</th><th>name</th><th>offices on the document date</th></tr>\n")
        for s in spans {
            html.cells([slicer.slice(s.start, s.end), s.label, s.leader ?? "", s.leader.map(notes.leaderName) ?? "",
                        s.leader.map(notes.leaderOffices) ?? ""])
        }
        html.raw("</table>\n")
    }
}

/// The heading of a document's section: number, id, date and how many spans of each label.
enum DocumentHeading {
    static func write(document: Document, index: Int, spans: [GoldSpan], to html: inout HTMLWriter, extraClass: String = "") {
        html.raw("<section class=\"doc\(extraClass)\" id=\"doc-\(index)\" data-doc-index=\"\(index)\" data-doc-id=\"")
        html.text(document.id)
        html.raw("\">\n<h2><span class=\"doc-no\">\(index)</span> <span class=\"doc-id\">")
        html.text(document.id)
        html.raw("</span>")
        if let date = document.date {
            html.raw(" <span class=\"date\">")
            html.text(date)
            html.raw("</span>")
        }
        html.raw(" <span class=\"counts\">")
        html.text(counts(spans))
        html.raw("</span></h2>\n")
    }

    /// `PERSON 3 · QUANTITY 1`, labels in alphabetical order; `no spans` when there are none.
    static func counts(_ spans: [GoldSpan]) -> String {
        guard !spans.isEmpty else { return "no spans" }
        var byLabel: [String: Int] = [:]
        for s in spans { byLabel[s.label, default: 0] += 1 }
        return byLabel.keys.sorted().map { "\($0) \(byLabel[$0]!)" }.joined(separator: " · ")
    }
}

extension HTMLWriter {
    /// One table row of escaped cells.
    mutating func cells(_ values: [String], classes: [String] = []) {
        raw("<tr>")
        for (k, v) in values.enumerated() {
            if k < classes.count, !classes[k].isEmpty { raw("<td class=\"\(classes[k])\">") } else { raw("<td>") }
            text(v)
            raw("</td>")
        }
        raw("</tr>\n")
    }
}

/// Slices of a text by Unicode scalar offsets.
struct ScalarSlicer {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// `text[start:end]`, clamped to the text.
    func slice(_ start: Int, _ end: Int) -> String {
        let a = Swift.max(0, Swift.min(start, scalars.count)), z = Swift.max(a, Swift.min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[a..<z])
        return String(view)
    }

    /// The text of a `[start, end]` pair (a quote's speaker).
    func slice(_ range: [Int]) -> String? {
        range.count == 2 ? slice(range[0], range[1]) : nil
    }
}

import Foundation
import Testing
@testable import KazakhText

/// The highlighted elements of rendered HTML: each `<mark>` with `data-start`, its label,
/// offsets and text content (entities decoded), in document order. Reads only the markup the
/// renderer writes (tags and the five entities of `HTMLWriter`), as a browser would.
enum RenderedMarks {
    struct Mark: Equatable, CustomStringConvertible {
        var label: String, start: Int, end: Int, text: String
        var description: String { "\(label) \(start)-\(end) \(text.debugDescription)" }
        /// Scalar by scalar: String's == would take `е` + U+0301 for a precomposed letter.
        static func == (a: Mark, b: Mark) -> Bool {
            a.label == b.label && a.start == b.start && a.end == b.end && Array(a.text.unicodeScalars) == Array(b.text.unicodeScalars)
        }
    }

    static func read(_ bytes: [UInt8]) -> [Mark] {
        // Scalars, not Characters: a combining mark right after `>` would join it in one Character.
        let html = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        func string(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(html[r])) }
        var marks: [Mark] = []
        var open: [Int?] = []          // per open <mark>: its index in `marks`, nil for one without data-start
        var i = 0
        while i < html.count {
            if html[i] == "<" {
                guard let close = html[i...].firstIndex(of: ">") else { break }   // a tag cut off at the end
                let tag = string((i + 1)..<close)
                if tag.hasPrefix("mark ") {
                    if let start = attribute("data-start", tag).flatMap({ Int($0) }), let end = attribute("data-end", tag).flatMap({ Int($0) }) {
                        marks.append(Mark(label: decode(attribute("data-label", tag) ?? ""), start: start, end: end, text: ""))
                        open.append(marks.count - 1)
                    } else {
                        open.append(nil)
                    }
                } else if tag == "/mark" {
                    open.removeLast()
                }
                i = close + 1
            } else {
                let next = html[i...].firstIndex(of: "<") ?? html.count
                let text = decode(string(i..<next))
                for k in open.compactMap({ $0 }) { marks[k].text += text }
                i = next
            }
        }
        return marks
    }

    static func attribute(_ name: String, _ tag: String) -> String? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        return String(tag[r.upperBound...].prefix { $0 != "\"" })
    }

    static func decode(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#13;", with: "\r").replacingOccurrences(of: "&#xFFFD;", with: "\u{FFFD}")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

@Suite struct RenderTests {
    let renderer = ExtractionHTML(leaders: nil)

    func slice(_ text: String, _ s: GoldSpan) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[s.start..<s.end]))
    }

    /// Every span has exactly one element, whose offsets are the span's and whose text is the span's text.
    func expectOneExactMarkPerSpan(_ text: String, _ spans: [GoldSpan], _ html: [UInt8]) {
        let marks = RenderedMarks.read(html)
        let expected = spans.map { RenderedMarks.Mark(label: $0.label, start: $0.start, end: $0.end, text: slice(text, $0)) }
        #expect(marks.sorted { ($0.start, -$0.end, $0.label) < ($1.start, -$1.end, $1.label) }
                == expected.sorted { ($0.start, -$0.end, $0.label) < ($1.start, -$1.end, $1.label) })
    }

    func section(_ text: String, _ spans: [GoldSpan], id: String = "d") -> [UInt8] {
        renderer.section(document: Document(id: id, text: text), spans: spans, index: 1)
    }

    @Test func escapesMarkupAmpersandsAndQuotes() {
        let text = "<script>alert(\"x\")</script> & 'Ақ жол' <b>"
        let spans = [GoldSpan(start: 0, end: 8, label: "QUOTE"), GoldSpan(start: 28, end: 29, label: "CARDINAL", value: "1", unit: "<i>")]
        let html = section(text, spans, id: "\"><script>alert(1)</script>")
        let page = String(decoding: html, as: UTF8.self)
        #expect(!page.contains("<script"))
        #expect(!page.contains("<b>") && !page.contains("<i>"))
        #expect(page.contains("&lt;script&gt;</mark>alert(&quot;x&quot;)&lt;/script&gt; <mark"))
        #expect(page.contains("&amp;</mark> &#39;Ақ жол&#39; &lt;b&gt;</div>"))
        #expect(page.contains("data-pill=\"CARDINAL 1 &lt;i&gt;\""))
        #expect(page.contains("data-doc-id=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
        expectOneExactMarkPerSpan(text, spans, html)
    }

    /// A carriage return would become a line feed in the page; NUL cannot be in a page at all.
    @Test func carriageReturnKeptAndNulReplaced() {
        let text = "бір\r\nекі\u{0}"
        let html = String(decoding: section(text, [GoldSpan(start: 0, end: 9, label: "CARDINAL")]), as: UTF8.self)
        #expect(html.contains("бір&#13;\nекі&#xFFFD;</mark>"))
    }

    @Test func emptyDocument() {
        let html = section("", [])
        let page = String(decoding: html, as: UTF8.self)
        #expect(RenderedMarks.read(html).isEmpty)
        #expect(page.contains("<div class=\"text\" dir=\"auto\"></div>"))
        #expect(page.contains("(empty document)"))
        // A zero-length span still gets its one (empty) element.
        expectOneExactMarkPerSpan("", [GoldSpan(start: 0, end: 0, label: "QUOTE")], section("", [GoldSpan(start: 0, end: 0, label: "QUOTE")]))
    }

    @Test func spansAtBothEnds() {
        let text = "Тоқаев келді 5"
        let spans = [GoldSpan(start: 0, end: 6, label: "PERSON"), GoldSpan(start: 13, end: 14, label: "CARDINAL", value: "5")]
        let html = section(text, spans)
        let page = String(decoding: html, as: UTF8.self)
        #expect(page.contains("<div class=\"text\" dir=\"auto\"><mark class=\"span l-PERSON\" data-label=\"PERSON\" data-start=\"0\" data-end=\"6\""))
        #expect(page.contains(">5</mark></div>"))
        expectOneExactMarkPerSpan(text, spans, html)
    }

    /// A PERSON inside a QUOTE, a POSITION right before a PERSON, two spans over the same words:
    /// all in one view, nested; a span crossing another goes to a second view.
    @Test func nestedAdjacentAndCrossingSpans() {
        let text = "«Мемлекет басшысы Тоқаев келді», – деді Президент Тоқаев."
        let spans = [
            GoldSpan(start: 1, end: 30, label: "QUOTE", speaker: [40, 49]),
            GoldSpan(start: 1, end: 17, label: "POSITION"), GoldSpan(start: 18, end: 24, label: "PERSON"),
            GoldSpan(start: 40, end: 49, label: "POSITION"), GoldSpan(start: 50, end: 56, label: "PERSON"),
            GoldSpan(start: 50, end: 56, label: "DATE"),
        ]
        let html = section(text, spans)
        let page = String(decoding: html, as: UTF8.self)
        #expect(!page.contains("The same text again"))
        #expect(page.contains("data-start=\"1\" data-end=\"17\""))
        #expect(page.contains("Тоқаев</mark> келді</mark>»"))
        #expect(page.contains("Президент</mark> <mark"))
        expectOneExactMarkPerSpan(text, spans, html)

        let crossing = spans + [GoldSpan(start: 10, end: 24, label: "PERSON")]   // "басшысы Тоқаев" crosses "Мемлекет басшысы"
        let crossingHTML = section(text, crossing)
        #expect(String(decoding: crossingHTML, as: UTF8.self).contains("The same text again"))
        #expect(SpanMarkup.layers(crossing.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
            .map { MarkedSpan(span: $0, pill: "", note: "") }).map(\.count) == [6, 1])
        expectOneExactMarkPerSpan(text, crossing, crossingHTML)
    }

    /// Offsets count Unicode scalars: a combining acute, a flag of two scalars, right-to-left
    /// letters and a right-to-left override all count one scalar each and come back as written.
    @Test func combiningRightToLeftAndMixedScript() {
        let text = "Aстана е\u{301}кі 🇰🇿 مرحبا \u{202E}Apple 5"
        let scalars = Array(text.unicodeScalars)
        func span(_ word: String, _ label: String) -> GoldSpan {
            let w = Array(word.unicodeScalars)
            let start = (0...(scalars.count - w.count)).first { Array(scalars[$0..<($0 + w.count)]) == w }!
            return GoldSpan(start: start, end: start + w.count, label: label)
        }
        let spans = [span("Aстана", "PERSON"), span("е\u{301}кі", "CARDINAL"), span("\u{301}", "ORDINAL"),
                     span("🇰🇿", "POSITION"), span("مرحبا", "PERSON"), span("\u{202E}Apple", "QUOTE"), span("5", "CARDINAL")]
        #expect(spans[1].end - spans[1].start == 4)
        let html = section(text, spans)
        expectOneExactMarkPerSpan(text, spans, html)
        #expect(String(decoding: html, as: UTF8.self).contains("data-start=\"\(spans[3].start)\" data-end=\"\(spans[3].start + 2)\""))
    }

    /// The seed article as `extract` sees it: every span once, at its offsets, with its text;
    /// values, units and leaders (name and office on the date) in notes and tables.
    @Test func seedExtractionMarksEqualSpans() throws {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("Corpus/samples/seed.txt"), encoding: .utf8)
        let doc = Document(id: "seed", text: text, date: Document.headerDate(text))
        let spans = try Fixtures.extractor.extract(doc).spans.map(GoldSpan.init)
        #expect(spans.count > 40)
        let html = ExtractionHTML(leaders: Fixtures.extractor.leaders.leaders).section(document: doc, spans: spans, index: 1)
        expectOneExactMarkPerSpan(text, spans, html)
        let page = String(decoding: html, as: UTF8.self)
        #expect(page.contains("data-pill=\"QUANTITY 4500000 t\""))
        #expect(page.contains("data-pill=\"MONEY ≤ 1000000000 USD\""))
        #expect(page.contains("leader kassym-jomart-tokayev: Қасым-Жомарт Тоқаев ("))
        #expect(page.contains("president KZ on 2025-10-21)"))
        #expect(page.contains("<caption>Who said what</caption>"))
    }

    /// Each kind of disagreement is marked on its side: a false positive, a false negative, a
    /// boundary error, a wrong value, a wrong leader and a wrong speaker.
    @Test func evalMarksEveryKindOfDisagreement() {
        let text = "Тоқаев 5 тонна, Президент: «Иә» деді Әлиев 7 пайыз"
        let gold = [GoldSpan(start: 0, end: 6, label: "PERSON", leader: "kassym-jomart-tokayev"),
                    GoldSpan(start: 7, end: 14, label: "QUANTITY", value: "5", unit: "t"),
                    GoldSpan(start: 16, end: 25, label: "POSITION", leader: "ilham-aliyev"),
                    GoldSpan(start: 28, end: 30, label: "QUOTE", speaker: [16, 25]),
                    GoldSpan(start: 37, end: 42, label: "PERSON")]
        let predicted = [GoldSpan(start: 0, end: 6, label: "PERSON", leader: "kassym-jomart-tokayev"),
                         GoldSpan(start: 7, end: 14, label: "QUANTITY", value: "50", unit: "t"),
                         GoldSpan(start: 16, end: 25, label: "POSITION", leader: "kassym-jomart-tokayev"),
                         GoldSpan(start: 28, end: 30, label: "QUOTE", speaker: [37, 42]),
                         GoldSpan(start: 43, end: 44, label: "CARDINAL", value: "7"),
                         GoldSpan(start: 43, end: 50, label: "PERCENTAGE", value: "7", unit: "%")]
        let labels: Set<String> = ["PERSON", "POSITION", "QUOTE", "QUANTITY", "CARDINAL"]
        let doc = Document(id: "e", text: text)
        var result = SpanScorer.Result()
        SpanScorer(labels: labels).add(document: doc, gold: gold, predicted: predicted, to: &result)
        // The boundary error: gold PERSON 37-42 against a predicted PERSON 37-40.
        var withBoundary = predicted
        withBoundary.append(GoldSpan(start: 37, end: 40, label: "PERSON"))
        var boundary = SpanScorer.Result()
        SpanScorer(labels: labels).add(document: doc, gold: gold, predicted: withBoundary, to: &boundary)
        #expect(Set(result.errors.map { EvalHTML.kind($0).css }) == ["value", "leader", "speaker", "fn", "fp"])
        #expect(Set(boundary.errors.map { EvalHTML.kind($0).css }).contains("boundary"))

        let view = EvalHTML(leaders: nil, scored: labels)
        let html = view.section(document: doc, index: 1, gold: gold, predicted: withBoundary, disagreements: boundary.errors)
        let page = String(decoding: html, as: UTF8.self)
        for expected in ["l-QUANTITY err-value\" data-label=\"QUANTITY\" data-start=\"7\"",
                         "l-POSITION err-leader\" data-label=\"POSITION\" data-start=\"16\"",
                         "l-QUOTE err-speaker\" data-label=\"QUOTE\" data-start=\"28\"",
                         "l-PERSON err-boundary\" data-label=\"PERSON\" data-start=\"37\" data-end=\"42\"",
                         "l-PERSON err-boundary\" data-label=\"PERSON\" data-start=\"37\" data-end=\"40\"",
                         "l-CARDINAL err-fp\" data-label=\"CARDINAL\" data-start=\"43\"",
                         "l-PERCENTAGE unscored\" data-label=\"PERCENTAGE\"",
                         "l-PERSON ok\" data-label=\"PERSON\" data-start=\"0\""] {
            #expect(page.contains(expected), "\(expected)")
        }
        let gs = page.range(of: "data-side=\"gold\"")!, ps = page.range(of: "data-side=\"pred\"")!
        expectOneExactMarkPerSpan(text, gold, Array(page[gs.lowerBound..<ps.lowerBound].utf8))
        expectOneExactMarkPerSpan(text, withBoundary, Array(page[ps.lowerBound...].utf8))
        let summary = String(decoding: view.summary(result: boundary, gold: "g.jsonl", scored: labels.sorted()), as: UTF8.self)
        #expect(summary.contains("<tr><td>QUANTITY</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td>"))
    }

    @Test func pageIsSelfContained() {
        let page = String(decoding: HTMLPage.page(title: "Ақорда <1>", navigation: "", body: section("Тоқаев", [])), as: UTF8.self)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>Ақорда &lt;1&gt;</title>"))
        #expect(!page.contains("<link") && !page.contains("src=\"") && !page.contains("@import") && !page.contains("url("))
    }
}

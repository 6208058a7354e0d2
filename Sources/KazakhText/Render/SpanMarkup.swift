/// A span as the HTML views show it: the span, extra CSS classes, a short note shown after
/// its text and a longer one shown on hover.
///
/// ```swift
/// // "4,5 миллион тоннаны" at 4292-4311 of the seed article:
/// MarkedSpan(span: GoldSpan(start: 4292, end: 4311, label: "QUANTITY", value: "4500000", unit: "t"),
///            pill: "QUANTITY 4500000 t", note: "QUANTITY 4292–4311 · value 4500000 · unit t")
/// ```
package struct MarkedSpan: Sendable {
    package var span: GoldSpan
    /// Extra CSS classes, space-separated (`err-fp`).
    package var classes: String
    /// Shown after the span's text (by CSS, so it is not part of the element's text).
    package var pill: String
    /// Shown on hover (`title`).
    package var note: String

    package init(span: GoldSpan, classes: String = "", pill: String, note: String) {
        self.span = span
        self.classes = classes
        self.pill = pill
        self.note = note
    }
}

/// Writes a document's text with its spans as nested `<mark>` elements, one element per span,
/// whose text is exactly the span's text (`text[start:end]`, in Unicode scalars).
///
/// Spans that nest (a PERSON inside a QUOTE) or touch (a POSITION before a PERSON) share one
/// view of the text. A span that crosses one already shown (starts inside it and ends after
/// it) cannot nest, so it goes to a second view of the same text below the first, and so on:
/// every span is shown once, with its exact text.
///
/// ```swift
/// var html = HTMLWriter()
/// SpanMarkup.write(text: "Мемлекет басшысы Тоқаев", spans: marked, to: &html)
/// // <div class="text"><mark class="span l-POSITION" data-label="POSITION" data-start="0" data-end="16" …>Мемлекет басшысы</mark> …
/// ```
package enum SpanMarkup {
    /// Writes the views of `text` (one `div.text` each) holding `spans`. Spans whose offsets
    /// fall outside the text are not shown; they are listed in a warning line instead.
    package static func write(text: String, spans: [MarkedSpan], to html: inout HTMLWriter) {
        let length = text.unicodeScalars.count
        let valid = spans.filter { $0.span.start >= 0 && $0.span.start <= $0.span.end && $0.span.end <= length }
        if valid.count < spans.count {
            html.raw("<p class=\"warning\">")
            let bad = spans.filter { !($0.span.start >= 0 && $0.span.start <= $0.span.end && $0.span.end <= length) }
            html.text("not shown: spans outside the text (\(length) characters): "
                      + bad.map { "\($0.span.label) \($0.span.start)-\($0.span.end)" }.joined(separator: ", "))
            html.raw("</p>\n")
        }
        // Document order of annotation-format.md: by start, then longer first.
        let sorted = valid.sorted { a, b in a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end }
        for (k, layer) in layers(sorted).enumerated() {
            if k > 0 {
                html.raw("<p class=\"layer-note\">The same text again, with the spans that cross the ones above:</p>\n")
            }
            html.raw("<div class=\"text\" dir=\"auto\">")
            writeLayer(text: text, spans: layer, to: &html)
            html.raw("</div>\n")
        }
    }

    /// Splits spans (in document order) into views where no two spans cross: each span goes to
    /// the first view where every span it overlaps contains it or lies inside it.
    static func layers(_ sorted: [MarkedSpan]) -> [[MarkedSpan]] {
        var layers: [[MarkedSpan]] = [[]]
        var openEnds: [[Int]] = [[]]   // per view: the ends of the spans still open, innermost last
        for marked in sorted {
            let s = marked.span
            var placed = false
            for k in layers.indices {
                while let last = openEnds[k].last, last <= s.start {
                    openEnds[k].removeLast()
                }
                if let last = openEnds[k].last, s.end > last { continue }
                layers[k].append(marked)
                openEnds[k].append(s.end)
                placed = true
                break
            }
            if !placed {
                layers.append([marked])
                openEnds.append([s.end])
            }
        }
        return layers
    }

    /// Writes the text with `spans` (in document order, none crossing another) as marks.
    static func writeLayer(text: String, spans: [MarkedSpan], to html: inout HTMLWriter) {
        var next = 0                 // the next span to open
        var open: [Int] = []         // ends of the open spans, innermost last
        var scalar = 0
        func boundary(_ at: Int, _ html: inout HTMLWriter) {
            while let end = open.last, end == at {
                html.raw("</mark>")
                open.removeLast()
            }
            while next < spans.count && spans[next].span.start == at {
                writeOpenTag(spans[next], to: &html)
                if spans[next].span.end == at { html.raw("</mark>") } else { open.append(spans[next].span.end) }
                next += 1
            }
        }
        var nextBoundary = spans.first?.span.start ?? Int.max
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 {
                if scalar == nextBoundary {
                    boundary(scalar, &html)
                    nextBoundary = Swift.min(open.last ?? Int.max, next < spans.count ? spans[next].span.start : Int.max)
                }
                scalar += 1
            }
            html.escape(byte)
        }
        boundary(scalar, &html)
    }

    static func writeOpenTag(_ m: MarkedSpan, to html: inout HTMLWriter) {
        let s = m.span
        html.raw("<mark class=\"span l-")
        html.raw(HTMLWriter.className(s.label))
        if !m.classes.isEmpty { html.raw(" "); html.text(m.classes) }
        html.raw("\" data-label=\"")
        html.text(s.label)
        html.raw("\" data-start=\"")
        html.int(s.start)
        html.raw("\" data-end=\"")
        html.int(s.end)
        if let speaker = s.speaker, speaker.count == 2 {
            html.raw("\" data-speaker-start=\"")
            html.int(speaker[0])
            html.raw("\" data-speaker-end=\"")
            html.int(speaker[1])
        }
        html.raw("\" data-pill=\"")
        html.text(m.pill)
        html.raw("\" title=\"")
        html.text(m.note)
        html.raw("\">")
    }
}

/// A whole self-contained HTML page around rendered sections: inline style and script, no
/// network, nothing to fetch.
///
/// ```swift
/// let page = HTMLPage.page(title: "Ақорда, 2025-10-21", navigation: "", body: section)
/// try Data(page).write(to: URL(fileURLWithPath: "seed.html"))
/// ```
package enum HTMLPage {
    /// The page: `title` (escaped), `navigation` (trusted markup, links between pages) above
    /// and below `body` (rendered sections).
    package static func page(title: String, navigation: String, body: [UInt8]) -> [UInt8] {
        var html = HTMLWriter(capacity: body.count + style.utf8.count + script.utf8.count + 2048)
        html.raw("<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        html.text(title)
        html.raw("</title>\n<style>\n")
        html.raw(style)
        html.raw("</style>\n</head>\n<body>\n<header><h1>")
        html.text(title)
        html.raw("</h1>\n")
        html.raw(navigation)
        html.raw(legend)
        html.raw("</header>\n<main>\n")
        html.append(body)
        html.raw("</main>\n<footer>")
        html.raw(navigation)
        html.raw("</footer>\n<script>\n")
        html.raw(script)
        html.raw("</script>\n</body>\n</html>\n")
        return html.bytes
    }

    /// Links to the index and the neighbouring pages (`out-2.html`), for `page(navigation:)`.
    /// `index`, `previous` and `next` are file names in the same folder; nil leaves a link out.
    package static func navigation(index: String?, previous: String?, next: String?, label: String) -> String {
        var html = HTMLWriter()
        html.raw("<nav>")
        if let index { html.raw("<a href=\""); html.text(index); html.raw("\">index</a> ") }
        if let previous { html.raw("<a href=\""); html.text(previous); html.raw("\" rel=\"prev\">← previous</a> ") }
        html.raw("<span class=\"page-label\">"); html.text(label); html.raw("</span>")
        if let next { html.raw(" <a href=\""); html.text(next); html.raw("\" rel=\"next\">next →</a>") }
        html.raw("</nav>\n")
        return String(decoding: html.bytes, as: UTF8.self)
    }

    /// One line of an index page: a document, what it holds and the page that shows it.
    package struct IndexEntry: Sendable {
        package var index: Int
        package var id: String
        package var date: String?
        /// `PERSON 3 · QUANTITY 1`
        package var summary: String
        /// File name of the page, in the same folder.
        package var page: String

        package init(index: Int, id: String, date: String?, summary: String, page: String) {
            self.index = index
            self.id = id
            self.date = date
            self.summary = summary
            self.page = page
        }
    }

    /// The body of an index page: `intro` (escaped), then a table linking every document to its page.
    package static func indexBody(intro: String, entries: [IndexEntry]) -> [UInt8] {
        var html = HTMLWriter(capacity: entries.count * 160 + 512)
        html.raw("<section class=\"doc index\"><p>")
        html.text(intro)
        html.raw("</p>\n<table class=\"summary\"><tr><th>#</th><th>document</th><th>date</th><th>spans</th><th>page</th></tr>\n")
        for e in entries {
            html.raw("<tr><td class=\"num\">\(e.index)</td><td><a href=\"")
            html.text(e.page)
            html.raw("#doc-\(e.index)\">")
            html.text(e.id)
            html.raw("</a></td><td>")
            html.text(e.date ?? "")
            html.raw("</td><td>")
            html.text(e.summary)
            html.raw("</td><td>")
            html.text(e.page)
            html.raw("</td></tr>\n")
        }
        html.raw("</table></section>\n")
        return html.bytes
    }

    static let legend = """
        <p class="legend"><mark class="span l-CARDINAL" data-pill="CARDINAL">12</mark> <mark class="span l-ORDINAL" data-pill="ORDINAL">12-ші</mark> \
        <mark class="span l-MONEY" data-pill="MONEY">12 доллар</mark> <mark class="span l-PERCENTAGE" data-pill="PERCENTAGE">12 %</mark> \
        <mark class="span l-QUANTITY" data-pill="QUANTITY">12 тонна</mark> <mark class="span l-PERSON" data-pill="PERSON">Аты-жөні</mark> \
        <mark class="span l-POSITION" data-pill="POSITION">Лауазымы</mark> <mark class="span l-QUOTE" data-pill="QUOTE">Сөзі</mark> \
        <span class="hint">Hover a span for its offsets, value and leader; a line joins a quote to its speaker.</span></p>

        """

    static let style = """
        :root { --ink: #1d2433; --muted: #5b6474; --line: #d5dae3; }
        body { font: 16px/1.55 system-ui, "DejaVu Sans", "Noto Sans", sans-serif; color: var(--ink); margin: 0; background: #f6f7f9; }
        header, footer { background: #fff; border-bottom: 1px solid var(--line); padding: .6rem 1.2rem; }
        footer { border-top: 1px solid var(--line); border-bottom: 0; }
        h1 { font-size: 1.25rem; margin: .2rem 0; }
        nav { margin: .3rem 0; } nav a { margin-right: .6rem; } .page-label { color: var(--muted); }
        main { padding: .6rem 1.2rem; }
        .legend { margin: .3rem 0 0; font-size: .9rem; line-height: 2.1; } .legend .span { pointer-events: none; }
        .hint { color: var(--muted); margin-left: .4rem; }
        section.doc { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 0 0 1rem; padding: .4rem 1rem .8rem; }
        section.doc h2 { font-size: 1rem; margin: .3rem 0 .5rem; }
        .doc-no { color: var(--muted); font-weight: normal; margin-right: .3rem; }
        .date, .counts { color: var(--muted); font-weight: normal; font-size: .85rem; margin-left: .5rem; }
        .texts { position: relative; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; unicode-bidi: plaintext; line-height: 2.3; padding: .2rem 0; }
        .speaker-lines { position: absolute; left: 0; top: 0; pointer-events: none; overflow: visible; }
        .speaker-lines path { fill: none; stroke: #7a3fb8; stroke-width: 1.6; stroke-dasharray: 5 3; opacity: .75; }
        .speaker-lines circle { fill: #7a3fb8; opacity: .8; }
        mark.span { background: var(--bg, #e7e9ee); color: inherit; border-radius: 4px; padding: .1em .2em; unicode-bidi: isolate;
          box-decoration-break: clone; -webkit-box-decoration-break: clone; }
        mark.span::after { content: attr(data-pill); font-size: .62rem; font-weight: 600; letter-spacing: .02em; margin-left: .3em;
          padding: 0 .3em; border-radius: 3px; background: rgba(255,255,255,.75); color: #333; vertical-align: .12em; white-space: nowrap; }
        mark.span:hover { outline: 2px solid #33333388; }
        mark.span mark.span { padding: .05em .15em; }
        .l-CARDINAL { --bg: #e4d4f8; } .l-ORDINAL { --bg: #f2d4ee; } .l-MONEY { --bg: #cdeccd; } .l-PERCENTAGE { --bg: #fde7b5; }
        .l-QUANTITY { --bg: #cfe4fb; } .l-PERSON { --bg: #fbd2c4; } .l-POSITION { --bg: #ffe9d6; } .l-DATE { --bg: #e3e3e3; }
        mark.l-QUOTE { background: #f3edfb; border-bottom: 2px solid #a27fd1; border-radius: 0; }
        mark.span.speaker-hover { outline: 2px solid #7a3fb8; }
        .layer-note, .empty { color: var(--muted); font-size: .85rem; margin: .4rem 0 0; }
        .warning { color: #a0200f; }
        table.summary { border-collapse: collapse; margin: .8rem 0 0; font-size: .88rem; min-width: 50%; }
        table.summary caption { text-align: left; font-weight: 600; padding: .2rem 0; }
        table.summary th, table.summary td { border: 1px solid var(--line); padding: .15rem .45rem; text-align: left; vertical-align: top; }
        table.summary th { background: #f0f2f5; font-weight: 600; }
        td.quote-text { max-width: 48rem; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
        .sides h3 { font-size: .85rem; color: var(--muted); margin: .2rem 0; font-weight: 600; }
        mark.ok { box-shadow: inset 0 -2px 0 #2e8b57; }
        mark.unscored { --bg: #efefef; color: #666; }
        mark.err-fp, mark.err-fn { outline: 2px solid #d0302b; }
        mark.err-boundary { outline: 2px dashed #e0761b; }
        mark.err-value, mark.err-leader, mark.err-speaker { outline: 2px dotted #1f5fbf; }
        table.disagreements { width: 100%; } table.disagreements td:nth-child(3), table.disagreements td:nth-child(4) { width: 42%; }
        .kind { font-weight: 600; white-space: nowrap; } .kind-fp, .kind-fn { color: #b3231f; } .kind-boundary { color: #b85d0f; }
        .kind-value, .kind-leader, .kind-speaker { color: #1f5fbf; }

        """

    /// Draws a line from each quote to its speaker (a mark with the speaker's offsets in the
    /// same view of the text) and lights the speaker up while the quote is hovered.
    static let script = """
        "use strict";
        (function () {
          const svgNS = "http://www.w3.org/2000/svg";
          function speakerOf(quote) {
            const view = quote.closest(".text");
            if (!view) return null;
            const s = quote.dataset.speakerStart, e = quote.dataset.speakerEnd;
            for (const m of view.querySelectorAll("mark.span")) {
              if (m !== quote && m.dataset.start === s && m.dataset.end === e && m.dataset.label !== "QUOTE") return m;
            }
            return null;
          }
          function draw() {
            for (const old of document.querySelectorAll("svg.speaker-lines")) old.remove();
            for (const box of document.querySelectorAll(".texts")) {
              const quotes = box.querySelectorAll("mark.span[data-speaker-start]");
              if (quotes.length === 0) continue;
              const origin = box.getBoundingClientRect();
              const svg = document.createElementNS(svgNS, "svg");
              svg.setAttribute("class", "speaker-lines");
              svg.setAttribute("width", String(box.clientWidth));
              svg.setAttribute("height", String(box.clientHeight));
              for (const quote of quotes) {
                const speaker = speakerOf(quote);
                if (!speaker) continue;
                const qr = quote.getClientRects(), sr = speaker.getClientRects();
                if (qr.length === 0 || sr.length === 0) continue;
                const before = speaker.compareDocumentPosition(quote) & Node.DOCUMENT_POSITION_FOLLOWING;
                const q = before ? qr[0] : qr[qr.length - 1], s = before ? sr[sr.length - 1] : sr[0];
                const x1 = (before ? q.left + 4 : q.right - 4) - origin.left, y1 = q.bottom - origin.top;
                const x2 = (s.left + s.right) / 2 - origin.left, y2 = s.bottom - origin.top;
                const dip = Math.max(14, Math.abs(y2 - y1) / 3);
                const path = document.createElementNS(svgNS, "path");
                path.setAttribute("d", `M ${x1} ${y1} C ${x1} ${y1 + dip}, ${x2} ${y2 + dip}, ${x2} ${y2}`);
                svg.appendChild(path);
                for (const [cx, cy] of [[x1, y1], [x2, y2]]) {
                  const dot = document.createElementNS(svgNS, "circle");
                  dot.setAttribute("cx", String(cx)); dot.setAttribute("cy", String(cy)); dot.setAttribute("r", "2.5");
                  svg.appendChild(dot);
                }
                quote.onmouseenter = () => speaker.classList.add("speaker-hover");
                quote.onmouseleave = () => speaker.classList.remove("speaker-hover");
              }
              box.appendChild(svg);
            }
          }
          let pending = 0;
          window.addEventListener("resize", () => { cancelAnimationFrame(pending); pending = requestAnimationFrame(draw); });
          draw();
        })();

        """
}

/// Output formats of `kaztext extract`.
public enum ExtractionFormat: String, Sendable, CaseIterable {
    /// annotation-format.md documents with `spans`.
    case jsonl
    /// CoNLL-2002 / IOB2: one token a line with its tag, a blank line after each sentence.
    case iob2
    /// A readable view: each span with its label, value, unit and offsets.
    case text
}

public enum ExtractionWriter {
    public static func write(
        _ result: Extractor.Result, extraFields: [(String, Any)] = [], documentWarnings: [InputTextWarning] = [],
        format: ExtractionFormat, to out: inout JSONWriter
    ) {
        let doc = result.tokenized
        let spans = result.spans.map(GoldSpan.init)
        switch format {
        case .jsonl:
            out.raw("{\"id\":")
            out.string(doc.document.id)
            if let date = doc.document.date { out.raw(",\"date\":"); out.string(date) }
            out.raw(",\"text\":")
            out.string(doc.document.text)
            for (key, value) in extraFields where key != "spans" && key != "warnings" {
                out.raw(","); out.string(key); out.raw(":"); out.value(value)
            }
            out.raw(",\"spans\":")
            SpanWriter.write(spans, text: doc.document.text, to: &out)
            if !documentWarnings.isEmpty || !result.warnings.isEmpty {
                out.raw(",\"warnings\":[")
                for (k, w) in result.warnings.enumerated() {
                    if k > 0 { out.raw(",") }
                    out.raw("{\"start\":"); out.int(w.start); out.raw(",\"end\":"); out.int(w.end)
                    out.raw(",\"message\":"); out.string(w.message); out.raw("}")
                }
                if !documentWarnings.isEmpty {
                    if !result.warnings.isEmpty { out.raw(",") }
                    InputTextWarning.write(documentWarnings, text: doc.document.text, to: &out)
                }
                out.raw("]")
            }
            out.raw("}\n")
        case .iob2:
            // Flat tags: a QUOTE would hide the names and numbers inside it.
            let spans = spans.filter { $0.label != SpanLabel.QUOTE.rawValue }
            var text = doc.document.text
            text.withUTF8 { b in
                var k = 0
                for sentence in doc.sentences {
                    for index in sentence.tokenRange {
                        let t = doc.tokens[index]
                        while k < spans.count && spans[k].end <= t.start { k += 1 }
                        out.append(b[t.utf8Start..<t.utf8End])
                        if k < spans.count && spans[k].start <= t.start && t.end <= spans[k].end {
                            out.raw(spans[k].start == t.start ? " B-" : " I-")
                            out.append(contentsOf: spans[k].label.utf8)
                        } else {
                            out.raw(" O")
                        }
                        out.raw("\n")
                    }
                    out.raw("\n")
                }
            }
        case .text:
            out.raw("# ")
            out.append(contentsOf: doc.document.id.utf8)
            if let date = doc.document.date { out.raw(" ("); out.append(contentsOf: date.utf8); out.raw(")") }
            out.raw("\n")
            let scalars = Array(doc.document.text.unicodeScalars)
            for s in spans {
                var line = "\(s.label.padding(toLength: 10, withPad: " ", startingAt: 0)) \(s.start)-\(s.end)  "
                line += String(String.UnicodeScalarView(scalars[s.start..<s.end])).replacingNewlines
                var fields: [String] = []
                if let v = s.value { fields.append(s.max.map { "\(v)–\($0)" } ?? v) }
                if let u = s.unit { fields.append(u) }
                if let a = s.approx { fields.append(a) }
                if let l = s.leader { fields.append("leader=\(l)") }
                if let sp = s.speaker, sp.count == 2 { fields.append("speaker=\(sp[0])-\(sp[1])") }
                if !fields.isEmpty { line += "  → " + fields.joined(separator: " ") }
                out.append(contentsOf: line.utf8)
                out.raw("\n")
            }
            out.raw("\n")
        }
    }
}

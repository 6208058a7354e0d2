/// Output formats of `kaztext tokenize`.
public enum TokenizationFormat: String, Sendable, CaseIterable {
    /// Documents with `sentences` and `tokens` (annotation-format.md).
    case jsonl
    /// CoNLL-U: `# sent_id`, `# text`, one token a line (`SpaceAfter=No` where it applies).
    case conllu
    /// One sentence a line, tokens separated by single spaces.
    case text
}

/// Serializes tokenized documents; every call appends one document (or one error) to `out`.
public enum TokenizationWriter {
    public static func write(
        _ doc: TokenizedDocument, extraFields: [(String, Any)] = [], documentWarnings: [InputTextWarning] = [],
        format: TokenizationFormat, to out: inout JSONWriter
    ) {
        var text = doc.document.text
        text.withUTF8 { b in
            switch format {
            case .jsonl: jsonl(doc, b, extraFields, documentWarnings, &out)
            case .conllu: conllu(doc, b, &out)
            case .text: plain(doc, b, &out)
            }
        }
    }

    /// The line that stands for an input document that could not be read.
    public static func writeError(id: String?, message: String, format: TokenizationFormat, to out: inout JSONWriter) {
        switch format {
        case .jsonl:
            out.raw("{\"id\":")
            if let id { out.string(id) } else { out.raw("null") }
            out.raw(",\"error\":")
            out.string(message)
            out.raw("}\n")
        case .conllu:
            out.raw("# error = ")
            out.append(contentsOf: message.replacingNewlines.utf8)
            out.raw("\n\n")
        case .text:
            out.raw("\n")
        }
    }

    static func jsonl(_ doc: TokenizedDocument, _ b: UnsafeBufferPointer<UInt8>, _ extra: [(String, Any)], _ warnings: [InputTextWarning], _ out: inout JSONWriter) {
        out.raw("{\"id\":")
        out.string(doc.document.id)
        if let date = doc.document.date {
            out.raw(",\"date\":")
            out.string(date)
        }
        out.raw(",\"text\":")
        out.string(utf8: b)
        for (key, value) in extra where key != "sentences" && key != "tokens" {
            out.raw(",")
            out.string(key)
            out.raw(":")
            out.value(value)
        }
        if !warnings.isEmpty {
            out.raw(",\"warnings\":[")
            InputTextWarning.write(warnings, utf8: b, to: &out)
            out.raw("]")
        }
        out.raw(",\"sentences\":[")
        for (k, s) in doc.sentences.enumerated() {
            if k > 0 { out.raw(",") }
            out.raw("{\"start\":"); out.int(s.start); out.raw(",\"end\":"); out.int(s.end); out.raw("}")
        }
        out.raw("],\"tokens\":[")
        for (k, t) in doc.tokens.enumerated() {
            if k > 0 { out.raw(",") }
            out.raw("{\"start\":"); out.int(t.start); out.raw(",\"end\":"); out.int(t.end)
            out.raw(",\"text\":"); out.string(utf8: b[t.utf8Start..<t.utf8End])
            if let norm = t.norm { out.raw(",\"norm\":"); out.string(norm) }
            out.raw("}")
        }
        out.raw("]}\n")
    }

    static func conllu(_ doc: TokenizedDocument, _ b: UnsafeBufferPointer<UInt8>, _ out: inout JSONWriter) {
        out.raw("# newdoc id = ")
        out.append(contentsOf: doc.document.id.replacingNewlines.utf8)
        out.raw("\n")
        for (n, s) in doc.sentences.enumerated() {
            out.raw("# sent_id = ")
            out.append(contentsOf: doc.document.id.replacingNewlines.utf8)
            out.raw("-")
            out.int(n + 1)
            out.raw("\n# text = ")
            for byte in b[s.utf8Start..<s.utf8End] {
                out.append(byte == 0x0A || byte == 0x0D || byte == 0x09 ? 0x20 : byte)
            }
            out.raw("\n")
            for (k, index) in s.tokenRange.enumerated() {
                let t = doc.tokens[index]
                out.int(k + 1)
                out.raw("\t")
                out.append(b[t.utf8Start..<t.utf8End])
                out.raw("\t_\t_\t_\t_\t_\t_\t_\t")
                let spaceAfter = index + 1 >= s.tokenRange.upperBound || doc.tokens[index + 1].utf8Start > t.utf8End
                var misc: [String] = []
                if !spaceAfter { misc.append("SpaceAfter=No") }
                if let norm = t.norm { misc.append("Norm=" + norm) }
                if misc.isEmpty { out.raw("_") } else { out.append(contentsOf: misc.joined(separator: "|").utf8) }
                out.raw("\n")
            }
            out.raw("\n")
        }
    }

    static func plain(_ doc: TokenizedDocument, _ b: UnsafeBufferPointer<UInt8>, _ out: inout JSONWriter) {
        for s in doc.sentences {
            for (k, index) in s.tokenRange.enumerated() {
                if k > 0 { out.raw(" ") }
                let t = doc.tokens[index]
                out.append(b[t.utf8Start..<t.utf8End])
            }
            out.raw("\n")
        }
    }
}

extension String {
    var replacingNewlines: String {
        String(unicodeScalars.map { UTF8Scan.isLineBreak($0) ? " " : Character($0) })
    }
}

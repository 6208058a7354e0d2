/// The words the HTML views show about a span: its value, unit, range and approximation, and
/// the leader it names (name and offices on the document's date, from the leader lexicon).
///
/// ```swift
/// let notes = SpanNotes(leaders: lexicon, date: "2025-10-21")
/// notes.pill(GoldSpan(start: 0, end: 16, label: "POSITION", leader: "kassym-jomart-tokayev"))
/// // "POSITION → Қасым-Жомарт Тоқаев"
/// notes.value(GoldSpan(start: 0, end: 24, label: "QUANTITY", value: "10000000", approx: "up_to", unit: "t"))
/// // "≤ 10000000 t"
/// ```
package struct SpanNotes: Sendable {
    package var leaders: LeaderLexicon?
    package var date: String?

    package init(leaders: LeaderLexicon?, date: String?) {
        self.leaders = leaders
        self.date = date
    }

    /// The number a numeric span carries: `4500000 t`, `4–5 %`, `≈ 2000`, `> 10`, `≤ 1000000000 USD`.
    package func value(_ s: GoldSpan) -> String {
        guard let v = s.value else { return "" }
        var text = v
        if let max = s.max { text += "–" + max }
        if let unit = s.unit { text += " " + unit }
        switch s.approx {
        case "about": text = "≈ " + text
        case "over": text = "> " + text
        case "under": text = "< " + text
        case "up_to": text = "≤ " + text
        case let other?: text += " (" + other + ")"
        case nil: break
        }
        return text
    }

    /// The leader's name as the lexicon writes it, or the id when the lexicon does not know it.
    package func leaderName(_ id: String) -> String {
        leaders?.names[id]?.first ?? id
    }

    /// The offices the leader held on the document's date (`president KZ`), or today when the
    /// document has no date.
    package func leaderOffices(_ id: String) -> String {
        guard let leaders else { return "" }
        return leaders.offices(of: id, on: date).map { "\($0.office) \($0.country)" }.joined(separator: ", ")
    }

    /// `Name (office, on date)`, as the notes show a leader.
    package func leader(_ id: String) -> String {
        let offices = leaderOffices(id)
        let when = date.map { " on " + $0 } ?? " today"
        return leaderName(id) + (offices.isEmpty ? " (no office\(when))" : " (\(offices)\(when))")
    }

    /// The short note after the span's text: the label, then the value or the leader's name.
    package func pill(_ s: GoldSpan) -> String {
        if s.value != nil { return s.label + " " + value(s) }
        if let id = s.leader { return s.label + " → " + leaderName(id) }
        return s.label
    }

    /// The hover note: label, offsets, every field, the leader with their offices, the speaker.
    package func note(_ s: GoldSpan, speakerText: String? = nil) -> String {
        var parts = ["\(s.label) \(s.start)–\(s.end)"]
        if let v = s.value { parts.append("value \(v)") }
        if let v = s.max { parts.append("max \(v)") }
        if let v = s.unit { parts.append("unit \(v)") }
        if let v = s.approx { parts.append("approx \(v)") }
        if let id = s.leader { parts.append("leader \(id): \(leader(id))") }
        if let r = s.speaker, r.count == 2 {
            parts.append("speaker \(r[0])–\(r[1])" + (speakerText.map { " «\($0)»" } ?? ""))
        }
        return parts.joined(separator: " · ")
    }
}

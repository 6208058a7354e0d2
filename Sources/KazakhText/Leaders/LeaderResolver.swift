/// Resolves PERSON and POSITION spans of one document to leader ids, in reading order.
///
/// - a name: the leader whose name it is; a surname alone only when one leader has it, or
///   when the document has already named that leader in full (`Ильхам Әлиев … Әлиевке`);
/// - a title with its country: the holder of that office on the document date
///   (`Қазақстан Президенті` on 2018-05-01 → Nazarbayev, on 2025-10-21 → Tokayev);
/// - a title right before a name: that person (`Президент Ильхам Әлиевті`);
/// - `Мемлекет басшысы`, `Елбасы`, `Үкімет басшысы` and other titles with no country: Kazakhstan's;
///   a bare `Президент`: the president last named as a subject (a name with no case suffix:
///   `Тоқаев Ердоғанды құттықтады … Президент` is Tokayev), else the president last named, else Kazakhstan's;
/// - a modified title: `бұрынғы` / `экс-` the holder before the one in office on the date, `алғашқы` /
///   `тұңғыш` the first holder, `жаңа` the holder who took office last (`title-modifiers.tsv`);
/// - no date: the period the document's title–name pairs imply (`Премьер-министр Әлихан Смайыловқа`:
///   Smailov's term; see `prepare`); where that leaves several holders, the one the document names
///   (unless it names them as a former holder, or they moved on to a later office); else the current holder.
struct LeaderResolver {
    let lexicon: LeaderLexicon
    let date: String?
    /// Surname (lower-cased stem) → id, from full names met so far.
    private var surnames: [String: String] = [:]
    /// Leaders named so far, most recent last, and whether named as the subject (no case suffix).
    private var named: [(id: String, subject: Bool)] = []
    /// Leaders the document names as a former or first holder (`бұрынғы Премьер …`, `Тұңғыш Президент …`).
    private var namedAsFormer = Set<String>()
    /// With no date: the terms of office the document's title–name pairs fall in (each `[start, end)`,
    /// end empty = open); the document was written inside one of them.
    private var period: [(start: String, end: String)]? = nil

    init(lexicon: LeaderLexicon, date: String?) {
        self.lexicon = lexicon
        self.date = date
    }

    /// Reads the whole document's spans (sentence by sentence) before resolving: with no date, a title
    /// right before the name of someone who held it (`Премьер-министр Әлихан Смайыловқа`, `ел Президенті
    /// Нұрсұлтан Назарбаевтың`) dates the text to that term, as news titles name the office held when
    /// written. Former and first titles (`экс-Премьер`, `Тұңғыш Президент`, `Елбасы`) date nothing.
    mutating func prepare(_ sentences: [[LeaderRecognizer.Found]]) {
        guard date == nil else { return }
        var period: [(start: String, end: String)]? = nil
        for found in sentences {
            for (k, f) in found.enumerated() where f.label == .POSITION && f.modifier == nil && k + 1 < found.count {
                let p = found[k + 1]
                guard p.label == .PERSON, p.start == f.end, let office = Self.office(f), office != "elbasy" else { continue }
                let ids = Set(p.candidates)
                guard ids.count == 1, let id = ids.first else { continue }
                let country = f.country ?? (f.bare ? nil : "KZ")
                let terms = lexicon.terms(of: id).filter { $0.office == office && (country == nil || $0.country == country) }
                guard !terms.isEmpty else { continue }
                let spans = terms.map { (start: $0.start, end: $0.end) }
                guard let current = period else { period = spans; continue }
                var both: [(start: String, end: String)] = []
                for a in current {
                    for b in spans {
                        let start = max(a.start, b.start)
                        let end = a.end.isEmpty ? b.end : (b.end.isEmpty ? a.end : min(a.end, b.end))
                        if end.isEmpty || start < end { both.append((start, end)) }
                    }
                }
                if !both.isEmpty { period = both }   // conflicting pairs: keep the first reading
            }
        }
        self.period = period
    }

    /// The id for a PERSON found by the recognizer.
    mutating func person(_ f: LeaderRecognizer.Found) -> String? {
        var id: String? = nil
        let candidates = Array(Set(f.candidates)).sorted()
        if candidates.count == 1 {
            id = candidates[0]
        } else if let stem = f.lastStem, let known = surnames[stem], candidates.isEmpty || candidates.contains(known) {
            id = known
        }
        if let id {
            if let stem = f.lastStem, f.end - f.start > 1 { surnames[stem] = id }
            named.append((id, f.nominative))
        }
        return id
    }

    /// The office a POSITION names, as in `offices.tsv`.
    static func office(_ f: LeaderRecognizer.Found) -> String? {
        guard var office = f.office else { return nil }
        if office == "head" || office == "chair", f.country != nil {
            office = "president"   // `Түркия басшысы`, `Беларусь басшысы`: the head of state
        }
        return LeaderLexicon.offices.contains(office) ? office : nil
    }

    /// The id for a POSITION; `next` is the PERSON right after it, already resolved.
    mutating func position(_ f: LeaderRecognizer.Found, nextPerson: String?) -> String? {
        guard let office = Self.office(f) else { return nil }
        if let next = nextPerson {
            // A title right before a name names that person, if they ever held the office.
            let held = lexicon.terms(of: next).filter { $0.office == office || (office == "president" && $0.office == "elbasy") }
            // `Мемлекет басшысы`, `Елбасы` are Kazakhstan's; only a bare `Президент` may be another country's.
            let country = f.country ?? (f.bare ? nil : "KZ")
            if !held.isEmpty && (country == nil || held.contains { $0.country == country }) {
                if f.modifier == .former || f.modifier == .first { namedAsFormer.insert(next) }
                return next
            }
        }
        if let modifier = f.modifier {
            return modified(modifier, office, f.country ?? "KZ")
        }
        if let country = f.country {
            return single(holders(office, country))
        }
        if f.bare {
            // The president last named as a subject, else the president last named, else Kazakhstan's.
            let presidents = named.reversed().filter { held($0.id, "president") }
            if let id = (presidents.first { $0.subject } ?? presidents.first)?.id { return id }
        }
        return single(holders(office, "KZ"))
    }

    /// `бұрынғы` / `алғашқы` / `жаңа` + title: the former, first or newest holder, as of the date
    /// (no date: as of the end of the document's period, else today).
    private func modified(_ modifier: LeaderLexicon.Modifier, _ office: String, _ country: String) -> String? {
        let reference = date ?? period?.compactMap { $0.end.isEmpty ? nil : $0.end }.max()
        let terms = lexicon.terms(office: office, country: country)
        switch modifier {
        case .first:
            return terms.min { $0.start < $1.start }?.id
        case .former:
            return terms.filter { !$0.end.isEmpty && (reference == nil || $0.end <= reference!) }.max { $0.end < $1.end }?.id
        case .new:
            return terms.filter { reference == nil || $0.start <= reference! }.max { $0.start < $1.start }?.id
        }
    }

    /// Whether `id` held `office` on the date (no date: within the document's period, else now).
    private func held(_ id: String, _ office: String) -> Bool {
        if date != nil || period == nil { return lexicon.offices(of: id, on: date).contains { $0.office == office } }
        return lexicon.terms(of: id).contains { $0.office == office && inPeriod($0) }
    }

    private func inPeriod(_ t: LeaderLexicon.Term) -> Bool {
        guard let period else { return true }
        return period.contains { p in (p.end.isEmpty || t.start < p.end) && (t.end.isEmpty || p.start < t.end) }
    }

    /// Holders on the date. With no date: the holders within the document's period (or ever); when
    /// that leaves several, the one the document names last (not as a former holder), else the current
    /// holder, else the only person who ever held the office (`Елбасы` is Nazarbayev whenever the text
    /// was written).
    private func holders(_ office: String, _ country: String) -> [String] {
        if date != nil { return lexicon.holders(office: office, country: country, on: date) }
        let terms = lexicon.terms(office: office, country: country).filter(inPeriod)
        let ids = Set(terms.map(\.id))
        if ids.count <= 1 { return Array(ids) }
        if let last = named.last(where: { ids.contains($0.id) && !namedAsFormer.contains($0.id) && !movedOn($0.id, office, country) }) {
            return [last.id]
        }
        let now = terms.filter { $0.end.isEmpty }.map(\.id)
        if !now.isEmpty { return now }
        return [terms.max { $0.start < $1.start }!.id]
    }

    /// `id` left `office` and took another office later: a text that names them means them in that later
    /// office (`Тоқаев — дипломат, ал Үкімет басшысы …`: Tokayev was Prime Minister in 1999–2002, then
    /// Senate chair and President), not in this one.
    private func movedOn(_ id: String, _ office: String, _ country: String) -> Bool {
        let own = lexicon.terms(office: office, country: country).filter { $0.id == id }
        guard !own.contains(where: { $0.end.isEmpty }), let left = own.map(\.end).max() else { return false }
        return lexicon.terms(of: id).contains { $0.office != office && $0.start >= left }
    }

    private func single(_ ids: [String]) -> String? {
        let unique = Array(Set(ids))
        return unique.count == 1 ? unique[0] : nil
    }
}

/// Resolves PERSON and POSITION spans of one document to leader ids, in reading order.
///
/// - a name: the leader whose name it is; a surname alone only when one leader has it, or
///   when the document has already named that leader in full (`Ильхам Әлиев … Әлиевке`);
/// - a title with its country: the holder of that office on the document date
///   (`Қазақстан Президенті` on 2018-05-01 → Nazarbayev, on 2025-10-21 → Tokayev);
/// - a title right before a name: that person (`Президент Ильхам Әлиевті`);
/// - `Мемлекет басшысы`, `Елбасы`, `Үкімет басшысы` and other titles with no country: Kazakhstan's;
///   a bare `Президент`: the president last named in the text, else Kazakhstan's;
/// - no date: the current holder. Two candidates and nothing to choose: no id.
public struct LeaderResolver {
    let lexicon: LeaderLexicon
    let date: String?
    /// Surname (lower-cased stem) → id, from full names met so far.
    private var surnames: [String: String] = [:]
    /// Leaders named so far, most recent last.
    private var named: [String] = []

    public init(lexicon: LeaderLexicon, date: String?) {
        self.lexicon = lexicon
        self.date = date
    }

    /// The id for a PERSON found by the recognizer.
    public mutating func person(_ f: LeaderRecognizer.Found) -> String? {
        var id: String? = nil
        let candidates = Array(Set(f.candidates)).sorted()
        if candidates.count == 1 {
            id = candidates[0]
        } else if let stem = f.lastStem, let known = surnames[stem], candidates.isEmpty || candidates.contains(known) {
            id = known
        }
        if let id {
            if let stem = f.lastStem, f.end - f.start > 1 { surnames[stem] = id }
            named.append(id)
        }
        return id
    }

    /// The id for a POSITION; `next` is the PERSON right after it, already resolved.
    public mutating func position(_ f: LeaderRecognizer.Found, nextPerson: String?) -> String? {
        guard var office = f.office else { return nil }
        if office == "head" || office == "chair", f.country != nil {
            office = "president"   // `Түркия басшысы`, `Беларусь басшысы`: the head of state
        }
        guard LeaderLexicon.offices.contains(office) else { return nil }
        if let next = nextPerson {
            // A title right before a name names that person, if they ever held the office.
            let held = lexicon.terms.filter { $0.id == next && ($0.office == office || (office == "president" && $0.office == "elbasy")) }
            // `Мемлекет басшысы`, `Елбасы` are Kazakhstan's; only a bare `Президент` may be another country's.
            let country = f.country ?? (f.bare ? nil : "KZ")
            if !held.isEmpty && (country == nil || held.contains { $0.country == country }) { return next }
        }
        if let country = f.country {
            return single(holders(office, country))
        }
        if f.bare {
            // The president last named in the text, else Kazakhstan's.
            for id in named.reversed() where lexicon.offices(of: id, on: date).contains(where: { $0.office == "president" }) {
                return id
            }
        }
        return single(holders(office, "KZ"))
    }

    /// Holders on the date; with no date the current holder, else the only person who ever
    /// held the office (`Елбасы` is Nazarbayev whenever the text was written).
    private func holders(_ office: String, _ country: String) -> [String] {
        let now = lexicon.holders(office: office, country: country, on: date)
        if !now.isEmpty || date != nil { return now }
        let ever = Set(lexicon.terms.filter { $0.office == office && $0.country == country }.map(\.id))
        return ever.count == 1 ? Array(ever) : []
    }

    private func single(_ ids: [String]) -> String? {
        let unique = Array(Set(ids))
        return unique.count == 1 ? unique[0] : nil
    }
}

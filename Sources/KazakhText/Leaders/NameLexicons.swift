/// The word lists the PERSON and POSITION recognizers read: given names (`first-names.tsv`),
/// name endings and non-names (`name-context.tsv`), countries (`countries.tsv`) and post head
/// nouns (`position-heads.tsv`).
struct NameLexicons: Sendable {
    enum Role: String, Sendable, CaseIterable {
        case particle, patronymic, surname
        case notName = "not-name"
        case notAfterTitle = "not-after-title"
        case honorific
        case placeAfter = "place-after"
        case domain
        case organisationWord = "organisation-word"
        case conjunction
        case bareTitle = "bare-title"
        case roleAfter = "role-after"
        case predicative
    }

    struct Head: Sendable, Hashable {
        var words: [String]
        var office: String
        /// False for titles that are a POSITION on their own (`Президент`, `профессор`).
        var needsOrganisation: Bool
    }

    /// Lower-cased given name → ambiguous with an ordinary word (`азамат`, `бірлік`).
    let givenNames: [String: Bool]
    let particles: Set<String>
    let patronymicEndings: [String]
    let surnameEndings: [String]
    let notNames: Set<String>
    let notAfterTitle: Set<String>
    let honorifics: Set<String>
    let placeAfter: Set<String>
    let domains: Set<String>
    let organisationWords: Set<String>
    let conjunctions: Set<String>
    let bareTitles: Set<String>
    /// Words after a lower-case bare title that make it a role (`президент болған`, `президент ретінде`).
    let roleAfter: Set<String>
    /// Personal predicative endings after a title's px3 (`басшысы-сыз` "you are the head").
    let predicativeEndings: [String]
    /// Lower-cased country or organisation name (words joined by a space) → code.
    let countries: [String: String]
    let countryFirstWords: Set<String>
    let heads: [Head]
    let headFirstWords: [String: [Head]]

    init(store: LexiconStore) throws(LexiconError) {
        var given: [String: Bool] = [:]
        for row in try store.rows(of: "first-names.tsv", minColumns: 1, maxColumns: 3) {
            let g = row.fields.count > 1 ? row[1] : "u"
            guard ["m", "f", "u"].contains(g) else {
                throw LexiconError(file: row.file, line: row.line, message: "gender must be m, f or u, found '\(g)'")
            }
            let key = row[0].lowercased()
            given[key] = (given[key] ?? false) || g == "u"
        }
        var particles = Set<String>(), patronymic: [String] = [], surname: [String] = [], notNames = Set<String>()
        var notAfterTitle = Set<String>(), honorifics = Set<String>(), placeAfter = Set<String>(), domains = Set<String>()
        var organisationWords = Set<String>(), conjunctions = Set<String>(), bareTitles = Set<String>(), roleAfter = Set<String>()
        var predicative: [String] = []
        for row in try store.rows(of: "name-context.tsv", minColumns: 2) {
            guard let role = Role(rawValue: row[1]) else {
                throw LexiconError(file: row.file, line: row.line, message: "unknown role '\(row[1])'")
            }
            let w = row[0].lowercased()
            switch role {
            case .particle: particles.insert(w)
            case .patronymic: patronymic.append(w)
            case .surname: surname.append(w)
            case .notName: notNames.insert(w)
            case .notAfterTitle: notAfterTitle.insert(w)
            case .honorific: honorifics.insert(w)
            case .placeAfter: placeAfter.insert(w)
            case .domain: domains.insert(w)
            case .organisationWord: organisationWords.insert(w)
            case .conjunction: conjunctions.insert(w)
            case .bareTitle: bareTitles.insert(w)
            case .roleAfter: roleAfter.insert(w)
            case .predicative: predicative.append(w)
            }
        }
        var countries: [String: String] = [:]
        for row in try store.rows(of: "countries.tsv", minColumns: 2) {
            countries[LeaderLexicon.key(row[0])] = row[1]
        }
        var heads: [Head] = []
        for row in try store.rows(of: "position-heads.tsv", minColumns: 3) {
            guard row[2] == "yes" || row[2] == "no" else {
                throw LexiconError(file: row.file, line: row.line, message: "column 3 must be yes or no, found '\(row[2])'")
            }
            heads.append(Head(words: LeaderLexicon.key(row[0]).split(separator: " ").map(String.init), office: row[1],
                              needsOrganisation: row[2] == "yes"))
        }
        self.givenNames = given
        self.particles = particles
        self.patronymicEndings = patronymic.sorted { $0.count > $1.count }
        self.surnameEndings = surname.sorted { $0.count > $1.count }
        self.notNames = notNames
        self.notAfterTitle = notAfterTitle
        self.honorifics = honorifics
        self.placeAfter = placeAfter
        self.domains = domains
        self.organisationWords = organisationWords
        self.conjunctions = conjunctions
        self.bareTitles = bareTitles
        self.roleAfter = roleAfter
        self.predicativeEndings = predicative
        self.countries = countries
        self.countryFirstWords = Set(countries.keys.map { String($0.split(separator: " ").first!) })
        self.heads = heads
        self.headFirstWords = Dictionary(grouping: heads.sorted { $0.words.count > $1.words.count }, by: { $0.words[0] })
    }
}

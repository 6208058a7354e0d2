import ArgumentParser
import KazakhText

struct LeadersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaders",
        abstract: "List the leaders lexicon: who held which office, and when.",
        discussion: """
            Without --date every term is listed; with --date only the terms in force that day
            (the holders a title such as `Қазақстан Президенті` resolves to on that date).

            Examples:
              kaztext leaders --date 2018-05-01 --country KZ
              kaztext leaders --office president --country AZ
            """
    )

    @Option(help: "Only terms in force on this day (YYYY-MM-DD).")
    var date: String?

    @Option(help: "Only this country (ISO code, UN or EU).")
    var country: String?

    @Option(help: "Only this office (president, prime-minister, senate-chair, ...).")
    var office: String?

    @Option(name: .customLong("lexicons"), help: "Extra lexicon folder or file (repeatable).")
    var lexicons: [String] = []

    func validate() throws {
        if let date, date.count != 10 || date.split(separator: "-").count != 3 {
            throw ValidationError("--date must be YYYY-MM-DD")
        }
    }

    func run() throws {
        let lexicon: LeaderLexicon
        do {
            lexicon = try LeaderLexicon(store: LexiconStore.bundled().adding(userPaths: lexicons))
        } catch {
            throw SysExit.lexiconFailure(error)
        }
        let terms = lexicon.terms.filter { t in
            (date.map(t.covers) ?? true) && (country.map { $0 == t.country } ?? true) && (office.map { $0 == t.office } ?? true)
        }.sorted { ($0.country, $0.office, $0.start) < ($1.country, $1.office, $1.start) }
        for t in terms {
            let name = lexicon.names[t.id]?.first ?? t.id
            let line = "\(t.country)\t\(t.office)\t\(t.start) – \(t.end.isEmpty ? "…" : t.end)\t\(t.id)\t\(name)"
            print(line)
        }
        StandardStreams.error("\(terms.count) terms of \(Set(terms.map(\.id)).count) leaders")
    }
}

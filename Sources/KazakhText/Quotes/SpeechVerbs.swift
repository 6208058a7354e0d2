/// Speech verbs and attribution phrases from `Lexicons/speech-verbs.tsv`: the words after a
/// quote that say it is someone's speech (`«...», – деді Мемлекет басшысы.`,
/// `«...» деп атап өтті Тоқаев`, `“...”, – делінген хабарламада`).
///
/// ```swift
/// verbs.match(["деп", "атап", "өтті", "тоқаев"], at: 0)  // (length: 3, impersonal: false)
/// verbs.match(["делінген", "хабарламада"], at: 0)        // (length: 1, impersonal: true)
/// verbs.match(["деп", "хабарлайды"], at: 0)              // nil: indirect speech
/// ```
struct SpeechVerbs: Sendable {
    enum Dep: String, Sendable { case yes, no, both }

    struct Phrase: Sendable, Hashable {
        /// Lower-case words (`["атап", "өтті"]`).
        var words: [String]
        var dep: Dep
        /// The phrase names no speaker (`делінген`, `деді тілшілер`).
        var impersonal: Bool
    }

    let phrases: [Phrase]
    /// `phrases` by their first word, longest first.
    private let phrasesByFirst: [UTF8Key: [Phrase]]
    /// From `quote-words.tsv`: the quotative particle (`деп`), pronoun speakers (`ол`), caption
    /// labels (`фото`) and the words below.
    let depWords: Set<String>
    let pronouns: Set<String>
    let captionLabels: Set<String>
    /// Words before an addressed name (`құрметті`) and after it, before its comma (`мырза`).
    let vocatives: Set<String>
    let vocativesAfter: Set<String>
    /// Second-person pronouns (`сіз`): a paragraph opened by a name and a comma speaks to that person.
    let addressPronouns: Set<String>
    /// Non-person sources (`баспасөз қызметі`, `хабарлама`), as lower-case word sequences.
    let reporters: [[String]]
    /// Common nouns naming a speaker by role after a speech verb (`деді министр`).
    let roleNouns: Set<String>
    /// The word for an interview (`сұхбат`).
    let interviewWords: Set<String>
    /// Verbs after `деп` that report news, not speech (`деп хабарлайды`).
    let newsVerbs: Set<String>

    init(store: LexiconStore) throws(LexiconError) {
        var phrases: [Phrase] = []
        for row in try store.rows(of: "speech-verbs.tsv", minColumns: 3) {
            guard let dep = Dep(rawValue: row[1]) else {
                throw LexiconError(file: row.file, line: row.line, message: "dep must be yes, no or both, not '\(row[1])'")
            }
            guard row[2] == "named" || row[2] == "none" else {
                throw LexiconError(file: row.file, line: row.line, message: "speaker must be named or none, not '\(row[2])'")
            }
            phrases.append(Phrase(words: row[0].lowercased().split(separator: " ").map(String.init), dep: dep,
                                  impersonal: row[2] == "none"))
        }
        // Longer phrases first, so that `деді тілшілер` wins over `деді`.
        self.phrases = phrases.sorted { $0.words.count > $1.words.count }
        self.phrasesByFirst = Dictionary(grouping: self.phrases.filter { !$0.words.isEmpty }) { UTF8Key($0.words[0]) }
        var dep = Set<String>(), pronouns = Set<String>(), captions = Set<String>()
        var vocatives = Set<String>(), after = Set<String>(), address = Set<String>(), roles = Set<String>(), interview = Set<String>(), news = Set<String>()
        var reporters: [[String]] = []
        for row in try store.rows(of: "quote-words.tsv", minColumns: 2) {
            let word = row[0].lowercased()
            switch row[1] {
            case "dep": dep.insert(word)
            case "pronoun": pronouns.insert(word)
            case "caption": captions.insert(word)
            case "vocative": vocatives.insert(word)
            case "vocative-after": after.insert(word)
            case "address": address.insert(word)
            case "reporter": reporters.append(word.split(separator: " ").map(String.init))
            case "role": roles.insert(word)
            case "interview": interview.insert(word)
            case "news-verb": news.insert(word)
            default:
                throw LexiconError(file: row.file, line: row.line, message: "role must be dep, pronoun, caption, vocative, "
                                   + "vocative-after, address, reporter, role, interview or news-verb, not '\(row[1])'")
            }
        }
        self.depWords = dep
        self.pronouns = pronouns
        self.captionLabels = captions
        self.vocatives = vocatives
        self.vocativesAfter = after
        self.addressPronouns = address
        self.reporters = reporters
        self.roleNouns = roles
        self.interviewWords = interview
        self.newsVerbs = news
    }

    /// The attribution starting at `words[i]`: how many words it takes (with its `деп`) and
    /// whether it names no speaker; nil when the words are no attribution.
    func match(_ words: [String], at i: Int) -> (length: Int, impersonal: Bool)? {
        guard i < words.count else { return nil }
        let dep = depWords.contains(words[i])
        let from = dep ? i + 1 : i
        guard from < words.count, let candidates = phrasesByFirst[UTF8Key(words[from])] else { return nil }
        for p in candidates where (dep ? p.dep != .no : p.dep != .yes) {
            guard from + p.words.count <= words.count else { continue }
            if (1..<p.words.count).allSatisfy({ words[from + $0].bytesEqual(p.words[$0]) }) {
                return (from + p.words.count - i, p.impersonal)
            }
        }
        return nil
    }

    /// False when an attribution cannot start with `word` (a quick test before reading more words).
    func mayStart(_ word: String) -> Bool {
        depWords.contains(word) || phrasesByFirst[UTF8Key(word)] != nil
    }
}

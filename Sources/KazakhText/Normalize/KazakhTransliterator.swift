import Synchronization

/// The two Latin alphabets of Kazakh (kazakh-reference.md §3).
enum LatinAlphabet: String, Sendable, CaseIterable {
    /// 2021: ä ö ü ū ğ ş ñ, `I ı` = І і, `İ i` = И и (`Qazaqstan Respublikasy`, `bır`).
    case latn2021
    /// 2018: acute accents and digraphs, `ı` = и/й (`Qazaqstan Respýblıkasy`, `Álipbı`).
    case latn2018
}

/// Transliteration between Cyrillic and Latin Kazakh through ICU rule files in `Lexicons/`
/// (`translit-latn2021-cyrl.txt` and the three others), one word at a time, with the words
/// the rules get wrong corrected from `translit-words.tsv`.
///
/// ```swift
/// let t = try KazakhTransliterator(store: .bundled())
/// t.cyrillic("Qazaqstannyñ", from: .latn2021)   // "Қазақстанның"
/// t.cyrillic("Prezıdenti", from: .latn2018)     // "Президенті"
/// t.latin("Мемлекет басшысы", to: .latn2021)    // "Memleket basşysy"
/// ```
final class KazakhTransliterator: Sendable {
    private let toCyrillic2021: ICUTransliterator
    private let toCyrillic2018: ICUTransliterator
    private let toLatin2021: ICUTransliterator
    private let toLatin2018: ICUTransliterator
    /// What the lexicons correct in the rules' output, built on the first Latin word (a
    /// Cyrillic text never needs it, and building it costs a good part of a second).
    private final class Corrections: Sendable {
        /// Rule output stem (lower case) → the right Cyrillic stem (`жахан` → `жаһан`).
        let words: [LatinAlphabet: [String: String]]
        /// The same for names (first names, leaders): used on capitalized words only,
        /// so that `айда` (in a month) never becomes the name `Аида`.
        let names: [LatinAlphabet: [String: String]]
        let longest: Int
        /// The first three letters of every wrong stem: a word that starts otherwise needs no lookup.
        let starts: Set<String>

        init(words: [LatinAlphabet: [String: String]], names: [LatinAlphabet: [String: String]]) {
            self.words = words
            self.names = names
            let keys = words.values.flatMap(\.keys) + names.values.flatMap(\.keys)
            longest = keys.map(\.count).max() ?? 0
            starts = Set(keys.map { String($0.prefix(3)) })
        }
    }
    private let corrections = Mutex<Corrections?>(nil)
    /// Stems listed in translit-words.tsv; lexicon words that are names; names of leaders.
    private let listedCorrections: [String: String]
    private let nameWords: Set<String>
    private let leaderNames: Set<String>
    /// Lower-cased Cyrillic words and stems the lexicons know (`президент`, `қазақстан`, `мен`).
    private let knownWords: Set<String>
    /// Surname and patronymic endings (`ов`, `ева`, `ұлы`; name-context.tsv): a capitalized
    /// Latin word with one of them is a Kazakh-written name (`Smaiylov`), even with a cluster.
    private let surnameEndings: [String]
    /// Legacy-font stand-in letter → Kazakh letter, one table per font (legacy-fonts.tsv).
    private let legacyFonts: [[Character: Character]]
    /// The Kazakh Cyrillic letters and their roles (`cyrillic-letters.tsv`).
    private let letters: CyrillicLetters
    private let cache2021 = WordCache<String>(capacity: 50_000)
    private let cache2018 = WordCache<String>(capacity: 50_000)

    /// Lexicon files whose first column (or the given column) holds Kazakh words: a Latin word
    /// whose transliteration starts with one of them is Kazakh, not a foreign name.
    static let knownWordSources: [(file: String, column: Int)] = [
        ("latin-kazakh-words.tsv", 0), ("numerals.tsv", 0), ("units.tsv", 0), ("titles.tsv", 0),
        ("position-heads.tsv", 0), ("speech-verbs.tsv", 0), ("quote-words.tsv", 0), ("number-context.tsv", 0),
        ("name-context.tsv", 0), ("countries.tsv", 0), ("first-names.tsv", 0), ("leaders.tsv", 1),
        ("title-modifiers.tsv", 0),
    ]

    init(store: LexiconStore) throws(LexiconError) {
        func rules(_ name: String) throws(LexiconError) -> ICUTransliterator {
            let files = try store.contents(of: name)
            return try ICUTransliterator(name: files[0].path, rules: files.map(\.contents).joined(separator: "\n"))
        }
        toCyrillic2021 = try rules("translit-latn2021-cyrl.txt")
        toCyrillic2018 = try rules("translit-latn2018-cyrl.txt")
        toLatin2021 = try rules("translit-cyrl-latn2021.txt")
        toLatin2018 = try rules("translit-cyrl-latn2018.txt")
        var known = Set<String>()
        var leaderNames = Set<String>()
        var names = Set<String>()
        let nameFiles: Set<String> = ["first-names.tsv", "leaders.tsv"]
        for (file, column) in Self.knownWordSources {
            for row in try store.rows(of: file, minColumns: column + 1, maxColumns: 8) {
                for word in row[column].lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }) where word.count >= 2 {
                    known.insert(String(word))
                    if file == "leaders.tsv" { leaderNames.insert(String(word)) }
                    if nameFiles.contains(file) { names.insert(String(word)) }
                }
            }
        }
        knownWords = known
        var fonts: [String: [Character: Character]] = [:]
        for row in try store.rows(of: "legacy-fonts.tsv", minColumns: 3, maxColumns: 3) {
            guard row[0].count == 1, row[1].count == 1 else {
                throw LexiconError(file: row.file, line: row.line, message: "the first two columns must be one letter each")
            }
            fonts[row[2], default: [:]][row[0].first!] = row[1].first!
        }
        legacyFonts = fonts.keys.sorted().map { fonts[$0]! }
        letters = try CyrillicLetters(rows: store.rows(of: "cyrillic-letters.tsv", minColumns: 2, maxColumns: 2))
        surnameEndings = try store.rows(of: "name-context.tsv", minColumns: 2, maxColumns: 2)
            .filter { $0[1] == "surname" || $0[1] == "patronymic" }.map { $0[0].lowercased() }
        var listed: [String: String] = [:]
        for row in try store.rows(of: "translit-words.tsv", minColumns: 2, maxColumns: 3) {
            listed[row[0].lowercased()] = row[1].lowercased()
        }
        listedCorrections = listed
        nameWords = names
        self.leaderNames = leaderNames
    }

    /// The correction tables, built on first use.
    private func correctionTables() -> Corrections {
        corrections.withLock { table in
            if let table { return table }
            var words: [LatinAlphabet: [String: String]] = [:]
            var names: [LatinAlphabet: [String: String]] = [:]
            for alphabet in LatinAlphabet.allCases {
                let there = alphabet == .latn2021 ? toLatin2021 : toLatin2018
                let back = alphabet == .latn2021 ? toCyrillic2021 : toCyrillic2018
                words[alphabet] = Self.lexiconCorrections(knownWords.subtracting(nameWords), known: knownWords, preferred: [], letters: letters,
                                                          there: there, back: back)
                    .merging(listedCorrections) { _, fromFile in fromFile }
                names[alphabet] = Self.lexiconCorrections(nameWords, known: knownWords, preferred: leaderNames, letters: letters, there: there, back: back)
            }
            let built = Corrections(words: words, names: names)
            table = built
            return built
        }
    }

    /// The lexicons decide where the rules cannot: each known word the rules do not bring back
    /// from Latin (`ильхам` → `İlham` → `илхам`, `миллиард` → `mıllıard` → `миллярд` in 2018)
    /// gets the rules' output as a wrong stem to correct. Only words the rules may lose are tried
    /// (`CyrillicLetters.mayNotComeBack`). A wrong stem that is itself a known word is
    /// kept, unless the right one names a leader (`илхам` is a first name, `Ильхам` a leader).
    static func lexiconCorrections(_ words: Set<String>, known: Set<String>, preferred: Set<String>, letters: CyrillicLetters,
                                   there: ICUTransliterator, back: ICUTransliterator) -> [String: String] {
        var result: [String: String] = [:]
        // In sorted order, a leader's name winning a clash (`ілхам` is both `Илхам` and `Ильхам`
        // in 2018): the same table on every run.
        for word in words.sorted() where word.count >= 4 && letters.mayNotComeBack(word) {
            for form in [word, word.prefix(1).uppercased() + word.dropFirst()] {
                let wrong = back.transliterate(there.transliterate(form)).lowercased()
                guard wrong != word, wrong.count >= 4, !known.contains(wrong) || preferred.contains(word) else { continue }
                if let taken = result[wrong], taken != word, preferred.contains(taken) || !preferred.contains(word) { continue }
                result[wrong] = word
            }
        }
        return result
    }

    /// The Cyrillic form of one Latin Kazakh word (Cyrillic letters in it are kept).
    func cyrillic(_ word: String, from alphabet: LatinAlphabet) -> String {
        let cache = alphabet == .latn2021 ? cache2021 : cache2018
        if let hit = cache.cached(word) { return hit }
        let rules = alphabet == .latn2021 ? toCyrillic2021 : toCyrillic2018
        let output = rules.transliterate(word)
        let tables = correctionTables()
        guard tables.starts.contains(String(output.lowercased().prefix(3))) else {
            cache.store(output, for: word)
            return output
        }
        var result = corrected(output, tables.words[alphabet] ?? [:], longest: tables.longest)
        if result == output, word.first?.isUppercase == true {
            result = corrected(output, tables.names[alphabet] ?? [:], longest: tables.longest)
        }
        cache.store(result, for: word)
        return result
    }

    /// The Latin form of Cyrillic text (each word on its own; other characters are kept).
    func latin(_ text: String, to alphabet: LatinAlphabet) -> String {
        (alphabet == .latn2021 ? toLatin2021 : toLatin2018).transliterate(text)
    }

    /// The rule output with the longest listed wrong stem it starts with replaced by the right
    /// one (the first letter keeps its case).
    private func corrected(_ word: String, _ corrections: [String: String], longest: Int) -> String {
        guard longest > 0 else { return word }
        let lower = word.lowercased()
        var length = min(lower.count, longest)
        while length >= 2 {
            let prefix = String(lower.prefix(length))
            if let right = corrections[prefix] {
                var out = right + word.dropFirst(length)
                if let first = word.first, first.isUppercase { out = out.prefix(1).uppercased() + out.dropFirst() }
                return out
            }
            length -= 1
        }
        return word
    }

    /// The word with the letters of a legacy font repaired (`Јзірбайжан` → `Әзірбайжан`), when
    /// one font makes it Kazakh: nothing but Kazakh letters, and a lexicon word or stem, a
    /// surname, two repaired letters or a Kazakh letter already there (`і` in `Јзірбайжан`). Nil
    /// for any other word (`Україна`, `Македонија`, `Љубљана`).
    func repairedLegacyFont(_ word: String) -> String? {
        for font in legacyFonts {
            var repaired = 0
            let out = String(word.map { c -> Character in
                if let k = font[c] { repaired += 1; return k }
                return c
            })
            guard repaired > 0 else { continue }
            let kazakhOnly = out.allSatisfy { letters.kazakh.contains($0) || !$0.isLetter }
            guard kazakhOnly else { continue }
            let kazakhSpecific = word.contains { letters.kazakhOnly.contains($0) }
            if isKnown(cyrillic: out) || hasSurnameEnding(cyrillic: out) || repaired >= 2 || kazakhSpecific { return out }
        }
        return nil
    }


    /// True when the Cyrillic `word` has a surname ending after three letters or more, followed
    /// by at most five more (`Смайылов`, `Смайыловтың`, `Мамин`).
    func hasSurnameEnding(cyrillic word: String) -> Bool {
        let lower = Array(word.lowercased())
        for ending in surnameEndings.map(Array.init) {
            var start = max(3, lower.count - ending.count - 5)
            while start + ending.count <= lower.count {
                if Array(lower[start..<(start + ending.count)]) == ending { return true }
                start += 1
            }
        }
        return false
    }

    /// True when the lower-cased Cyrillic `word` is, or starts with, a word the lexicons know
    /// (a stem of four letters or more; shorter words must match whole).
    func isKnown(cyrillic word: String) -> Bool {
        let lower = word.lowercased()
        if knownWords.contains(lower) { return true }
        var length = lower.count - 1
        while length >= 4 {
            if knownWords.contains(String(lower.prefix(length))) { return true }
            length -= 1
        }
        return false
    }
}

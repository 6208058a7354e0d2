/// The two Latin alphabets of Kazakh (kazakh-reference.md §3).
public enum LatinAlphabet: String, Sendable, CaseIterable {
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
public final class KazakhTransliterator: Sendable {
    private let toCyrillic2021: ICUTransliterator
    private let toCyrillic2018: ICUTransliterator
    private let toLatin2021: ICUTransliterator
    private let toLatin2018: ICUTransliterator
    /// Rule output stem (lower case) → the right Cyrillic stem (`жахан` → `жаһан`).
    private let corrections: [String: String]
    private let longestCorrection: Int
    /// Lower-cased Cyrillic words and stems the lexicons know (`президент`, `қазақстан`, `мен`).
    private let knownWords: Set<String>
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

    public init(store: LexiconStore) throws(LexiconError) {
        func rules(_ name: String) throws(LexiconError) -> ICUTransliterator {
            let files = try store.contents(of: name)
            return try ICUTransliterator(name: files[0].path, rules: files.map(\.contents).joined(separator: "\n"))
        }
        toCyrillic2021 = try rules("translit-latn2021-cyrl.txt")
        toCyrillic2018 = try rules("translit-latn2018-cyrl.txt")
        toLatin2021 = try rules("translit-cyrl-latn2021.txt")
        toLatin2018 = try rules("translit-cyrl-latn2018.txt")
        var corrections: [String: String] = [:]
        for row in try store.rows(of: "translit-words.tsv", minColumns: 2, maxColumns: 3) {
            corrections[row[0].lowercased()] = row[1].lowercased()
        }
        self.corrections = corrections
        longestCorrection = corrections.keys.map(\.count).max() ?? 0
        var known = Set<String>()
        for (file, column) in Self.knownWordSources {
            for row in try store.rows(of: file, minColumns: column + 1, maxColumns: 8) {
                for word in row[column].lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }) where word.count >= 2 {
                    known.insert(String(word))
                }
            }
        }
        knownWords = known
    }

    /// The Cyrillic form of one Latin Kazakh word (Cyrillic letters in it are kept).
    public func cyrillic(_ word: String, from alphabet: LatinAlphabet) -> String {
        let cache = alphabet == .latn2021 ? cache2021 : cache2018
        if let hit = cache.cached(word) { return hit }
        let rules = alphabet == .latn2021 ? toCyrillic2021 : toCyrillic2018
        let result = corrected(rules.transliterate(word))
        cache.store(result, for: word)
        return result
    }

    /// The Latin form of Cyrillic text (each word on its own; other characters are kept).
    public func latin(_ text: String, to alphabet: LatinAlphabet) -> String {
        (alphabet == .latn2021 ? toLatin2021 : toLatin2018).transliterate(text)
    }

    /// The rule output with the longest listed wrong stem it starts with replaced by the right
    /// one (the first letter keeps its case).
    private func corrected(_ word: String) -> String {
        guard longestCorrection > 0 else { return word }
        let lower = word.lowercased()
        var length = min(lower.count, longestCorrection)
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

    /// True when the lower-cased Cyrillic `word` is, or starts with, a word the lexicons know
    /// (a stem of four letters or more; shorter words must match whole).
    public func isKnown(cyrillic word: String) -> Bool {
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

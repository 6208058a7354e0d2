/// Units, currencies and percent words with their canonical codes, from `Lexicons/units.tsv`.
///
/// A unit may be several words (`айлық есептік көрсеткіш`, `АҚШ доллары`, `шаршы метр`); every
/// word but the last must match exactly (case-insensitively), the last may carry any suffix chain
/// of `suffixes.tsv` (`тоннаны`, `долларына`, `шақырымдық`). A symbol unit joined to its suffix by a
/// hyphen (`%-ке`, `%-ы`) matches too.
///
/// ```swift
/// units.match(["миллион", "тоннаны"], at: 1)   // тонна → QUANTITY, t
/// ```
public struct UnitLexicon: Sendable {
    public struct Unit: Sendable, Hashable {
        public var words: [String]
        public var label: SpanLabel
        public var code: String
    }

    /// A unit found in a token sequence.
    public struct Match: Sendable, Hashable {
        public var unit: Unit
        public var tokenCount: Int
        /// The case of the last word (for the approximators that follow).
        public var grammaticalCase: SuffixCategory?
        /// The last word carries the similative `-дай/-дей` 'about' (`шақырымдай`).
        public var similative = false
    }

    private let byFirstWord: [UTF8Key: [Unit]]
    private let lastWords: Set<UTF8Key>
    /// The most scalars a unit's last word has: no stem of more Characters is cut out of a token
    /// (a Character holds at least one scalar), so a huge token costs no huge stems.
    private let longestLastWord: Int
    private let stripper: SuffixStripper

    public init(rows: [TSVRow], stripper: SuffixStripper) throws(LexiconError) {
        var byFirst: [UTF8Key: [Unit]] = [:]
        var last = Set<UTF8Key>()
        var firstRowOfForm: [String: TSVRow] = [:]
        for row in rows {
            guard let label = SpanLabel(rawValue: row[1]), label == .MONEY || label == .QUANTITY || label == .PERCENTAGE else {
                throw LexiconError(file: row.file, line: row.line, message: "label must be MONEY, QUANTITY or PERCENTAGE, found '\(row[1])'")
            }
            let words = row[0].lowercased().split(separator: " ").map(String.init)
            guard !words.isEmpty else { throw LexiconError(file: row.file, line: row.line, message: "empty unit") }
            let form = words.joined(separator: " ")
            if let first = firstRowOfForm[form] {
                // The same form as two units: which one a text meant would depend on file order.
                guard first[1] == row[1] && first[2] == row[2] else {
                    throw LexiconError(file: row.file, line: row.line,
                                       message: "unit '\(row[0])' is \(row[1]) \(row[2]) here but \(first[1]) \(first[2]) at \(first.file):\(first.line)")
                }
                continue
            }
            firstRowOfForm[form] = row
            byFirst[UTF8Key(words[0]), default: []].append(Unit(words: words, label: label, code: row[2]))
            last.insert(UTF8Key(words.last!))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.words.count > $1.words.count } }
        self.byFirstWord = byFirst
        self.lastWords = last
        self.longestLastWord = last.map { $0.string.unicodeScalars.count }.max() ?? 0
        self.stripper = stripper
    }

    /// The longest unit starting at `words[index]` (lower-cased tokens), if any.
    public func match(_ words: [String], at index: Int) -> Match? {
        guard index < words.count else { return nil }
        let first = words[index]
        var candidates = byFirstWord[UTF8Key(first)] ?? []
        var firstStem: (String, [Suffix])? = nil
        if candidates.isEmpty || candidates.allSatisfy({ $0.words.count > 1 }) {
            if let analysis = stemAndSuffixes(first) {
                firstStem = analysis
                candidates += (byFirstWord[UTF8Key(analysis.0)] ?? []).filter { $0.words.count == 1 }
            }
        }
        func made(_ unit: Unit, _ n: Int, _ suffixes: [Suffix]) -> Match {
            Match(unit: unit, tokenCount: n, grammaticalCase: suffixes.last(where: { $0.category.isCase })?.category,
                  similative: suffixes.contains { $0.category == .similative })
        }
        for unit in candidates {
            let n = unit.words.count
            guard index + n <= words.count else { continue }
            if n == 1 {
                if unit.words[0] == first { return Match(unit: unit, tokenCount: 1, grammaticalCase: nil) }
                if let (stem, suffixes) = firstStem, stem == unit.words[0] { return made(unit, 1, suffixes) }
                continue
            }
            guard (0..<(n - 1)).allSatisfy({ words[index + $0] == unit.words[$0] }) else { continue }
            let lastToken = words[index + n - 1]
            if lastToken == unit.words[n - 1] { return Match(unit: unit, tokenCount: n, grammaticalCase: nil) }
            if let (stem, suffixes) = stemAndSuffixes(lastToken), stem == unit.words[n - 1] {
                return made(unit, n, suffixes)
            }
        }
        return nil
    }

    /// The unit word under a suffixed token (`тоннаны` → `тонна`, accusative; `%-ке` → `%`).
    /// Unit words are a closed list, so any allomorph chain is accepted after them
    /// (`баррельге`); a unit of one or two letters (`м`, `км`) takes a suffix only after a hyphen.
    func stemOfLastWord(_ token: String) -> (String, SuffixCategory?)? {
        stemAndSuffixes(token).map { ($0.0, $0.1.last(where: { $0.category.isCase })?.category) }
    }

    func stemAndSuffixes(_ token: String) -> (String, [Suffix])? {
        if let hit = cache.cached(token) { return hit?.pair }
        let value = uncachedStemAndSuffixes(token)
        cache.store(value, for: token)
        return value?.pair
    }

    /// A unit stem and its suffixes, as a Sendable value for the cache.
    struct Stemmed: Sendable { var pair: (String, [Suffix]) }

    private let cache = WordCache<Stemmed?>()

    private func uncachedStemAndSuffixes(_ token: String) -> Stemmed? {
        rawStemAndSuffixes(token).map { Stemmed(pair: $0) }
    }

    private func rawStemAndSuffixes(_ token: String) -> (String, [Suffix])? {
        if let dash = token.firstIndex(of: "-"), dash != token.startIndex {
            let stem = String(token[..<dash])
            let rest = String(token[token.index(after: dash)...])
            guard lastWords.contains(UTF8Key(stem)), let chain = stripper.chainsAfterDigits(rest).first else { return nil }
            return (stem, chain)
        }
        let characters = Array(token)
        // Only stems whose rest can be a suffix chain (`SuffixStripper.stemLengths`): linear in the token's length.
        for length in stripper.stemLengths(wordLength: characters.count, minimum: 3, longestStem: longestLastWord) {
            let stem = String(characters[..<length])
            if lastWords.contains(UTF8Key(stem)), let chain = stripper.chainsAfterDigits(String(characters[length...])).first {
                return (stem, chain)
            }
        }
        return nil
    }
}

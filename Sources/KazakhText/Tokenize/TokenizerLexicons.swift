/// The language data the tokenizer and sentence splitter read from `Lexicons/`:
/// `abbreviations.tsv`, `hyphen-suffixes.tsv`, `homoglyphs.tsv`, `quote-marks.tsv` and `dashes.tsv`.
struct TokenizerLexicons: Sendable {
    /// An abbreviation that keeps its period (`т.б.`), and whether it may end a sentence.
    struct Abbreviation: Sendable, Hashable {
        var form: String
        var expansion: String
        var mayEndSentence: Bool
    }

    /// Keyed by the UTF-8 bytes of the form, lower-cased.
    let abbreviations: [[UInt8]: Abbreviation]
    /// Suffix morphs that may follow `digits-` (`ші`, `ге`, `ына` = `ы` + `на`), as UTF-8.
    let hyphenSuffixMorphs: Set<[UInt8]>
    let longestMorph: Int
    /// `isSuffixChain` by spelling.
    private let suffixChains = WordCache<Bool>(capacity: 10_000)
    /// Look-alike letter → Cyrillic letter.
    let homoglyphs: [Unicode.Scalar: Unicode.Scalar]
    /// Quotation marks: no sentence ends inside a quotation that closes in its paragraph.
    let quoteMarks: QuoteMarks
    /// Dashes: a sentence may start with a dialogue dash.
    let dashes: Dashes
    /// Latin Kazakh read as Cyrillic (`translit-*.txt`, `translit-words.tsv`).
    let latinView: LatinView

    init(store: LexiconStore) throws(LexiconError) {
        var abbreviations: [[UInt8]: Abbreviation] = [:]
        for row in try store.rows(of: "abbreviations.tsv", minColumns: 3) {
            guard row[0].hasSuffix(".") || row[0].count > 1 else {
                throw LexiconError(file: row.file, line: row.line, message: "abbreviation '\(row[0])' has no period")
            }
            guard row[2] == "yes" || row[2] == "no" else {
                throw LexiconError(file: row.file, line: row.line, message: "column 3 must be 'yes' or 'no', found '\(row[2])'")
            }
            let entry = Abbreviation(form: row[0], expansion: row[1], mayEndSentence: row[2] == "yes")
            abbreviations[Array(row[0].lowercased().utf8)] = entry
        }
        var morphs = Set<[UInt8]>()
        var longest = 0
        for row in try store.rows(of: "hyphen-suffixes.tsv", minColumns: 2) {
            guard row[0].allSatisfy(\.isLetter) else {
                throw LexiconError(file: row.file, line: row.line, message: "suffix '\(row[0])' must be letters only")
            }
            let bytes = Array(row[0].lowercased().utf8)
            morphs.insert(bytes)
            longest = max(longest, bytes.count)
        }
        var homoglyphs: [Unicode.Scalar: Unicode.Scalar] = [:]
        for row in try store.rows(of: "homoglyphs.tsv", minColumns: 2, maxColumns: 3) {
            let from = row[0].unicodeScalars, to = row[1].unicodeScalars
            guard from.count == 1, to.count == 1 else {
                throw LexiconError(file: row.file, line: row.line, message: "each of the first two columns must be one letter")
            }
            homoglyphs[from.first!] = to.first!
        }
        self.abbreviations = abbreviations
        self.hyphenSuffixMorphs = morphs
        self.longestMorph = longest
        self.homoglyphs = homoglyphs
        self.quoteMarks = try QuoteMarks(store: store)
        self.dashes = try Dashes(store: store)
        self.latinView = LatinView(transliterator: try KazakhTransliterator(store: store))
    }

    /// The abbreviation whose form is exactly these bytes (case-insensitively).
    func abbreviation(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Abbreviation? {
        if let hit = abbreviations[Array(bytes)] { return hit }
        let lowered = Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
        return abbreviations[lowered]
    }

    /// True when the bytes are a chain of suffix morphs (`ына` = `ы` + `на`). Remembered per
    /// spelling: the same few endings (`жылы`, `ші`, `ға`) follow digits again and again.
    func isSuffixChain(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        let key = UnsafeBufferPointer(rebasing: bytes)
        if let hit = suffixChains.cached(bytes: key) { return hit }
        let result = uncachedIsSuffixChain(bytes)
        suffixChains.store(result, for: String(decoding: key, as: UTF8.self))
        return result
    }

    func uncachedIsSuffixChain(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        latinSuffixAsCyrillic(bytes).contains { isMorphChain(Array($0.lowercased().utf8)) }
    }

    private func isMorphChain(_ word: [UInt8]) -> Bool {
        if word.isEmpty || word.count > 6 * longestMorph { return false }
        var reachable = [Bool](repeating: false, count: word.count + 1)
        reachable[0] = true
        for i in 0..<word.count where reachable[i] {
            var length = 1
            while length <= longestMorph && i + length <= word.count {
                if hyphenSuffixMorphs.contains(Array(word[i..<(i + length)])) { reachable[i + length] = true }
                length += 1
            }
        }
        return reachable[word.count]
    }

    /// The suffix as it is (look-alike letters folded), or, written in Latin letters (`55-shi`, `62%-ǵa`), its Cyrillic
    /// forms (the alphabet its letters tell, else both), so the same morphs decide.
    func latinSuffixAsCyrillic(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let first = bytes.first, first < 0x80 || (first >= 0xC3 && first <= 0xC9) else {
            // Cyrillic with look-alike Latin letters (`ғa` with a Latin a): folded.
            return [TokenFold.normalizedToken(UnsafeBufferPointer(rebasing: bytes)[...], homoglyphs: homoglyphs) ?? text]
        }
        let profile = LetterProfile(Substring(text).unicodeScalars)
        guard profile.cyrillic == 0, profile.latin > 0 else { return [text] }
        let alphabets = profile.alphabet.map { [$0] } ?? LatinAlphabet.allCases
        return alphabets.map { latinView.transliterator.cyrillic(text, from: $0) }
    }
}

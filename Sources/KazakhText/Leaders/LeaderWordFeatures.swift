/// What the PERSON and POSITION rules ask about one word form, computed once per form and
/// cached: its name kind (`тоқаевтың` → surname `тоқаев`), the titles and post heads it can
/// start (`президентіне` → `Президент`), its stems under a suffix chain and its roles in
/// `name-context.tsv` (honorific, place noun, genitive, oblique case, ...).
///
/// The rules in ``LeaderRecognizer`` read these fields instead of comparing strings, so a
/// sentence costs one cache lookup per word the rules look at.
final class LeaderWordFeatures: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        /// Ends in a locative, dative, ablative or instrumental ending (`Астанада`).
        static let oblique = Flags(rawValue: 1 << 0)
        /// Ends in a genitive ending (`Президенттің`).
        static let genitive = Flags(rawValue: 1 << 1)
        /// An honorific in any inflected form (`ата`, `атаның`, `мырзаға`).
        static let honorific = Flags(rawValue: 1 << 2)
        static let particle = Flags(rawValue: 1 << 3)
        static let conjunction = Flags(rawValue: 1 << 4)
        static let domain = Flags(rawValue: 1 << 5)
        static let organisationWord = Flags(rawValue: 1 << 6)
        static let notName = Flags(rawValue: 1 << 7)
        static let countryFirstWord = Flags(rawValue: 1 << 8)
        /// The first word of a leader's name of two words or more.
        static let leaderNameFirst = Flags(rawValue: 1 << 9)
        /// A non-name or a country, or one of them inflected (`Алматыда`, `Түркияның`).
        static let placeLike = Flags(rawValue: 1 << 10)
        /// A country's first word or an inflection of it.
        static let countryWord = Flags(rawValue: 1 << 11)
        /// A place noun after a name (`ауданы`, `аудандарының`).
        static let placeNoun = Flags(rawValue: 1 << 12)
        /// A word after a title that makes it part of another name (`сайлауы`, `Әкімшілігі`).
        static let titleEnder = Flags(rawValue: 1 << 13)
        static let openGuillemet = Flags(rawValue: 1 << 14)
        static let closeGuillemet = Flags(rawValue: 1 << 15)
        static let comma = Flags(rawValue: 1 << 16)
    }

    /// The word, then its stems under a valid suffix chain, longest first
    /// (`тоқаевтың` → `тоқаевтың`, `тоқаев`).
    struct Split: Sendable {
        let stem: String
        let suffixed: Bool
        let scalarCount: Int
    }

    let flags: Flags
    /// The word's kind as a capitalised name, if it can be one.
    let nameKind: LeaderRecognizer.NameKindResult?
    /// Titles whose first word this is (any length), or whose only word it inflects.
    let titles: [LeaderLexicon.Title]
    /// Post heads whose first word this word is (`exact`) or inflects (`төрағасының`).
    let heads: [NameLexicons.Head]
    let headIsExact: Bool
    let splits: [Split]
    /// For a `countryWord`: the country this word names alone (`Түркияның` → TR), and the
    /// lengths of the listed multi-word names that start with it (`Қазақстан Республикасы`).
    let country: Country?

    struct Country: Sendable {
        let code: String?
        let lengths: Set<Int>?
    }

    init(flags: Flags, nameKind: LeaderRecognizer.NameKindResult?, titles: [LeaderLexicon.Title],
         heads: [NameLexicons.Head], headIsExact: Bool, splits: [Split], country: Country? = nil) {
        self.flags = flags
        self.nameKind = nameKind
        self.titles = titles
        self.heads = heads
        self.headIsExact = headIsExact
        self.splits = splits
        self.country = country
    }

    @inline(__always)
    func has(_ f: Flags) -> Bool { flags.contains(f) }

    /// The longest stem (or the word itself) that `known` accepts.
    func firstStem(where known: (String) -> Bool) -> Split? {
        splits.first { known($0.stem) }
    }

    /// The word ends in one of `endings` (longest first), then nothing or a suffix chain
    /// (`марқабаеваның` → `марқабаева`); the stem keeps the ending.
    func ending(_ endings: [String], minStem: Int) -> Split? {
        for e in endings {
            // The ending's length in letters only once some stem ends with it.
            var length: Int? = nil
            if let s = splits.first(where: { split in
                guard split.stem.bytesHaveSuffix(e) else { return false }
                let n = length ?? e.unicodeScalars.count
                length = n
                return split.scalarCount >= n + minStem
            }) { return s }
        }
        return nil
    }
}

/// The name lexicons keyed by bytes, for lookups in the hot path (see ``UTF8Key``).
struct LeaderKeys: Sendable {
    let givenNames: [UTF8Key: Bool]
    let notNameOrCountry: Set<UTF8Key>
    let notNames: Set<UTF8Key>
    let nameLastWords: Set<UTF8Key>
    let countries: [UTF8Key: String]
    let countryFirstWords: Set<UTF8Key>
    /// Word counts of the country and organisation names of several words, by their first word.
    let countryLengths: [UTF8Key: Set<Int>]
    let titlesByFirst: [UTF8Key: [LeaderLexicon.Title]]
    let headFirstWords: [UTF8Key: [NameLexicons.Head]]
    let particles: Set<UTF8Key>
    let conjunctions: Set<UTF8Key>
    let domains: Set<UTF8Key>
    let organisationWords: Set<UTF8Key>
    let notAfterTitle: Set<UTF8Key>
    let leaderNameFirstWords: Set<UTF8Key>
    /// For the first word of a leader's name of several words: how many words its names have.
    let leaderNameLengths: [UTF8Key: Set<Int>]
    /// Hashes of the same sets, asked before a stem is cut out as a string.
    let notNameOrCountryFilter: StemFilter
    let countryFirstFilter: StemFilter
    let notAfterTitleFilter: StemFilter
    /// The flags a word earns by being listed (particle, conjunction, domain, organisation word,
    /// not a name, a country's first word, a leader name's first word): one lookup for all.
    let listedFlags: [UTF8Key: LeaderWordFeatures.Flags]
    /// The honorifics, place nouns and title enders by their first bytes, for the rules that
    /// ask whether a word starts with one of them (and inflects it).
    let honorificsByStart: PrefixIndex
    let placeAfterByStart: PrefixIndex
    let notAfterTitleByStart: PrefixIndex
    let titleFirstFilter: StemFilter
    let headFirstFilter: StemFilter
    /// First three letters (or the whole word, if shorter) of every word that can start a POSITION in lower case.
    let lowercaseStarts: UInt64Set
    /// First two letters of every country's first word.
    let countryStarts: UInt64Set
    /// First two letters of every honorific.
    let honorificStarts: UInt64Set

    init(leaders: LeaderLexicon, names: NameLexicons, titlesByFirst: [String: [LeaderLexicon.Title]]) {
        func keys(_ s: some Sequence<String>) -> Set<UTF8Key> { Set(s.map(UTF8Key.init)) }
        givenNames = Dictionary(uniqueKeysWithValues: names.givenNames.map { (UTF8Key($0.key), $0.value) })
        notNames = keys(names.notNames)
        notNameOrCountry = notNames.union(names.countries.keys.map(UTF8Key.init))
        nameLastWords = keys(leaders.nameLastWords)
        countries = Dictionary(uniqueKeysWithValues: names.countries.map { (UTF8Key($0.key), $0.value) })
        countryFirstWords = keys(names.countryFirstWords)
        var lengths: [UTF8Key: Set<Int>] = [:]
        for name in names.countries.keys {
            let words = name.split(separator: " ")
            if words.count > 1 { lengths[UTF8Key(words[0]), default: []].insert(words.count) }
        }
        countryLengths = lengths
        self.titlesByFirst = Dictionary(uniqueKeysWithValues: titlesByFirst.map { (UTF8Key($0.key), $0.value) })
        headFirstWords = Dictionary(uniqueKeysWithValues: names.headFirstWords.map { (UTF8Key($0.key), $0.value) })
        particles = keys(names.particles)
        conjunctions = keys(names.conjunctions)
        domains = keys(names.domains)
        organisationWords = keys(names.organisationWords)
        notAfterTitle = keys(names.notAfterTitle)
        var nameLengths: [UTF8Key: Set<Int>] = [:]
        for forms in leaders.names.values {
            for form in forms {
                let words = LeaderLexicon.key(form).split(separator: " ")
                if words.count > 1 { nameLengths[UTF8Key(words[0]), default: []].insert(words.count) }
            }
        }
        leaderNameFirstWords = Set(nameLengths.keys)
        leaderNameLengths = nameLengths
        notNameOrCountryFilter = StemFilter(notNameOrCountry)
        countryFirstFilter = StemFilter(countryFirstWords)
        notAfterTitleFilter = StemFilter(notAfterTitle)
        var listed: [UTF8Key: LeaderWordFeatures.Flags] = [:]
        for (set, flag) in [(particles, LeaderWordFeatures.Flags.particle), (conjunctions, .conjunction), (domains, .domain),
                            (organisationWords, .organisationWord), (notNames, .notName),
                            (countryFirstWords, .countryFirstWord), (leaderNameFirstWords, .leaderNameFirst)] {
            for key in set { listed[key, default: []].insert(flag) }
        }
        listedFlags = listed
        honorificsByStart = PrefixIndex(names.honorifics)
        placeAfterByStart = PrefixIndex(names.placeAfter)
        notAfterTitleByStart = PrefixIndex(names.notAfterTitle)
        titleFirstFilter = StemFilter(self.titlesByFirst.keys)
        headFirstFilter = StemFilter(headFirstWords.keys)
        var starts = Set<UInt64>()
        for word in Array(names.headFirstWords.keys) + Array(names.domains)
            + leaders.titles.filter(\.lowercaseStart).map({ $0.words[0] }) + leaders.modifiers.keys.filter({ $0.hasSuffix("-") }) {
            // Three letters (a word of two letters: its two), the same in every inflected form.
            starts.insert(Self.start(word, letters: 3))
        }
        lowercaseStarts = UInt64Set(starts)
        countryStarts = UInt64Set(names.countryFirstWords.map(Self.start))
        honorificStarts = UInt64Set(names.honorifics.map(Self.start))
    }

    /// The first two scalars of a word, packed.
    @inline(__always)
    static func start(_ word: String) -> UInt64 {
        let (a, b, _) = firstScalars(word)
        return UInt64(a) << 32 | UInt64(b)
    }

    /// The first three scalar values of a word (0 past its end), read from its UTF-8.
    @inline(__always)
    static func firstScalars(_ word: String) -> (UInt32, UInt32, UInt32) {
        let read = { (p: UnsafeBufferPointer<UInt8>) -> (UInt32, UInt32, UInt32) in
            var values: (UInt32, UInt32, UInt32) = (0, 0, 0)
            var i = 0
            for k in 0..<3 where i < p.count {
                let (scalar, n) = UTF8Scan.scalar(p, at: i)
                switch k { case 0: values.0 = scalar.value; case 1: values.1 = scalar.value; default: values.2 = scalar.value }
                i += n
            }
            return values
        }
        if let values = word.utf8.withContiguousStorageIfAvailable(read) { return values }
        var it = word.unicodeScalars.makeIterator()
        return (it.next()?.value ?? 0, it.next()?.value ?? 0, it.next()?.value ?? 0)
    }

    /// The first `letters` (2 or 3) scalars of a word, packed (21 bits each).
    @inline(__always)
    static func start(_ word: String, letters: Int) -> UInt64 {
        let (a, b, c) = firstScalars(word)
        let two = UInt64(a) << 21 | UInt64(b)
        return letters == 2 ? two : two << 21 | UInt64(c)
    }
}

/// The 64-bit FNV-1a hashes of a set of words: a word whose hash is not in it is not in the set,
/// so a stem search hashes every prefix in one pass and cuts a string out only on a hit.
struct StemFilter: Sendable {
    private let hashes: UInt64Set

    init(_ words: some Sequence<UTF8Key>) {
        hashes = UInt64Set(words.map { Self.hash($0.string.utf8) })
    }

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool { hashes.contains(hash) }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 14_695_981_039_346_656_037
        for b in bytes { h = (h ^ UInt64(b)) &* 1_099_511_628_211 }
        return h
    }

    /// `result[k]` = the hash of the first `k` scalars (`starts` are scalar byte offsets);
    /// `result[starts.count]` = the hash of the whole word.
    static func prefixHashes(_ u: [UInt8], _ starts: [Int]) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(starts.count + 1)
        var h: UInt64 = 14_695_981_039_346_656_037
        var k = 0
        for (i, b) in u.enumerated() {
            if k < starts.count, starts[k] == i { result.append(h); k += 1 }
            h = (h ^ UInt64(b)) &* 1_099_511_628_211
        }
        result.append(h)
        return result
    }
}

/// Words grouped by their first two UTF-8 bytes: `candidates(of:)` gives every word of the set
/// that can be a prefix of a given word (the same answers as testing them all, fewer tests).
struct PrefixIndex: Sendable {
    private let buckets: [UInt32: [String]]

    init(_ words: some Sequence<String>) {
        var buckets: [UInt32: [String]] = [:]
        for w in words { buckets[Self.key(w.utf8.prefix(2)), default: []].append(w) }
        self.buckets = buckets
    }

    /// Two bytes, one byte and none each have their own keys.
    private static func key(_ bytes: some Collection<UInt8>) -> UInt32 {
        var it = bytes.makeIterator()
        guard let b0 = it.next() else { return 0x2_0000 }
        guard let b1 = it.next() else { return 0x1_0000 | UInt32(b0) }
        return UInt32(b0) << 8 | UInt32(b1)
    }

    /// The words that start like `word` (all of its possible prefixes among them).
    func candidates(of word: String) -> [String] {
        var result: [String] = []
        _ = forEachCandidate(of: word) { result.append($0); return false }
        return result
    }

    /// True when `test` holds for one of the words that start like `word`.
    func contains(startOf word: String, where test: (String) -> Bool) -> Bool {
        forEachCandidate(of: word, test)
    }

    /// Calls `body` on the candidates until it returns true; says whether it did.
    private func forEachCandidate(of word: String, _ body: (String) -> Bool) -> Bool {
        if let empty = buckets[0x2_0000], empty.contains(where: body) { return true }
        var it = word.utf8.makeIterator()
        guard let b0 = it.next() else { return false }
        if let one = buckets[0x1_0000 | UInt32(b0)], one.contains(where: body) { return true }
        guard let b1 = it.next(), let two = buckets[UInt32(b0) << 8 | UInt32(b1)] else { return false }
        return two.contains(where: body)
    }
}

extension TokenWord {
    /// The leader rules' features of the spelling, once some thread has remembered them.
    @inline(__always)
    var knownLeaderFeatures: LeaderWordFeatures? { attachment(as: LeaderWordFeatures.self) }

    /// Remembers the leader rules' features of the spelling.
    func remember(_ features: LeaderWordFeatures) { attach(features) }
}

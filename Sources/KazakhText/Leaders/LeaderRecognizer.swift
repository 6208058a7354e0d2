/// Finds PERSON and POSITION spans in a sentence, as KazNERD draws them, and resolves the
/// ones that name a leader to the leader's id by the document date.
///
/// - PERSON: a known leader's name (`Қасым-Жомарт Тоқаев`, `Ильхам Гейдар оглу Әлиев`), or a
///   capitalised name sequence: a given name from `first-names.tsv`, a patronymic
///   (`Әбішұлы`, `Асанқызы`) or a surname by its ending (`-ов`, `-ева`, `-ин`, `-ский`), with
///   particles (`фон`, `оглу`) inside and the case suffix on the last word inside
///   (`Әлиевке`, `Тоқаевтың`); honorifics (`мырза`, `ханым`) stay outside.
/// - POSITION: a title from `titles.tsv` (`Мемлекет басшысы`, `Президент`, `Әзербайжан
///   Президентіне`), a country followed by a title (`Түркияның 11-інші Президенті`), or a named
///   organisation followed by a post (`Денсаулық сақтау министрі`); a post without its
///   organisation (`қала әкімі`) is not a POSITION.
///
/// Every rule reads per-word facts from ``LeaderWordFeatures``, computed once per word form and
/// cached, so the cost per sentence is one cache lookup per word the rules look at.
public final class LeaderRecognizer: Sendable {
    public let leaders: LeaderLexicon
    public let names: NameLexicons
    let stripper: SuffixStripper
    let keys: LeaderKeys
    /// Features of capitalised words (with name kinds and stems), and of the others.
    private let capitalizedFeatures = WordCache<LeaderWordFeatures>(capacity: 100_000)
    private let lowerFeatures = WordCache<LeaderWordFeatures>(capacity: 100_000)
    /// `countryReading` of a name's first words and its last word, by the two joined: the stem
    /// search of the last word (`Біріккен Араб Әмірліктерінің`) is done once per pair.
    private let countryReadings = WordCache<String?>(capacity: 20_000)
    private let inflectionRests = WordCache<Bool>()
    /// Endings read from `suffixes.tsv`.
    let genitiveEndings: [String]
    /// The guillemets `«` and `»` (`quote-marks.tsv`): a short group names a work or an organisation.
    let guillemets: TokenMarks
    let obliqueEndings: [String]
    let countryEndings: [String]

    struct NameKindResult: Sendable {
        var kind: NameKind
        var suffixed: Bool
        var stem: String
    }

    public init(leaders: LeaderLexicon, names: NameLexicons, marks: QuoteMarks, stripper: SuffixStripper) {
        self.guillemets = marks.tokenMarks(of: [.guillemet])
        self.leaders = leaders
        self.names = names
        self.stripper = stripper
        self.genitiveEndings = stripper.endings([.genitive])
        self.obliqueEndings = stripper.endings([.locative, .dative, .ablative, .instrumental])
        self.countryEndings = stripper.endings([.genitive, .px3], minLength: 1)
        let titlesByFirst = Dictionary(grouping: leaders.titles.sorted { $0.words.count > $1.words.count }, by: { $0.words[0] })
        self.keys = LeaderKeys(leaders: leaders, names: names, titlesByFirst: titlesByFirst)
    }

    /// One token as the recognizer sees it.
    public struct Word: Sendable {
        /// The spelling's text, lower-cased form and capital, shared by the tokens written alike.
        let token: TokenWord
        public let kind: TokenKind
        public let sentenceInitial: Bool

        public var text: String { token.text }
        public var lower: String { token.lower }
        public var capitalized: Bool { token.capitalized }

        /// A word made outside an `Extractor` (tests, a title after a prefix such as `экс-`): it
        /// gets a spelling of its own, whose number and post tests are left unset (the leader
        /// rules do not read them).
        public init(text: String, lower: String, capitalized: Bool, kind: TokenKind, sentenceInitial: Bool) {
            self.init(token: TokenWord(text: text, lower: lower, capitalized: capitalized,
                                       mayStartNumber: false, mayStartPostAsWord: false),
                      kind: kind, sentenceInitial: sentenceInitial)
        }

        /// A token's word, sharing the spelling's facts (`TokenWords`).
        init(token: TokenWord, kind: TokenKind, sentenceInitial: Bool) {
            self.token = token
            self.kind = kind
            self.sentenceInitial = sentenceInitial
        }
    }

    /// A sentence's words with their features, looked up on first use.
    final class Words {
        let words: [Word]
        /// Per-position features, looked up on first use. A raw buffer: the memo is read for
        /// almost every rule test, and a stored array would pay an exclusivity check each time.
        /// Its entries are retained by hand (`Unmanaged`), so freeing it visits the filled slots
        /// only, instead of running the generic destroy of an optional on every slot.
        private let memo: UnsafeMutablePointer<Unmanaged<LeaderWordFeatures>?>
        /// Whether each word can start a post (`mayStartPost`), asked once per word.
        let postStarts: [Bool]
        private let recognizer: LeaderRecognizer

        /// `postStarts`, when given, is `mayStartPost` of every word, already asked.
        init(_ words: [Word], _ recognizer: LeaderRecognizer, postStarts: [Bool]? = nil) {
            self.words = words
            self.memo = .allocate(capacity: words.count)
            self.memo.initialize(repeating: nil, count: words.count)
            if let postStarts {
                self.postStarts = postStarts
            } else {
                // By index: `words.map(mayStartPost)` would copy every Word (two strings) in and out.
                var starts: [Bool] = []
                starts.reserveCapacity(words.count)
                for k in words.indices { starts.append(recognizer.mayStartPost(words[k].kind, words[k].lower)) }
                self.postStarts = starts
            }
            self.recognizer = recognizer
        }

        deinit {
            for i in 0..<words.count { memo[i]?.release() }
            memo.deallocate()
        }

        var count: Int { words.count }
        subscript(_ i: Int) -> Word { words[i] }

        func features(_ i: Int) -> LeaderWordFeatures {
            remembered(i).takeUnretainedValue()
        }

        /// The features of word `i`, looked up on first use; held by the memo.
        @inline(__always)
        private func remembered(_ i: Int) -> Unmanaged<LeaderWordFeatures> {
            if let f = memo[i] { return f }
            // Through the buffer: the Word is borrowed, not copied (two strings) for the call.
            let f = Unmanaged.passRetained(words.withUnsafeBufferPointer { recognizer.features(of: $0[i]) })
            memo[i] = f
            return f
        }

        /// `body` of the features of word `i`, borrowed from the memo: the rules' many small
        /// questions of a word do not retain and release its features each time.
        @inline(__always)
        func withFeatures<R>(_ i: Int, _ body: (LeaderWordFeatures) -> R) -> R {
            remembered(i)._withUnsafeGuaranteedRef(body)
        }

        @inline(__always)
        func has(_ i: Int, _ flag: LeaderWordFeatures.Flags) -> Bool { withFeatures(i) { $0.has(flag) } }

        /// The longest stem of word `i` (or the word) that `known` accepts.
        func firstStem(_ i: Int, where known: (String) -> Bool) -> LeaderWordFeatures.Split? {
            let f = features(i)
            return f.splits.isEmpty ? recognizer.stem(words[i].lower, known: known) : f.firstStem(where: known)
        }
    }

    /// A found span in token indices, with what the resolver needs.
    public struct Found: Sendable {
        public var start: Int
        public var end: Int
        public var label: SpanLabel
        /// Leader ids the name matches (PERSON).
        public var candidates: [String] = []
        /// The surname-like last word (for resolving a surname alone).
        public var lastStem: String?
        /// Office and country named by a POSITION (country nil when the title names none).
        public var office: String?
        public var country: String?
        public var namesCountry = false
        /// The title is `Президент` alone (it refers to the president last named).
        public var bare = false
        /// `бұрынғы`, `экс-`, `алғашқы`, `жаңа` in the title: which holder it means.
        public var modifier: LeaderLexicon.Modifier?
        /// A PERSON with no case suffix (`Тоқаев`, not `Тоқаевты`): the subject of its clause.
        public var nominative = false
    }

    /// Spans of one sentence. `knownSurnames` are the last words (lower-cased stems) of names
    /// met earlier in the document: such a word alone is a PERSON too (`Мұрат Нұртілеу … деді
    /// Нұртілеу`), even without a surname ending.
    public func recognize(_ w: [Word], knownSurnames: Set<String> = []) -> [Found] {
        recognize(w, known: Set(knownSurnames.map(UTF8Key.init)))
    }

    func recognize(_ words: [Word], known: Set<UTF8Key>, postStarts: [Bool]? = nil) -> [Found] {
        let w = Words(words, self, postStarts: postStarts)
        var found: [Found] = []
        var i = 0
        while i < w.count {
            // (A lower-case country starts a span only before a post: `ресей президенті`.)
            if !w[i].capitalized && !w.postStarts[i]
                && !(i + 1 < w.count && w.postStarts[i + 1] && lowercaseCountryTitle(w, i) != nil) {
                i += 1   // only a capital, or a post or title word, can start a span
                continue
            }
            if var p = position(w, at: i) {
                if p.modifier == nil, p.start > 0, let m = leaders.modifier(w[p.start - 1].lower) {
                    p.modifier = m   // `бұрынғы Премьер-министр`: outside the span, but it says which holder
                }
                found.append(p)
                i = p.end
            } else if var p = person(w, at: i, known: known) {
                p.nominative = p.lastStem.map { w[p.end - 1].lower.bytesHaveSuffix($0) } ?? false
                found.append(p)
                i = p.end
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: - word features

    func features(of word: Word) -> LeaderWordFeatures {
        // Remembered on the spelling, except for an initial or a dotted word, whose features
        // depend on more than the spelling.
        let plain = !word.capitalized
            || (word.kind != .initial && !(word.kind == .word && word.lower.containsByte(0x2E, from: 1)))
        guard plain else { return uncachedFeatures(of: word) }
        if let known = word.token.knownLeaderFeatures { return known }
        let f = uncachedFeatures(of: word)
        word.token.remember(f)
        return f
    }

    /// `features(of:)` through the feature caches keyed by the word's form.
    private func uncachedFeatures(of word: Word) -> LeaderWordFeatures {
        guard word.capitalized else {
            if let hit = lowerFeatures.cached(word.lower) { return hit }
            let f = computeFeatures(word, dotted: false)
            lowerFeatures.store(f, for: word.lower)
            return f
        }
        let dotted = word.kind == .word && word.lower.containsByte(0x2E, from: 1)
        let key = word.kind == .initial ? "." + word.lower : dotted ? "|" + word.text : word.lower
        if let hit = capitalizedFeatures.cached(key) { return hit }
        let f = computeFeatures(word, dotted: dotted)
        capitalizedFeatures.store(f, for: key)
        return f
    }

    /// The longest stem of `word` (or the word itself) that `known` accepts, its rest a suffix
    /// chain (`тоқаевтың` → `тоқаев`). The lexicon is asked first, the suffix table only on a hit.
    func stem(_ word: String, filter: StemFilter? = nil, known: (String) -> Bool) -> LeaderWordFeatures.Split? {
        let (u, starts) = Self.scalarStarts(word)
        let hashes = filter == nil ? [] : StemFilter.prefixHashes(u, starts)
        if filter?.mayContain(hashes[starts.count]) ?? true, known(word) {
            return .init(stem: word, suffixed: false, scalarCount: starts.count)
        }
        // Only stems whose rest can be a suffix chain (`SuffixStripper.stemLengths`): linear in the word's length.
        for k in stripper.stemLengths(wordLength: starts.count, minimum: 2) where filter?.mayContain(hashes[k]) ?? true {
            let stem = String(decoding: u[..<starts[k]], as: UTF8.self)
            if known(stem), !stripper.chainsAfterDigits(String(decoding: u[starts[k]...], as: UTF8.self)).isEmpty {
                return .init(stem: stem, suffixed: true, scalarCount: k)
            }
        }
        return nil
    }

    /// The word's UTF-8 bytes and the byte offset where each of its scalars starts.
    static func scalarStarts(_ word: String) -> ([UInt8], [Int]) {
        let u = Array(word.utf8)
        var starts: [Int] = []
        starts.reserveCapacity(u.count)
        for (i, b) in u.enumerated() where b & 0xC0 != 0x80 { starts.append(i) }
        return (u, starts)
    }

    private func computeFeatures(_ word: Word, dotted: Bool) -> LeaderWordFeatures {
        let lower = word.lower
        let key = UTF8Key(lower)
        // Only a capitalised word can be a name: only its stems are kept (for the name rules).
        let splits = word.capitalized ? self.splits(lower) : []
        let probe = LeaderWordFeatures(flags: [], nameKind: nil, titles: [], heads: [], headIsExact: false, splits: splits)
        var flags: LeaderWordFeatures.Flags = []
        if obliqueEndings.contains(where: { lower.bytesHaveSuffix($0) && lower.unicodeScalars.count > $0.unicodeScalars.count + 2 }) {
            flags.insert(.oblique)
        }
        if genitiveEndings.contains(where: { lower.bytesHaveSuffix($0) }) { flags.insert(.genitive) }
        if keys.honorificsByStart.contains(startOf: lower, where: { inflected(lower, $0) }) { flags.insert(.honorific) }
        if let listed = keys.listedFlags[key] { flags.formUnion(listed) }
        let placeLike = stem(lower, filter: keys.notNameOrCountryFilter, known: { keys.notNameOrCountry.contains(UTF8Key($0)) }) != nil
        if placeLike { flags.insert(.placeLike) }
        if keys.countryStarts.contains(LeaderKeys.start(lower)),
           stem(lower, filter: keys.countryFirstFilter, known: { keys.countryFirstWords.contains(UTF8Key($0)) }) != nil {
            flags.insert(.countryWord)
        }
        if keys.placeAfterByStart.contains(startOf: lower, where: { inflected(lower, $0) || (lower.bytesHavePrefix($0) && isPlural(lower, $0)) }) {
            flags.insert(.placeNoun)
        }
        if keys.notAfterTitleByStart.contains(startOf: lower, where: { inflected(lower, $0) })
            || stem(lower, filter: keys.notAfterTitleFilter, known: { keys.notAfterTitle.contains(UTF8Key($0)) }) != nil {
            flags.insert(.titleEnder)
        }
        if guillemets.opens(lower) { flags.insert(.openGuillemet) }
        if guillemets.closes(lower) { flags.insert(.closeGuillemet) }
        if lower == "," { flags.insert(.comma) }
        // Titles: those that start with the word, and one-word titles the word inflects.
        var titles = keys.titlesByFirst[key] ?? []
        if let base = longestBase(of: lower, filter: keys.titleFirstFilter, where: { keys.titlesByFirst[UTF8Key($0)] != nil }) {
            titles += (keys.titlesByFirst[UTF8Key(base)] ?? []).filter { $0.words.count == 1 }
        }
        // Post heads: the word is the head's first word, or inflects it.
        var heads: [NameLexicons.Head] = []
        var exact = false
        if let h = keys.headFirstWords[key] {
            heads = h
            exact = true
        } else if let base = longestBase(of: lower, filter: keys.headFirstFilter, where: { keys.headFirstWords[UTF8Key($0)] != nil }) {
            heads = keys.headFirstWords[UTF8Key(base)] ?? []
        }
        let kind = word.capitalized ? nameKind(word, dotted: dotted, features: probe, placeLike: placeLike) : nil
        let country = flags.contains(.countryWord)
            ? LeaderWordFeatures.Country(code: singleWordCountry(lower, splits: splits), lengths: keys.countryLengths[key]) : nil
        return LeaderWordFeatures(flags: flags, nameKind: kind, titles: titles, heads: heads, headIsExact: exact, splits: splits,
                                  country: country)
    }

    /// The country a word names by itself (`Түркияның`, `Ресейі`). `splits` are the word's stems
    /// when it is capitalised, else empty (its stems are then found here, as `Words.firstStem` does).
    private func singleWordCountry(_ lower: String, splits: [LeaderWordFeatures.Split]) -> String? {
        countryReading(prefix: "", last: lower) { known in
            splits.isEmpty ? stem(lower, known: known) : splits.first { known($0.stem) }
        }
    }

    /// The country that `prefix` (the name's first words and a space, or nothing) and the word
    /// `last` name: listed as written, or a listed name whose last word is under a genitive or
    /// possessive ending (`Түркияның`, `Қазақстан Республикасының`). `firstStem` gives the longest
    /// stem of `last` that a test accepts.
    private func countryReading(prefix: String, last: String,
                                firstStem: ((String) -> Bool) -> LeaderWordFeatures.Split?) -> String? {
        let name = prefix + last
        if let code = keys.countries[UTF8Key(name)] { return code }
        if let known = countryReadings.cached(name) { return known }
        var code: String? = nil
        if let st = firstStem({ keys.countries[UTF8Key(prefix + $0)] != nil }), st.suffixed,
           countryEndings.contains(where: { last.bytesHaveSuffix($0) }) {
            code = keys.countries[UTF8Key(prefix + st.stem)]
        }
        countryReadings.store(code, for: name)
        return code
    }

    /// The word, then every stem of at least two letters whose rest is a suffix chain, longest first.
    func splits(_ word: String) -> [LeaderWordFeatures.Split] {
        let (u, starts) = Self.scalarStarts(word)
        var result = [LeaderWordFeatures.Split(stem: word, suffixed: false, scalarCount: starts.count)]
        // Only stems whose rest can be a suffix chain (`SuffixStripper.stemLengths`): linear in the word's length.
        for k in stripper.stemLengths(wordLength: starts.count, minimum: 2)
        where !stripper.chainsAfterDigits(String(decoding: u[starts[k]...], as: UTF8.self)).isEmpty {
            result.append(.init(stem: String(decoding: u[..<starts[k]], as: UTF8.self), suffixed: true, scalarCount: k))
        }
        return result
    }

    /// The longest proper prefix of `word` (two letters or more) that `known` accepts and that
    /// `word` inflects (`президентіне` → `президент`).
    private func longestBase(of word: String, filter: StemFilter, where known: (String) -> Bool) -> String? {
        let (u, starts) = Self.scalarStarts(word)
        let hashes = StemFilter.prefixHashes(u, starts)
        // `inflected` needs the rest to be a suffix chain (`SuffixStripper.stemLengths`): linear in the word's length.
        for k in stripper.stemLengths(wordLength: starts.count, minimum: 2) where filter.mayContain(hashes[k]) {
            let base = String(decoding: u[..<starts[k]], as: UTF8.self)
            if known(base), inflected(word, base) { return base }
        }
        return nil
    }

    /// `word` = `base` + nothing or an inflection (possessive and case suffixes only):
    /// `Президентіне`, `басшысының`, `Елбасымыз`; not `Президенттік`, `билік`, `бидай`.
    func inflected(_ word: String, _ base: String) -> Bool {
        guard word.bytesHavePrefix(base) else { return false }
        if word.utf8.count == base.utf8.count { return true }
        let rest = word.bytesDropping(base.utf8.count)
        if let hit = inflectionRests.cached(rest) { return hit }
        let ok = stripper.chainsAfterAnyStem(rest).contains { chain in
            chain.allSatisfy { [.px1sg, .px2sg, .px3, .px1pl, .px2pol].contains($0.category) || $0.category.isCase }
        }
        inflectionRests.store(ok, for: rest)
        return ok
    }

    /// `Президенттер`: a plural title names no one.
    func isPlural(_ word: String, _ title: String) -> Bool {
        guard word.bytesHavePrefix(title), word.utf8.count > title.utf8.count else { return false }
        return stripper.chainsAfterDigits(word.bytesDropping(title.utf8.count)).first?.first?.category == .plural
    }

    // MARK: - PERSON

    enum NameKind { case given, ambiguousGiven, patronymic, surname, leaderWord }

    /// The kind of a capitalised word as a name (`Тоқаевтың` → surname `тоқаев`, suffixed).
    func nameKind(_ w: Words, _ i: Int) -> (NameKind, suffixed: Bool, stem: String)? {
        guard w[i].capitalized, w[i].kind == .word || w[i].kind == .initial else { return nil }
        return w.withFeatures(i) { $0.nameKind.map { ($0.kind, $0.suffixed, $0.stem) } }
    }

    private func nameKind(_ word: Word, dotted: Bool, features f: LeaderWordFeatures, placeLike: Bool) -> NameKindResult? {
        if dotted, let dot = word.text.lastIndex(of: ".") {
            // Initials glued to the surname: `Э.Макрон`, `Р.Т.Ердоған`.
            let initials = word.text[..<dot].split(separator: ".")
            let rest = String(word.text[word.text.index(after: dot)...])
            guard initials.allSatisfy({ $0.count == 1 && $0.first!.isUppercase }), let first = rest.first, first.isUppercase else { return nil }
            let inner = Word(text: rest, lower: rest.lowercased(), capitalized: true, kind: .word, sentenceInitial: false)
            let innerDotted = inner.lower.containsByte(0x2E, from: 1)
            let innerFeatures = LeaderWordFeatures(flags: [], nameKind: nil, titles: [], heads: [], headIsExact: false, splits: splits(inner.lower))
            let innerPlace = innerFeatures.firstStem(where: { keys.notNameOrCountry.contains(UTF8Key($0)) }) != nil
            if let k = nameKind(inner, dotted: innerDotted, features: innerFeatures, placeLike: innerPlace) {
                return NameKindResult(kind: k.kind == .ambiguousGiven ? .given : (k.kind == .given ? .surname : k.kind),
                                      suffixed: k.suffixed, stem: k.stem)
            }
            return NameKindResult(kind: .surname, suffixed: false, stem: inner.lower)
        }
        if placeLike { return nil }
        if let p = f.ending(names.patronymicEndings, minStem: 2) { return NameKindResult(kind: .patronymic, suffixed: p.suffixed, stem: p.stem) }
        if let g = f.firstStem(where: { keys.givenNames[UTF8Key($0)] != nil }) {
            return NameKindResult(kind: keys.givenNames[UTF8Key(g.stem)]! ? .ambiguousGiven : .given, suffixed: g.suffixed, stem: g.stem)
        }
        if let l = f.firstStem(where: { keys.nameLastWords.contains(UTF8Key($0)) }) {
            return NameKindResult(kind: .leaderWord, suffixed: l.suffixed, stem: l.stem)
        }
        if let s = f.ending(names.surnameEndings, minStem: 3) { return NameKindResult(kind: .surname, suffixed: s.suffixed, stem: s.stem) }
        return nil
    }

    func person(_ w: Words, at i: Int, known: Set<UTF8Key> = []) -> Found? {
        // A known leader's full name, longest first.
        let lengths = w.has(i, .leaderNameFirst) ? keys.leaderNameLengths[UTF8Key(w[i].lower)] : nil
        var length = lengths == nil ? 0 : min(leaders.longestName, w.count - i)
        while length >= 2 {
            // Only the lengths of the names that start with this word.
            guard lengths?.contains(length) == true else { length -= 1; continue }
            let words = (i..<(i + length)).map { w[$0].lower }
            if w[i].capitalized, !words.dropLast().contains(where: { $0.isEmpty }) {
                // The first words joined once; each stem of the last word is appended to them.
                let head = words.dropLast().joined(separator: " ") + " "
                if let last = w.firstStem(i + length - 1, where: { !leaders.ids(forJoinedName: head + $0).isEmpty }) {
                    var f = Found(start: i, end: i + length, label: .PERSON)
                    f.candidates = leaders.ids(forJoinedName: head + last.stem)
                    f.lastStem = last.stem
                    return f
                }
            }
            length -= 1
        }
        // Initials before a surname: `Н. Ә. Назарбаев`.
        var j = i
        while j < w.count, w[j].kind == .initial { j += 1 }
        if j > i {
            guard j < w.count, let (_, _, st) = nameKind(w, j) else { return nil }
            var f = Found(start: i, end: j + 1, label: .PERSON)
            f.lastStem = st
            f.candidates = leaders.ids(forName: [st])
            return f
        }
        guard let found = nameKind(w, i) ?? unknownGiven(w, at: i) ?? knownSurname(w, i, known) else { return nil }
        var kind = found.0
        if kind == .surname, !found.suffixed, i + 1 < w.count, let next = nameKind(w, i + 1),
           next.0 == .surname || next.0 == .patronymic {
            kind = .given   // `Айнадин Молдабеков`: a given name that happens to end like a surname
        }
        let (suffixed, firstStem) = (found.suffixed, found.stem)
        if kind == .ambiguousGiven, w[i].sentenceInitial, i + 1 < w.count, w.has(i + 1, .comma) {
            kind = .given   // a presenter addressed by name: `Сағыныш , сөз сізде`
        }
        var end = i + 1
        var lastStem = firstStem
        var sawGiven = kind == .given || kind == .ambiguousGiven
        var strong = kind != .ambiguousGiven
        if !suffixed {
            // Extend: given name(s), patronymic, surname; particles inside; the suffix ends it.
            var k = i + 1
            while k < w.count, k - i < 5 {
                if w.has(k, .particle), k + 1 < w.count, w[k + 1].capitalized { k += 1; continue }
                guard w[k].capitalized, w[k].kind == .word else { break }
                let previousIsSurname = end > i + 1 && (nameKind(w, end - 1)?.0 == .surname || (nameKind(w, end - 1)?.0 == .leaderWord && !sawGiven))
                    || end == i + 1 && (kind == .surname || kind == .leaderWord && !sawGiven)
                if previousIsSurname { break }
                if let (nk, sfx, st) = nameKind(w, k) {
                    if nk == .given || nk == .ambiguousGiven { sawGiven = true }
                    strong = true
                    end = k + 1
                    lastStem = st
                    if sfx { break }
                    k += 1
                } else if sawGiven, k == end, !w[k].sentenceInitial, !w.has(k, .placeLike) {
                    // A Kazakh surname without a Russian ending after a given name: `Ұлан Нарынбек`.
                    strong = true
                    end = k + 1
                    lastStem = w[k].lower
                    break
                } else {
                    break
                }
            }
        }
        if placeFollows(w, after: end) || insideGuillemets(w, i, end) { return nil }
        let single = end == i + 1
        if single, end < w.count, !suffixed, w.has(end, .honorific) {
            // `Эльбрус атаның`, `Төле бидің`: an honorific after it makes any capitalised word a name.
            var f = Found(start: i, end: end, label: .PERSON)
            f.lastStem = firstStem
            f.candidates = leaders.ids(forName: [firstStem])
            return f
        }
        if single, kind == .ambiguousGiven, end < w.count, w[end].capitalized, nameKind(w, end) == nil { return nil }
        if single, w[i].sentenceInitial, kind == .given, suffixed { return nil }   // `Сапардың бағдарламасы`
        if single {
            if w[i].sentenceInitial && kind != .leaderWord && kind != .given && !known.contains(UTF8Key(firstStem)) { return nil }
            if kind == .ambiguousGiven && w[i].sentenceInitial { return nil }
            if kind == .surname && w[i].lower.unicodeScalars.count < 5 && !known.contains(UTF8Key(firstStem)) { return nil }
        }
        if !strong && !single { return nil }
        var f = Found(start: i, end: end, label: .PERSON)
        f.lastStem = lastStem
        f.candidates = leaders.ids(forName: [lastStem])
        if end - i > 1 {
            let head = (i..<(end - 1)).map { w[$0].lower }.joined(separator: " ") + " "
            if let last = w.firstStem(end - 1, where: { !leaders.ids(forJoinedName: head + $0).isEmpty }) {
                f.candidates = leaders.ids(forJoinedName: head + last.stem)
            }
        }
        return f
    }

    /// A capitalised word that is the surname of a name met earlier in the document.
    func knownSurname(_ w: Words, _ i: Int, _ known: Set<UTF8Key>) -> (NameKind, suffixed: Bool, stem: String)? {
        guard w[i].capitalized, w[i].kind == .word, !known.isEmpty,
              let st = w.firstStem(i, where: { known.contains(UTF8Key($0)) }) else { return nil }
        return (.surname, st.suffixed, st.stem)
    }

    /// A place noun after the name, or after a list of names (`Абай ауданы`,
    /// `Махамбет , Индер және Исатай аудандарының`): the names are places.
    func placeFollows(_ w: Words, after end: Int) -> Bool {
        var k = end
        while k < w.count, k - end < 8 {
            if w.has(k, .placeNoun) { return true }
            guard w.has(k, .comma) || w.has(k, .conjunction) || w[k].capitalized else { return false }
            k += 1
        }
        return false
    }

    /// Inside a short `«…»` group: the name of a work, an organisation or a place
    /// (`« Абай жолы » романы`, `« Сұңқар » тұрғын үй кешені`).
    func insideGuillemets(_ w: Words, _ start: Int, _ end: Int) -> Bool {
        guard let open = (max(0, start - 5)..<start).last(where: { w.has($0, .openGuillemet) }),
              !(open..<start).contains(where: { w.has($0, .closeGuillemet) }),
              let close = (end..<min(w.count, end + 6)).first(where: { w.has($0, .closeGuillemet) }) else { return false }
        return close - open <= 8
    }

    /// A capitalised word not known as a name, right before a surname or patronymic
    /// (`Қалижан Міркәрімов`, `Реувен Ривлин`), or before an honorific (`Эльбрус ата`).
    func unknownGiven(_ w: Words, at i: Int) -> (NameKind, suffixed: Bool, stem: String)? {
        guard w[i].capitalized, w[i].kind == .word, i + 1 < w.count, !w.has(i, .oblique) else { return nil }
        if w.has(i, .placeLike) {
            // `Дания Еспаева`, `Алтай Көлгінов`: a place name used as a given name, before a surname.
            guard !w[i].sentenceInitial, !w.has(i, .notName),
                  let (next, _, _) = nameKind(w, i + 1), next == .surname else { return nil }
            return (.given, false, w[i].lower)
        }
        if keys.honorificStarts.contains(LeaderKeys.start(w[i + 1].lower)), w.has(i + 1, .honorific) { return (.given, false, w[i].lower) }
        guard let (next, _, _) = nameKind(w, i + 1), next == .surname || next == .patronymic
            || (next == .leaderWord && !w[i].sentenceInitial) else { return nil }
        return (.given, false, w[i].lower)
    }

    // MARK: - POSITION

    /// A title from `titles.tsv` starting at `i` (capitalised), longest first, with its modifier:
    /// a hyphenated prefix (`экс-Премьер`), a modifier word before the title's last word
    /// (`Үкіметтің жаңа басшысы`, `Қазақстанның бұрынғы президенті`) or inside the title (`Тұңғыш Президент`).
    func title(_ w: Words, at i: Int, anyCase: Bool = false) -> (end: Int, LeaderLexicon.Title, modifier: LeaderLexicon.Modifier?)? {
        // Most words start no title and have no prefix such as `экс-`: nothing more to ask (and
        // their title list is not copied).
        if w.withFeatures(i, { $0.titles.isEmpty }) && !w[i].lower.containsByte(0x2D) { return nil }
        var titles = w.withFeatures(i) { $0.titles }
        var best: (Int, LeaderLexicon.Title, LeaderLexicon.Modifier?)? = nil
        var word = w[i].lower
        var capitalized = w[i].capitalized
        var prefix: LeaderLexicon.Modifier? = nil
        if let dash = word.utf8.firstIndex(of: 0x2D), let m = leaders.modifier(String(word[...dash])),
           word.index(after: dash) < word.endIndex {
            // `экс-Премьер`: the title after the prefix; in lower case only before a name
            // (`экс-президент Нұрсұлтан Назарбаев`).
            prefix = m
            let rest = w[i].text.drop { $0 != "-" }.dropFirst()
            capitalized = rest.first?.isUppercase ?? false || (i + 1 < w.count && nameKind(w, i + 1) != nil)
            word = String(word[word.index(after: dash)...])
            titles = features(of: Word(text: String(rest), lower: word, capitalized: false, kind: .word, sentenceInitial: false)).titles
        }
        for t in titles where t.words.count <= w.count - i && (best == nil || t.words.count > best!.1.words.count)
            && (capitalized || t.lowercaseStart || anyCase) {
            let n = t.words.count
            var modifier = prefix ?? t.modifier
            // The first word matched when the title was listed for it; a one-word title was
            // listed only if the word is it or inflects it.
            guard n > 1 else { best = (i + 1, t, modifier); continue }
            guard (1..<(n - 1)).allSatisfy({ w[i + $0].lower.bytesEqual(t.words[$0]) }) else { continue }
            var last = i + n - 1
            if last + 1 < w.count, let m = leaders.modifier(w[last].lower) {
                modifier = m
                last += 1
            }
            let lastWord = w[last].lower
            if inflected(lastWord, t.words[n - 1]) || predicative(lastWord, t.words[n - 1]) {
                best = (last + 1, t, modifier)
            }
        }
        return best
    }

    /// A country or organisation (`Қазақстан`, `Қазақстан Республикасының`, `Түркияның`) at `i`.
    func country(_ w: Words, at i: Int, anyCase: Bool = false) -> (end: Int, code: String)? {
        guard w.has(i, .countryWord) else { return nil }
        guard anyCase || w[i].capitalized || w[i].lower == w[i].text.lowercased() && w[i].text.uppercased() == w[i].text else { return nil }
        // A name of several words starts with its first word as written; one word may be inflected.
        guard let facts = w.withFeatures(i, \.country) else { return nil }
        for n in stride(from: min(4, w.count - i), through: 1, by: -1) where n == 1 || facts.lengths?.contains(n) == true {
            // One word: worked out once for the spelling.
            if n == 1 { return facts.code.map { (i + 1, $0) } }
            let prefix = (i..<(i + n - 1)).map { w[$0].lower }.joined(separator: " ") + " "
            if let code = countryReading(prefix: prefix, last: w[i + n - 1].lower, firstStem: { w.firstStem(i + n - 1, where: $0) }) {
                return (i + n, code)
            }
        }
        return nil
    }

    /// A country written in lower case right before a head of state or government (`беларусь лидері`,
    /// `ресей президенті`): the country, as if capitalised. Other posts need the capital.
    func lowercaseCountryTitle(_ w: Words, _ i: Int) -> (end: Int, code: String)? {
        guard !w[i].capitalized, w[i].kind == .word, i + 1 < w.count, w.postStarts[i + 1],
              keys.countryStarts.contains(LeaderKeys.start(w[i].lower)),
              let c = country(w, at: i, anyCase: true), c.end < w.count else { return nil }
        let office = title(w, at: c.end, anyCase: true).flatMap { $0.1.country == nil ? $0.1.office : nil } ?? head(w, at: c.end)?.1.office
        guard let office, LeaderLexicon.headOffices.contains(office) else { return nil }
        return c
    }

    /// A lower-case bare title with no possessive, in any case (`президент тапсырмасы`, `президентке`), not a
    /// role (`президент болған`, `президент ретінде`): the office holder, as a capitalised `Президент` is.
    /// A possessive needs its possessor (`елдің қазіргі президенті` is O in KazNERD).
    func lowercaseBareTitle(_ w: Words, _ i: Int, _ end: Int) -> Bool {
        let word = w[i].lower
        guard end == i + 1, let base = names.bareTitles.first(where: { word.bytesHavePrefix($0) }) else { return false }
        if end < w.count, names.roleAfter.contains(w[end].lower) { return false }
        return word.utf8.count == base.utf8.count || stripper.chainsAfterAnyStem(word.bytesDropping(base.utf8.count)).contains { chain in
            chain.allSatisfy { $0.category.isCase }
        }
    }

    /// The izafet title word (px3) + a personal predicative ending: `басшысысыз` "(you) are the head".
    func predicative(_ word: String, _ base: String) -> Bool {
        word.bytesHavePrefix(base) && names.predicativeEndings.contains { word.bytesDropping(base.utf8.count).bytesEqual($0) }
    }

    /// A post head noun at `i` (`министрі`, `төрағасының`, `бас прокуроры`), not a plural
    /// (`депутаттары`, `өкілдері` name no one post).
    func head(_ w: Words, at i: Int) -> (end: Int, NameLexicons.Head)? {
        let (heads, headIsExact) = w.withFeatures(i) { ($0.heads, $0.headIsExact) }
        guard !heads.isEmpty else { return nil }
        for h in heads where h.words.count <= w.count - i {
            let n = h.words.count
            if n == 1 { return (i + 1, h) }
            guard headIsExact, (1..<(n - 1)).allSatisfy({ w[i + $0].lower.bytesEqual(h.words[$0]) }),
                  inflected(w[i + n - 1].lower, h.words[n - 1]) else { continue }
            return (i + n, h)
        }
        return nil
    }

    /// A title followed by `сайлауы`, `Әкімшілігі`, `жанындағы` is part of another name.
    func partOfName(_ w: Words, after end: Int) -> Bool {
        end < w.count && w.has(end, .titleEnder)
    }

    /// `… орынбасары` after a post in the genitive: `Премьер-министрдің орынбасары`.
    func deputy(_ w: Words, after end: Int) -> Int {
        guard end < w.count, end > 0, let h = head(w, at: end), h.1.office == "deputy",
              w.has(end - 1, .genitive) else { return end }
        return h.end
    }

    func position(_ w: Words, at i: Int) -> Found? {
        // A title that names its country (`ҚХР Төрағасы`, `БҰҰ Бас хатшысы`) is taken as listed.
        let ownTitle = title(w, at: i)
        if let t = ownTitle, t.1.country != nil, !partOfName(w, after: t.end) {
            var f = Found(start: i, end: deputy(w, after: t.end), label: .POSITION)
            f.office = f.end > t.end ? "deputy" : t.1.office
            f.country = t.1.country
            f.namesCountry = true
            f.modifier = t.modifier
            return f
        }
        // Country + (ordinal) + title or post: `Әзербайжан Президентіне`, `Түркияның 11-інші Президенті`.
        if let c = country(w, at: i) ?? lowercaseCountryTitle(w, i), c.end < w.count {
            var k = c.end
            if k < w.count, w[k].kind == .number { k += 1 }
            // `Қазақстанның бұрынғы президенті`: a modifier before the title.
            var modifier: LeaderLexicon.Modifier? = nil
            if k + 1 < w.count, let m = leaders.modifier(w[k].lower) { modifier = m; k += 1 }
            if k < w.count {
                let office: String?
                var end: Int?
                if let t = title(w, at: k, anyCase: true), t.1.country == nil {
                    office = t.1.office
                    end = t.end
                    modifier = t.modifier ?? modifier
                } else if let h = head(w, at: k), h.1.office != "minister" {
                    office = h.1.office
                    end = h.end
                } else {
                    var found: (Int, NameLexicons.Head)? = nil
                    var m = k
                    while m < w.count, m - k < 4, w[m].kind == .word, found == nil {
                        if let h = head(w, at: m), h.1.needsOrganisation { found = h; break }
                        // Between the country and the post only an organisation's words:
                        // `Түркия сыртқы істер министрі`, `ҚР Сыртқы істер министрлігінің ресми өкілі`.
                        let organisationWord = w.has(m, .domain) || w.has(m, .genitive) || w.has(m, .organisationWord)
                        if nameKind(w, m) != nil || w.has(m, .oblique) || !organisationWord { break }
                        m += 1
                    }
                    office = found?.1.office
                    end = found?.0
                }
                if let end, let office, !partOfName(w, after: end) {   // not `Қырғызстандағы президент сайлауында`
                    var f = Found(start: i, end: deputy(w, after: end), label: .POSITION)
                    f.office = office
                    f.country = c.code
                    f.namesCountry = true
                    f.modifier = modifier
                    if f.end > end { f.office = "deputy" }
                    return f
                }
            }
        }
        if let t = ownTitle, !partOfName(w, after: t.end), !isPlural(w[t.end - 1].lower, t.1.words.last!) {
            if w.has(t.end - 1, .genitive) {
                // `Президенттің баспасөз хатшысы`, `Президентінің көмекшісі`: the title's own staff.
                var k = t.end
                while k < w.count, k - t.end < 3, w[k].kind == .word, !w[k].capitalized {
                    if let h = head(w, at: k), h.1.needsOrganisation {
                        var f = Found(start: i, end: deputy(w, after: h.end), label: .POSITION)
                        f.office = h.1.office
                        return f
                    }
                    k += 1
                }
            }
            var f = Found(start: i, end: deputy(w, after: t.end), label: .POSITION)
            f.office = f.end > t.end ? "deputy" : t.1.office
            f.country = t.1.country
            f.namesCountry = t.1.country != nil
            f.bare = t.1.words.count == 1 && names.bareTitles.contains(t.1.words[0]) && t.modifier == nil
            f.modifier = t.modifier
            return f
        }
        // A stand-alone title (`профессор`, `лейтенант`, `хан`); a head of state or government in
        // lower case only right before a name (`президент Режеп Тайып Ердоған`).
        if let h = head(w, at: i), !h.1.needsOrganisation, !partOfName(w, after: h.end), !isPlural(w[h.end - 1].lower, h.1.words.last!) {
            let highOffice = LeaderLexicon.headOffices.contains(h.1.office)
            if w[i].capitalized || !highOffice || (h.end < w.count && nameKind(w, h.end) != nil) || lowercaseBareTitle(w, i, h.end) {
                var f = Found(start: i, end: deputy(w, after: h.end), label: .POSITION)
                f.office = h.1.office
                f.bare = h.end - i == 1 && names.bareTitles.contains(h.1.words[0])
                return f
            }
        }
        // A named organisation, then the post: `Денсаулық сақтау министрі`, `Ұлттық банк төрағасы`;
        // the words between are in the nominative or genitive (`сапары аясында` is no organisation).
        let domainStart = w.has(i, .domain)
        guard w[i].capitalized || domainStart, w[i].kind == .word, nameKind(w, i) == nil, !w.has(i, .oblique),
              !w[i].sentenceInitial || domainStart || w.has(i, .countryFirstWord) || ownTitle != nil
        else { return nil }
        // The post first (most capitalised words have none after them), then the words between.
        var k = i + 1
        var post: (end: Int, NameLexicons.Head)? = nil
        while k < w.count, k - i <= 4, w[k].kind == .word || isGuillemet(w[k]) {
            if w.postStarts[k], let h = head(w, at: k), h.1.needsOrganisation { post = h; break }
            k += 1
        }
        guard let post else { return nil }
        for m in (i + 1)..<k {
            if w[m].capitalized && nameKind(w, m) != nil || w.has(m, .oblique) { return nil }
            // The organisation starts at the country (`беларусь лидері` in lower case too).
            if w[m].capitalized && country(w, at: m) != nil || lowercaseCountryTitle(w, m) != nil { return nil }
        }
        var f = Found(start: i, end: deputy(w, after: post.end), label: .POSITION)
        f.office = post.1.office
        return f
    }

    /// The word's first three letters start some post head, title or domain word (a cheap test
    /// before the word's features are looked up).
    @inline(__always)
    func mayStartPost(_ kind: TokenKind, _ lower: String) -> Bool {
        guard kind == .word else { return false }
        let three = LeaderKeys.start(lower, letters: 3)
        // A two-letter word (`ел`) is its own start; otherwise the first three letters.
        return keys.lowercaseStarts.contains(three) || keys.lowercaseStarts.contains((three >> 21) << 21)
    }

    @inline(__always)
    func isGuillemet(_ word: Word) -> Bool {
        word.kind != .word && (guillemets.opens(word.lower) || guillemets.closes(word.lower))
    }
}

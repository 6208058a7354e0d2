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
public struct LeaderRecognizer: Sendable {
    public let leaders: LeaderLexicon
    public let names: NameLexicons
    let stripper: SuffixStripper

    /// Titles by their first word.
    let titlesByFirst: [String: [LeaderLexicon.Title]]
    /// First two letters of every word that can start a POSITION in lower case.
    let lowercaseStarts: Set<String>
    /// First two letters of every country's first word.
    let countryStarts: Set<String>
    /// First words (lower case) of every leader name of two words or more.
    let leaderNameFirstWords: Set<String>
    private let nameKinds = WordCache<NameKindResult?>()
    private let headBases = WordCache<String?>()
    private let titleBases = WordCache<String?>()
    private let countryWords = WordCache<Bool>()
    private let placeLikeWords = WordCache<Bool>()
    private let placeNouns = WordCache<Bool>()
    private let titleEnders = WordCache<Bool>()
    /// Endings read from `suffixes.tsv`.
    let genitiveEndings: [String]
    let obliqueEndings: [String]
    let countryEndings: [String]

    struct NameKindResult: Sendable {
        var kind: NameKind
        var suffixed: Bool
        var stem: String
    }

    public init(leaders: LeaderLexicon, names: NameLexicons, stripper: SuffixStripper) {
        self.leaders = leaders
        self.names = names
        self.stripper = stripper
        self.genitiveEndings = stripper.endings([.genitive])
        self.obliqueEndings = stripper.endings([.locative, .dative, .ablative, .instrumental])
        self.countryEndings = stripper.endings([.genitive, .px3], minLength: 1)
        self.titlesByFirst = Dictionary(grouping: leaders.titles.sorted { $0.words.count > $1.words.count }, by: { $0.words[0] })
        var starts = Set<String>()
        for word in Array(names.headFirstWords.keys) + Array(names.domains) + leaders.titles.filter(\.lowercaseStart).map({ $0.words[0] })
            + leaders.modifiers.keys.filter({ $0.hasSuffix("-") }) {
            starts.insert(String(word.prefix(2)))
        }
        self.lowercaseStarts = starts
        self.countryStarts = Set(names.countryFirstWords.map { String($0.prefix(2)) })
        var firsts = Set<String>()
        for forms in leaders.names.values {
            for form in forms {
                let words = LeaderLexicon.key(form).split(separator: " ")
                if words.count > 1 { firsts.insert(String(words[0])) }
            }
        }
        self.leaderNameFirstWords = firsts
    }

    /// One token as the recognizer sees it.
    public struct Word: Sendable {
        public var text: String
        public var lower: String
        public var capitalized: Bool
        public var kind: TokenKind
        public var sentenceInitial: Bool
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
        var found: [Found] = []
        var i = 0
        while i < w.count {
            if !w[i].capitalized && (w[i].kind != .word || !lowercaseStarts.contains(String(w[i].lower.prefix(2))))
                && lowercaseCountryTitle(w, i) == nil {
                i += 1   // only a capital, or a post or title word, can start a span
                continue
            }
            if var p = position(w, at: i) {
                if p.modifier == nil, p.start > 0, let m = leaders.modifiers[w[p.start - 1].lower] {
                    p.modifier = m   // `бұрынғы Премьер-министр`: outside the span, but it says which holder
                }
                found.append(p)
                i = p.end
            } else if var p = person(w, at: i, knownSurnames: knownSurnames) {
                p.nominative = p.lastStem.map { w[p.end - 1].lower.hasSuffix($0) } ?? false
                found.append(p)
                i = p.end
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: - stems

    /// `word` = a known stem + nothing or a suffix chain (`тоқаевтың` → `тоқаев`); the longest stem wins.
    func stem(_ word: String, known: (String) -> Bool) -> (stem: String, suffixed: Bool)? {
        if known(word) { return (word, false) }
        let s = Array(word.unicodeScalars)
        var k = s.count - 1
        while k >= 2 {
            let stem = String(String.UnicodeScalarView(s[..<k]))
            if known(stem), !stripper.chainsAfterDigits(String(String.UnicodeScalarView(s[k...]))).isEmpty {
                return (stem, true)
            }
            k -= 1
        }
        return nil
    }

    /// The word ends in one of `endings`, then nothing or a suffix chain (`марқабаеваның`).
    func ending(_ word: String, _ endings: [String], minStem: Int = 3) -> (suffixed: Bool, stem: String)? {
        let s = Array(word.unicodeScalars)
        for e in endings {
            let es = Array(e.unicodeScalars)
            var k = s.count
            while k >= es.count + minStem {
                if Array(s[(k - es.count)..<k]) == es {
                    let rest = String(String.UnicodeScalarView(s[k...]))
                    if rest.isEmpty || !stripper.chainsAfterDigits(rest).isEmpty {
                        return (!rest.isEmpty, String(String.UnicodeScalarView(s[..<k])))
                    }
                }
                k -= 1
            }
        }
        return nil
    }

    /// `word` = `known` stem + nothing or an inflection (possessive and case suffixes only):
    /// `Президентіне`, `басшысының`, `Елбасымыз`; not `Президенттік`, `билік`, `бидай`.
    func inflected(_ word: String, _ base: String) -> Bool {
        if word == base { return true }
        guard word.hasPrefix(base), word.count > base.count else { return false }
        let rest = String(word.dropFirst(base.count))
        return stripper.chainsAfterAnyStem(rest).contains { chain in
            chain.allSatisfy { [.px1sg, .px2sg, .px3, .px1pl, .px2pol].contains($0.category) || $0.category.isCase }
        }
    }

    /// The base form among `bases` that `word` inflects, longest first.
    func inflectedBase(_ word: String, _ bases: Dictionary<String, [NameLexicons.Head]>.Keys) -> String? {
        var best: String? = nil
        for b in bases where word.hasPrefix(b) && (best == nil || b.count > best!.count) && inflected(word, b) { best = b }
        return best
    }

    // MARK: - PERSON

    enum NameKind { case given, ambiguousGiven, patronymic, surname, leaderWord }

    func nameKind(_ word: Word) -> (NameKind, suffixed: Bool, stem: String)? {
        guard word.capitalized, word.kind == .word || word.kind == .initial else { return nil }
        let key = word.kind == .initial ? "." + word.text : word.text
        if let hit = nameKinds.cached(key) { return hit.map { ($0.kind, $0.suffixed, $0.stem) } }
        let result = uncachedNameKind(word)
        nameKinds.store(result.map { NameKindResult(kind: $0.0, suffixed: $0.suffixed, stem: $0.stem) }, for: key)
        return result
    }

    private func uncachedNameKind(_ word: Word) -> (NameKind, suffixed: Bool, stem: String)? {
        if let dot = word.text.lastIndex(of: "."), dot != word.text.startIndex, word.kind == .word {
            // Initials glued to the surname: `Э.Макрон`, `Р.Т.Ердоған`.
            let initials = word.text[..<dot].split(separator: ".")
            let rest = String(word.text[word.text.index(after: dot)...])
            guard initials.allSatisfy({ $0.count == 1 && $0.first!.isUppercase }), let f = rest.first, f.isUppercase else { return nil }
            var inner = word
            inner.text = rest
            inner.lower = rest.lowercased()
            if let k = nameKind(inner) { return (k.0 == .ambiguousGiven ? .given : (k.0 == .given ? .surname : k.0), k.suffixed, k.stem) }
            return (.surname, false, inner.lower)
        }
        if stem(word.lower, known: { names.notNames.contains($0) || names.countries[$0] != nil }) != nil { return nil }
        if let p = ending(word.lower, names.patronymicEndings, minStem: 2) { return (.patronymic, p.suffixed, p.stem) }
        if let g = stem(word.lower, known: { names.givenNames[$0] != nil }) {
            return (names.givenNames[g.stem]! ? .ambiguousGiven : .given, g.suffixed, g.stem)
        }
        if let l = stem(word.lower, known: { leaders.nameLastWords.contains($0) }) { return (.leaderWord, l.suffixed, l.stem) }
        if let s = ending(word.lower, names.surnameEndings) { return (.surname, s.suffixed, s.stem) }
        return nil
    }

    func person(_ w: [Word], at i: Int, knownSurnames: Set<String> = []) -> Found? {
        // A known leader's full name, longest first.
        var length = leaderNameFirstWords.contains(w[i].lower) ? min(leaders.longestName, w.count - i) : 0
        while length >= 2 {
            let words = (i..<(i + length)).map { w[$0].lower }
            if w[i].capitalized, !words.dropLast().contains(where: { $0.isEmpty }) {
                let head = Array(words.dropLast())
                if let last = stem(words.last!, known: { leaders.ids(forName: head + [$0]).isEmpty == false }) {
                    var f = Found(start: i, end: i + length, label: .PERSON)
                    f.candidates = leaders.ids(forName: head + [last.stem])
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
            guard j < w.count, let (_, _, st) = nameKind(w[j]) else { return nil }
            var f = Found(start: i, end: j + 1, label: .PERSON)
            f.lastStem = st
            f.candidates = leaders.ids(forName: [st])
            return f
        }
        guard let found = nameKind(w[i]) ?? unknownGiven(w, at: i) ?? knownSurname(w[i], knownSurnames) else { return nil }
        var kind = found.0
        if kind == .surname, !found.suffixed, i + 1 < w.count, let next = nameKind(w[i + 1]),
           next.0 == .surname || next.0 == .patronymic {
            kind = .given   // `Айнадин Молдабеков`: a given name that happens to end like a surname
        }
        let (suffixed, firstStem) = (found.suffixed, found.stem)
        if kind == .ambiguousGiven, w[i].sentenceInitial, i + 1 < w.count, w[i + 1].lower == "," {
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
                if names.particles.contains(w[k].lower), k + 1 < w.count, w[k + 1].capitalized { k += 1; continue }
                guard w[k].capitalized, w[k].kind == .word else { break }
                let previousIsSurname = end > i + 1 && (nameKind(w[end - 1])?.0 == .surname || (nameKind(w[end - 1])?.0 == .leaderWord && !sawGiven))
                    || end == i + 1 && (kind == .surname || kind == .leaderWord && !sawGiven)
                if previousIsSurname { break }
                if let (nk, sfx, st) = nameKind(w[k]) {
                    if nk == .given || nk == .ambiguousGiven { sawGiven = true }
                    strong = true
                    end = k + 1
                    lastStem = st
                    if sfx { break }
                    k += 1
                } else if sawGiven, k == end, !w[k].sentenceInitial,
                          stem(w[k].lower, known: { names.notNames.contains($0) || names.countries[$0] != nil }) == nil {
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
        if single, end < w.count, !suffixed, isHonorific(w[end].lower) {
            // `Эльбрус атаның`, `Төле бидің`: an honorific after it makes any capitalised word a name.
            var f = Found(start: i, end: end, label: .PERSON)
            f.lastStem = firstStem
            f.candidates = leaders.ids(forName: [firstStem])
            return f
        }
        if single, kind == .ambiguousGiven, end < w.count, w[end].capitalized, nameKind(w[end]) == nil { return nil }
        if single, w[i].sentenceInitial, kind == .given, suffixed { return nil }   // `Сапардың бағдарламасы`
        if single {
            if w[i].sentenceInitial && kind != .leaderWord && kind != .given { return nil }
            if kind == .ambiguousGiven && w[i].sentenceInitial { return nil }
            if kind == .surname && w[i].lower.unicodeScalars.count < 5 && !knownSurnames.contains(firstStem) { return nil }
        }
        if !strong && !single { return nil }
        var f = Found(start: i, end: end, label: .PERSON)
        f.lastStem = lastStem
        f.candidates = leaders.ids(forName: [lastStem])
        let words = (i..<end).map { w[$0].lower }
        if end - i > 1, let last = stem(words.last!, known: { !leaders.ids(forName: words.dropLast() + [$0]).isEmpty }) {
            f.candidates = leaders.ids(forName: words.dropLast() + [last.stem])
        }
        return f
    }

    /// An honorific in any inflected form (`ата`, `атаның`, `мырзаға`).
    func isHonorific(_ word: String) -> Bool {
        names.honorifics.contains { inflected(word, $0) }
    }

    /// A capitalised word that is the surname of a name met earlier in the document.
    func knownSurname(_ word: Word, _ known: Set<String>) -> (NameKind, suffixed: Bool, stem: String)? {
        guard word.capitalized, word.kind == .word, !known.isEmpty,
              let st = stem(word.lower, known: { known.contains($0) }) else { return nil }
        return (.surname, st.suffixed, st.stem)
    }

    /// A place noun after the name, or after a list of names (`Абай ауданы`,
    /// `Махамбет , Индер және Исатай аудандарының`): the names are places.
    func placeFollows(_ w: [Word], after end: Int) -> Bool {
        var k = end
        while k < w.count, k - end < 8 {
            let word = w[k].lower
            if placeNouns.value(for: word, { word in
                names.placeAfter.contains(where: { inflected(word, $0) || (word.hasPrefix($0) && isPlural(word, $0)) })
            }) { return true }
            guard word == "," || names.conjunctions.contains(word) || w[k].capitalized else { return false }
            k += 1
        }
        return false
    }

    /// Inside a short `«…»` group: the name of a work, an organisation or a place
    /// (`« Абай жолы » романы`, `« Сұңқар » тұрғын үй кешені`).
    func insideGuillemets(_ w: [Word], _ start: Int, _ end: Int) -> Bool {
        guard let open = w[..<start].suffix(5).lastIndex(where: { $0.lower == "«" }),
              !w[open..<start].contains(where: { $0.lower == "»" }),
              let close = w[end...].prefix(6).firstIndex(where: { $0.lower == "»" }) else { return false }
        return close - open <= 8
    }

    /// A capitalised word not known as a name, right before a surname or patronymic
    /// (`Қалижан Міркәрімов`, `Реувен Ривлин`), or before an honorific (`Эльбрус ата`).
    func unknownGiven(_ w: [Word], at i: Int) -> (NameKind, suffixed: Bool, stem: String)? {
        guard w[i].capitalized, w[i].kind == .word, i + 1 < w.count, !hasObliqueCase(w[i].lower) else { return nil }
        let placeLike = placeLikeWords.value(for: w[i].lower, { word in
            stem(word, known: { names.notNames.contains($0) || names.countries[$0] != nil }) != nil
        })
        if placeLike {
            // `Дания Еспаева`, `Алтай Көлгінов`: a place name used as a given name, before a surname.
            guard !w[i].sentenceInitial, names.notNames.contains(w[i].lower) == false,
                  let (next, _, _) = nameKind(w[i + 1]), next == .surname else { return nil }
            return (.given, false, w[i].lower)
        }
        if isHonorific(w[i + 1].lower) { return (.given, false, w[i].lower) }
        guard let (next, _, _) = nameKind(w[i + 1]), next == .surname || next == .patronymic
            || (next == .leaderWord && !w[i].sentenceInitial) else { return nil }
        return (.given, false, w[i].lower)
    }

    // MARK: - POSITION

    /// A title from `titles.tsv` starting at `i` (capitalised), longest first, with its modifier:
    /// a hyphenated prefix (`экс-Премьер`), a modifier word before the title's last word
    /// (`Үкіметтің жаңа басшысы`, `Қазақстанның бұрынғы президенті`) or inside the title (`Тұңғыш Президент`).
    func title(_ w: [Word], at i: Int, anyCase: Bool = false) -> (end: Int, LeaderLexicon.Title, modifier: LeaderLexicon.Modifier?)? {
        var best: (Int, LeaderLexicon.Title, LeaderLexicon.Modifier?)? = nil
        var word = w[i].lower
        var capitalized = w[i].capitalized
        var prefix: LeaderLexicon.Modifier? = nil
        if let dash = word.firstIndex(of: "-"), let m = leaders.modifiers[String(word[...dash])], word.index(after: dash) < word.endIndex {
            // `экс-Премьер`: the title after the prefix.
            prefix = m
            let rest = w[i].text.drop { $0 != "-" }.dropFirst()
            // `экс-Премьер`; in lower case only before a name (`экс-президент Нұрсұлтан Назарбаев`).
            capitalized = rest.first?.isUppercase ?? false || (i + 1 < w.count && nameKind(w[i + 1]) != nil)
            word = String(word[word.index(after: dash)...])
        }
        var candidates = titlesByFirst[word] ?? []
        if let base = titleBases.value(for: word, { word in
            let s = Array(word.unicodeScalars)
            var k = s.count - 1
            while k >= 2 {
                let base = String(String.UnicodeScalarView(s[..<k]))
                if titlesByFirst[base] != nil, inflected(word, base) { return base }
                k -= 1
            }
            return nil
        }) {
            candidates += (titlesByFirst[base] ?? []).filter { $0.words.count == 1 }
        }
        for t in candidates where t.words.count <= w.count - i && (best == nil || t.words.count > best!.1.words.count)
            && (capitalized || t.lowercaseStart || anyCase) {
            let n = t.words.count
            guard (0..<(n - 1)).allSatisfy({ ($0 == 0 ? word : w[i + $0].lower) == t.words[$0] }) else { continue }
            var last = i + n - 1
            var modifier = prefix ?? t.words.lazy.compactMap { leaders.modifiers[$0] }.first
            if n > 1, last + 1 < w.count, let m = leaders.modifiers[w[last].lower] {
                modifier = m
                last += 1
            }
            let lastWord = n == 1 ? word : w[last].lower
            if inflected(lastWord, t.words[n - 1]) || (n > 1 && predicative(lastWord, t.words[n - 1])) {
                best = (last + 1, t, modifier)
            }
        }
        return best
    }

    /// A country or organisation (`Қазақстан`, `Қазақстан Республикасының`, `Түркияның`) at `i`.
    func country(_ w: [Word], at i: Int, anyCase: Bool = false) -> (end: Int, code: String)? {
        guard anyCase || w[i].capitalized || w[i].lower == w[i].text.lowercased() && w[i].text.uppercased() == w[i].text else { return nil }
        guard countryStarts.contains(String(w[i].lower.prefix(2))),
              countryWords.value(for: w[i].lower, { word in
                  names.countryFirstWords.contains(word)
                      || stem(word, known: { names.countryFirstWords.contains($0) }) != nil
              }) else { return nil }
        for n in stride(from: min(4, w.count - i), through: 1, by: -1) {
            let words = (i..<(i + n)).map { w[$0].lower }
            let head = words.dropLast().joined(separator: " ")
            let prefix = head.isEmpty ? "" : head + " "
            if let code = names.countries[prefix + words.last!] { return (i + n, code) }
            if let st = stem(words.last!, known: { names.countries[prefix + $0] != nil }),
               st.suffixed, countryEndings.contains(where: { words.last!.hasSuffix($0) }) {
                return (i + n, names.countries[prefix + st.stem]!)
            }
        }
        return nil
    }

    /// A country written in lower case right before a head of state or government (`беларусь лидері`,
    /// `ресей президенті`): the country, as if capitalised. Other posts need the capital.
    func lowercaseCountryTitle(_ w: [Word], _ i: Int) -> (end: Int, code: String)? {
        guard !w[i].capitalized, w[i].kind == .word, i + 1 < w.count, lowercaseStarts.contains(String(w[i + 1].lower.prefix(2))),
              countryStarts.contains(String(w[i].lower.prefix(2))),
              let c = country(w, at: i, anyCase: true), c.end < w.count else { return nil }
        let office = title(w, at: c.end, anyCase: true).flatMap { $0.1.country == nil ? $0.1.office : nil } ?? head(w, at: c.end)?.1.office
        guard let office, ["president", "prime-minister", "head", "head-of-state"].contains(office) else { return nil }
        return c
    }

    /// A post head noun at `i` (`министрі`, `төрағасының`, `бас прокуроры`), not a plural
    /// (`депутаттары`, `өкілдері` name no one post).
    func head(_ w: [Word], at i: Int) -> (end: Int, NameLexicons.Head)? {
        let word = w[i].lower
        guard let base = firstWordBase(word) else { return nil }
        for first in [base] {
            for h in names.headFirstWords[first] ?? [] where h.words.count <= w.count - i {
                let n = h.words.count
                if n == 1 { return (i + 1, h) }
                guard word == h.words[0], (1..<(n - 1)).allSatisfy({ w[i + $0].lower == h.words[$0] }),
                      inflected(w[i + n - 1].lower, h.words[n - 1]) else { continue }
                return (i + n, h)
            }
        }
        return nil
    }

    private func firstWordBase(_ word: String) -> String? {
        headBases.value(for: word, uncachedFirstWordBase)
    }

    /// The head word `word` is, or inflects (`төрағасының` → `төраға`); memoized.
    private func uncachedFirstWordBase(_ word: String) -> String? {
        if names.headFirstWords[word] != nil { return word }
        let s = Array(word.unicodeScalars)
        var k = s.count - 1
        while k >= 2 {
            let base = String(String.UnicodeScalarView(s[..<k]))
            if names.headFirstWords[base] != nil, inflected(word, base) { return base }
            k -= 1
        }
        return nil
    }

    func isGenitive(_ word: String) -> Bool {
        genitiveEndings.contains { word.hasSuffix($0) }
    }

    /// A title followed by `сайлауы`, `Әкімшілігі`, `жанындағы` is part of another name.
    func partOfName(_ w: [Word], after end: Int) -> Bool {
        guard end < w.count else { return false }
        return titleEnders.value(for: w[end].lower, { word in
            names.notAfterTitle.contains { inflected(word, $0) } || stem(word, known: { names.notAfterTitle.contains($0) }) != nil
        })
    }

    /// A lower-case bare title with no possessive, in any case (`президент тапсырмасы`, `президентке`), not a
    /// role (`президент болған`, `президент ретінде`): the office holder, as a capitalised `Президент` is.
    /// A possessive needs its possessor (`елдің қазіргі президенті` is O in KazNERD).
    func lowercaseBareTitle(_ w: [Word], _ i: Int, _ end: Int) -> Bool {
        guard end == i + 1, let base = names.bareTitles.first(where: { w[i].lower.hasPrefix($0) }) else { return false }
        if end < w.count, names.roleAfter.contains(w[end].lower) { return false }
        let word = w[i].lower
        return word == base || stripper.chainsAfterAnyStem(String(word.dropFirst(base.count))).contains { chain in
            chain.allSatisfy { $0.category.isCase }
        }
    }

    /// The izafet title word (px3) + a personal predicative ending: `басшысысыз` "(you) are the head".
    func predicative(_ word: String, _ base: String) -> Bool {
        word.hasPrefix(base) && names.predicativeEndings.contains(String(word.dropFirst(base.count)))
    }

    /// `Президенттер`: a plural title names no one.
    func isPlural(_ word: String, _ title: String) -> Bool {
        guard word.hasPrefix(title), word.count > title.count else { return false }
        let rest = String(word.dropFirst(title.count))
        return stripper.chainsAfterDigits(rest).first?.first?.category == .plural
    }

    /// Ends in a locative, dative, ablative or instrumental ending (not part of an organisation name).
    func hasObliqueCase(_ word: String) -> Bool {
        obliqueEndings.contains { word.hasSuffix($0) && word.count > $0.count + 2 }
    }

    /// `… орынбасары` after a post in the genitive: `Премьер-министрдің орынбасары`.
    func deputy(_ w: [Word], after end: Int) -> Int {
        guard end < w.count, end > 0, let h = head(w, at: end), h.1.office == "deputy",
              isGenitive(w[end - 1].lower) else { return end }
        return h.end
    }

    func position(_ w: [Word], at i: Int) -> Found? {
        // A title that names its country (`ҚХР Төрағасы`, `БҰҰ Бас хатшысы`) is taken as listed.
        if let t = title(w, at: i), t.1.country != nil, !partOfName(w, after: t.end) {
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
            if k + 1 < w.count, let m = leaders.modifiers[w[k].lower] { modifier = m; k += 1 }
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
                    // `Түркия сыртқы істер министрі`, `ҚР Сыртқы істер министрлігінің ресми өкілі`
                    var found: (Int, NameLexicons.Head)? = nil
                    var m = k
                    while m < w.count, m - k < 4, w[m].kind == .word, found == nil {
                        if let h = head(w, at: m), h.1.needsOrganisation { found = h; break }
                        // Between the country and the post only an organisation's words:
                        // `Түркия сыртқы істер министрі`, `ҚР Сыртқы істер министрлігінің ресми өкілі`.
                        let word = w[m].lower
                        let organisationWord = names.domains.contains(word) || isGenitive(word)
                            || names.organisationWords.contains(word)
                        if nameKind(w[m]) != nil || hasObliqueCase(word) || !organisationWord { break }
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
        if let t = title(w, at: i), !partOfName(w, after: t.end), !isPlural(w[t.end - 1].lower, t.1.words.last!) {
            if isGenitive(w[t.end - 1].lower) {
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
            let highOffice = ["president", "prime-minister", "head-of-state", "vice-president"].contains(h.1.office)
            if w[i].capitalized || !highOffice || (h.end < w.count && nameKind(w[h.end]) != nil) || lowercaseBareTitle(w, i, h.end) {
                var f = Found(start: i, end: deputy(w, after: h.end), label: .POSITION)
                f.office = h.1.office
                f.bare = h.end - i == 1 && names.bareTitles.contains(h.1.words[0])
                return f
            }
        }
        // A named organisation, then the post: `Денсаулық сақтау министрі`, `Ұлттық банк төрағасы`;
        // the words between are in the nominative or genitive (`сапары аясында` is no organisation).
        let domainStart = names.domains.contains(w[i].lower)
        guard w[i].capitalized || domainStart, w[i].kind == .word, nameKind(w[i]) == nil, !hasObliqueCase(w[i].lower),
              !w[i].sentenceInitial || domainStart || names.countryFirstWords.contains(w[i].lower) || title(w, at: i) != nil
        else { return nil }
        var k = i + 1
        while k < w.count, k - i <= 4, w[k].kind == .word || w[k].lower == "«" || w[k].lower == "»" {
            if let h = head(w, at: k), h.1.needsOrganisation {
                var f = Found(start: i, end: deputy(w, after: h.end), label: .POSITION)
                f.office = h.1.office
                return f
            }
            if k > i && (w[k].capitalized && nameKind(w[k]) != nil || hasObliqueCase(w[k].lower)) { return nil }
            // The organisation starts at the country (`беларусь лидері` in lower case too).
            if k > i, w[k].capitalized && country(w, at: k) != nil || lowercaseCountryTitle(w, k) != nil { return nil }
            k += 1
        }
        return nil
    }
}

/// Finds numbers with their units in a tokenized sentence and labels them as KazNERD does:
/// CARDINAL, ORDINAL, MONEY, PERCENTAGE or QUANTITY, with exact value, range end, approximation
/// and canonical unit.
///
/// The span is number (+ unit) + approximators, with the case suffix of the last word inside:
/// `[4,5 миллион тоннаны]`, `[бір миллиард долларға дейін]`, `[62 пайызға]`, `[оннан аса]`,
/// `[738 мың тоннадан 1 049 мың тоннаға дейін]`. A number that belongs to a DATE, TIME or
/// name is not reported (`2025 жылы`, `21 қазан`, `18 : 00`, `кодексінің 128-інші бабы`,
/// `Boeing 737`); the counted noun stays outside (`[10] адам`). The words that decide this are in
/// `number-context.tsv`, `units.tsv` and `number-idioms.tsv`; the grammar is here.
package final class QuantityRecognizer: Sendable {
    package let parser: NumeralParser
    let units: UnitLexicon
    let context: NumberContext
    /// Fixed phrases whose number is not a number (`он екі елі ішек` 'duodenum',
    /// `number-idioms.tsv`) of two words or more, by their first word; one-word idioms match as a prefix.
    private let idiomsByFirst: [UTF8Key: [[String]]]
    private let oneWordIdioms: [String]
    /// The first UTF-8 byte of every idiom's first word: a word starting with another byte (every
    /// number in digits) starts no idiom, asked before any lookup.
    private let idiomLeadBytes: [Bool]
    private let dashes: Set<UTF8Key>
    /// Marks that open and that close a quotation, the straight `"` left out (it does not say which it does).
    private let quoteMarks: TokenMarks
    private let approximators = WordCache<[NumeralLexicon.Entry]>()

    /// Genitive endings from `suffixes.tsv` (`қазанның 21-і`).
    let genitiveEndings: [String]

    init(parser: NumeralParser, units: UnitLexicon, context: NumberContext, marks: QuoteMarks, idioms: [[String]] = []) {
        self.genitiveEndings = parser.stripper.endings([.genitive])
        self.parser = parser
        self.units = units
        self.context = context
        self.idiomsByFirst = Dictionary(grouping: idioms.filter { $0.count > 1 }) { UTF8Key($0[0]) }
        self.oneWordIdioms = idioms.filter { $0.count == 1 }.map { $0[0] }
        var leads = [Bool](repeating: false, count: 256)
        for first in idioms.compactMap(\.first) {
            if let b = first.utf8.first {
                leads[Int(b)] = true
            } else {
                leads = [Bool](repeating: true, count: 256)   // an empty word is a prefix of every word
            }
        }
        self.idiomLeadBytes = leads
        self.dashes = Set(parser.lexicon.dashCharacters.map { UTF8Key(String($0)) })
        self.quoteMarks = marks.tokenMarks(of: [.guillemet, .low, .curly])
    }

    /// A number expression found at token `start`, covering `tokenCount` tokens.
    struct Found: Sendable {
        var start: Int
        var tokenCount: Int
        var label: SpanLabel
        var value: ExactDecimal
        var max: ExactDecimal?
        var approx: SpanApproximation?
        var unit: String?
    }

    /// One sentence: lower-cased tokens, and for each whether it touches the previous one.
    /// It also remembers the unit found at each position asked (the rules ask for a unit after a
    /// number, after an insert and after a range's second number: about 40% of the asks repeat).
    /// Numbers and parses are not remembered: a sentence asks for them at a position once in
    /// nearly every case (4 and 47 repeats in 27 000 asks per 6 MB of KazNERD text), and the numeral parser keeps
    /// its own memo per token.
    final class Words {
        let words: [String]
        let attached: [Bool]
        var count: Int { words.count }
        subscript(_ i: Int) -> String { words[i] }
        func touches(_ i: Int) -> Bool { i < attached.count && attached[i] }

        // Per-position memo (a sentence asks about a few positions, so keyed by position).
        fileprivate var unitMatches = PositionMemo<UnitLexicon.Match>()

        init(words: [String], attached: [Bool]) {
            self.words = words
            self.attached = attached
        }
    }

    /// `parser.parse(w.words, from: i)`.
    private func parse(_ w: Words, from i: Int) -> NumeralMatch? {
        guard i < w.count else { return nil }
        return parser.parse(w.words, from: i)
    }

    /// `units.match(w.words, at: i)`, computed once per position.
    private func unitMatch(_ w: Words, at i: Int) -> UnitLexicon.Match? {
        guard i < w.count else { return nil }
        if let memo = w.unitMatches.lookup(i) { return memo }
        let m = units.match(w.words, at: i)
        w.unitMatches.store(m, at: i)
        return m
    }

    /// All number expressions in one sentence, given as lower-cased tokens; `attached[k]` says
    /// token k follows token k-1 with no space (`1-кезеңінің`).
    func recognize(_ words: [String], attached: [Bool] = []) -> [Found] {
        recognize(words, attached: attached, candidates: words.map(mayStartExpression))
    }

    /// The same, with `mayStartExpression` already asked of every word.
    func recognize(_ words: [String], attached: [Bool], candidates: [Bool]) -> [Found] {
        let w = Words(words: words, attached: attached)
        var found: [Found] = []
        var i = 0
        while i < words.count {
            if !candidates[i] { i += 1; continue }
            if let f = expression(w, at: i) {
                if f.tokenCount > 0 { found.append(f) }
                i = Swift.max(f.start + f.tokenCount, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    /// `isCandidate`, narrowed to the words an expression can start at: a rate word
    /// (`сағатына`), a number with a degree sign (`2°С-тан`), or a word whose first piece the numeral
    /// parser reads (`үш`, `62%-ға`); not `үшін` or `оның`, which only begin with a numeral's letters.
    /// Asked once per spelling (`TokenWord`), so a sentence whose words are all like `үшін` is
    /// never handed to the number rules.
    func mayStartExpression(_ word: String) -> Bool {
        guard isCandidate(word) else { return false }
        return context.hasExactly(.rate, word) || Self.hasDegreeSign(word) || parser.mayStart(word)
    }

    @inline(__always)
    package func isCandidate(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        return parser.lexicon.startsWithForm(word) || context.hasExactly(.rate, word)
    }

    /// `word.allSatisfy(\.isNumber)`, read from the bytes when the word is ASCII (where only
    /// `0`–`9` are numbers).
    /// A word whose first scalar is an ASCII non-digit or Cyrillic (`мың`; no Cyrillic scalar has a
    /// numeric type) is answered without reading Characters: the first Character's test is that
    /// scalar's.
    static func isAllNumbers(_ word: String) -> Bool {
        var ascii = true
        var digits = true
        for b in word.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b < 0x30 || b > 0x39 { digits = false }
        }
        if ascii { return digits }
        guard let first = word.unicodeScalars.first, !(0x0400...0x04FF).contains(first.value),
              first.value >= 0x80 ? first.properties.numericType != nil : (0x30...0x39).contains(first.value) else { return false }
        return word.allSatisfy(\.isNumber)
    }

    /// True when the word holds `°` (U+00B0, UTF-8 C2 B0): a byte test before the Character search.
    private static func hasDegreeSign(_ word: String) -> Bool {
        guard word.containsByte(0xB0) else { return false }
        var previous: UInt8 = 0
        for b in word.utf8 {
            if previous == 0xC2 && b == 0xB0 { return true }
            previous = b
        }
        return false
    }

    /// A bare number (no unit yet) and where it ends.
    struct Number {
        var end: Int
        var value: ExactDecimal
        var max: ExactDecimal?
        var kind: NumeralKind
        var approx: SpanApproximation?
        var lastCase: SuffixCategory?
        var percent: Bool
        /// A unit written inside the number token (`2°С-тан`).
        var unit: String?
        var attachedNoun: String?
        /// Where a date or name made of this number would end (past `-жартысында` in `2-жартысында`).
        var extent: Int? = nil
    }

    /// The number starting at `i`: the numeral parser, plus forms it does not cover
    /// (`2°С-тан`, `1 / 3`, `683,273` with a thousands comma, `1-кезеңінің`).
    func number(_ w: Words, at i: Int) -> Number? {
        let word = w[i]
        if Self.hasDegreeSign(word), let degree = word.firstIndex(of: "°"), degree != word.startIndex {
            guard let m = parser.parse([String(word[..<degree])], from: 0), m.tokenCount == 1 else { return nil }
            var lastCase: SuffixCategory? = nil
            if let dash = word.lastIndex(of: "-"), dash > degree {
                lastCase = parser.stripper.chainsAfterDigits(String(word[word.index(after: dash)...])).first?
                    .last(where: { $0.category.isCase })?.category
            }
            return Number(end: i + 1, value: m.value, max: m.max, kind: .cardinal, lastCase: lastCase, percent: false, unit: "°C")
        }
        guard let m = parse(w, from: i) else { return nil }
        var n = Number(end: i + m.tokenCount, value: m.value, max: m.max, kind: m.kind,
                       approx: m.approximation.map(SpanApproximation.init), lastCase: m.grammaticalCase,
                       percent: m.isPercent, attachedNoun: m.attachedNoun?.lowercased())
        if n.lastCase == nil, let suffix = m.suffix, m.attachedNoun == nil {
            n.lastCase = parser.stripper.chainsAfterDigits(suffix).first?.last(where: { $0.category.isCase })?.category
        }
        if m.kind == .fraction, let num = m.numerator, let den = m.denominator, ExactDecimal.exactQuotient(num, den) == nil {
            n.value = ExactDecimal.truncatedQuotient(num, den, places: 6)   // үштен бір: six places
        }
        let lastToken = w[n.end - 1]
        if m.tokenCount == 1 || (m.tokenCount == 2 && m.approximation != nil), isThousandsComma(lastToken),
           unitMatch(w, at: n.end) == nil,
           !(n.end < w.count && parser.lexicon.entries(for: w[n.end]).contains { $0.kind == .cardinal || $0.kind == .abbreviation }),
           let grouped = ExactDecimal(lastToken.filter { $0 != "," }) {
            n.value = grouped   // `683,273 адам`: a thousands comma, not a decimal one
        }
        // `1 / 3`
        if m.kind == .cardinal, m.tokenCount == 1, n.end + 1 < w.count, Self.isCharacter(w[n.end], UInt8(ascii: "/")),
           let den = parse(w, from: n.end + 1), den.tokenCount == 1, den.kind == .cardinal,
           let a = m.value.integerValue, let b = den.value.integerValue, b > a, a > 0, unitMatch(w, at: n.end + 1) == nil {
            n.value = ExactDecimal.exactQuotient(a, b) ?? ExactDecimal.truncatedQuotient(a, b, places: 6)
            n.kind = .fraction
            n.end += 2
        }
        // `1-кезеңінің`: digits, a touching hyphen and a noun: the hyphen marks an ordinal.
        if m.tokenCount == 1, n.kind == .cardinal, n.end + 1 < w.count, Self.isCharacter(w[n.end], UInt8(ascii: "-")), w.touches(n.end), w.touches(n.end + 1),
           let c = w[n.end + 1].first, c.isLetter, word.first?.isNumber ?? false,
           parser.stripper.chainsAfterDigits(w[n.end + 1]).isEmpty {
            n.kind = .ordinal
            n.attachedNoun = w[n.end + 1]
            n.extent = n.end + 2
        }
        return n
    }

    /// A number being read into a span: the number, where the span ends so far, and what it is.
    struct Reading {
        var n: Number
        var j: Int
        var label: SpanLabel
        var unit: String?
        var approx: SpanApproximation?
        var lastCase: SuffixCategory?
    }

    /// The expression starting at `i`; a `Found` with tokenCount 0 means "skip to `start`"
    /// (a date, time or name was recognised and is not reported).
    func expression(_ w: Words, at i: Int) -> Found? {
        var rateSuffix: String? = nil
        var first = i
        if context.hasExactly(.rate, w[i]) {
            guard i + 1 < w.count, isCandidate(w[i + 1]) else { return nil }
            rateSuffix = context.detail(of: w[i])
            first = i + 1
        }
        guard let n = number(w, at: first) else { return nil }
        if let excluded = notReported(w, n, first: first, isRate: rateSuffix != nil) { return excluded }
        var r = Reading(n: n, j: n.end,
                        label: n.percent ? .PERCENTAGE : n.kind == .ordinal ? .ORDINAL : n.unit != nil ? .QUANTITY : .CARDINAL,
                        unit: n.percent ? "%" : n.unit, approx: n.approx, lastCase: n.lastCase)
        readDigitFraction(w, &r)
        readUnit(w, &r)
        readFractionAsRange(w, &r, first: first)
        readFromTo(w, &r)
        if let rateSuffix {
            guard r.label == .QUANTITY, let u = r.unit else { return nil }
            r.unit = u + rateSuffix
        }
        let start = rateSuffix == nil ? evenBefore(w, &r, first: first) : i
        readMultiplier(w, &r)
        readApproximator(w, &r)
        readDifference(w, &r)
        return Found(start: start, tokenCount: r.j - start, label: r.label, value: r.n.value, max: r.n.max, approx: r.approx, unit: r.unit)
    }

    /// A `skip` when the number at `first` belongs to a date, a time or a name, or is no number
    /// at all (`белгілі бір`); nil when it is reported.
    private func notReported(_ w: Words, _ n: Number, first: Int, isRate: Bool) -> Found? {
        let j = n.end
        let count = (n.extent ?? n.end) - first
        if isIdiom(w, at: first) || isIndefiniteOne(w, n, first: first) { return skip(first, count) }
        if first > 0, !isRate {
            let before = w[first - 1]
            let roles = context.roleMask(of: before)
            if roles & NumberContext.Role.notAfter.bit != 0 || isName(before) { return skip(first, count) }
            if isMonthBefore(before, roles) || roles & NumberContext.Role.dateBefore.bit != 0 {
                return skip(first, coordinated(w, after: j) - first)
            }
            if roles & NumberContext.Role.timeBefore.bit != 0 { return skip(first, clockTime(w, after: j) - first) }
            if n.kind == .ordinal, roles & NumberContext.Role.date.bit != 0, isGenitive(before) { return skip(first, count) }
        }
        if j < w.count, isName(w[j]) { return skip(first, count) }
        if inShortQuote(w, first, j) { return skip(first, count) }
        if let noun = n.attachedNoun, isDateWord(noun) { return skip(first, count) }
        let unitFollows = n.unit == nil && unitMatch(w, at: skipInserts(w, j)) != nil
        let end = n.percent || n.unit != nil || unitFollows ? j : skipInserts(w, coordinated(w, after: j))
        if !unitFollows, end < w.count, isDateWord(w[end]), !isCountOfYoung(w[end], n),
           !(n.kind == .ordinal && context.isPossessedMonth(w[end])) {   // `4-інші маусымында` 'its 4th season'
            return skip(first, end + 1 - first)
        }
        if j + 1 < w.count, Self.isCharacter(w[j], UInt8(ascii: ":")), let d = w[j + 1].utf8.first, d >= 0x30 && d <= 0x39 {
            return skip(first, clockTime(w, after: j) - first)   // 18 : 00 is a TIME
        }
        if n.kind == .ordinal, isOrdinalInName(w, first: first, after: j) { return skip(first, count) }
        if n.kind == .cardinal, n.unit == nil, !unitFollows, n.max == nil, let year = n.value.smallIntegerValue, year >= 1800, year <= 2100 {
            let digits = Self.isAllNumbers(w[first])
            if n.lastCase == .locative || (digits && count == 1) {
                return skip(first, count)   // `2017-де`, `екі мың он жетіде`, a bare `2010`: a year
            }
        }
        return nil
    }

    /// A unit after the number (`[4,5 миллион тоннаны]`), or one written once on the upper end
    /// of a range (`29,4 — 32,5°С`).
    private func readUnit(_ w: Words, _ r: inout Reading) {
        guard r.label == .CARDINAL else { return }
        if let u = unitMatch(w, at: skipInserts(w, r.j)) {
            r.label = u.unit.label
            r.unit = u.unit.code
            r.lastCase = u.grammaticalCase
            if u.similative, r.approx == nil { r.approx = .about }
            r.j = skipInserts(w, r.j) + u.tokenCount
            if r.label == .QUANTITY, r.j < w.count, context.has(.unitAfter, w[r.j]) { r.j += 1 }
        } else if r.n.max == nil, r.j + 1 < w.count, isDash(w[r.j]), let second = number(w, at: r.j + 1), second.unit != nil {
            r.n.max = second.value
            r.label = .QUANTITY
            r.unit = second.unit
            r.lastCase = second.lastCase
            r.j = second.end
        }
    }

    /// `жеті жүзден екі мың … дейін` is a range, not the fraction 2/700.
    private func readFractionAsRange(_ w: Words, _ r: inout Reading, first: Int) {
        guard r.n.kind == .fraction, r.label == .CARDINAL else { return }
        for k in stride(from: r.n.end - 1, to: first, by: -1) {
            guard let part = parser.parse(Array(w.words[first..<k]), from: 0), part.tokenCount == k - first,
                  part.grammaticalCase == .ablative, let range = fromTo(w, after: k, label: .CARDINAL, unit: nil) else { continue }
            r.n = Number(end: k, value: part.value, kind: .cardinal, lastCase: .ablative, percent: false)
            r.n.max = Swift.max(part.value, range.value)
            r.n.value = Swift.min(part.value, range.value)
            r.label = range.label
            r.unit = range.unit
            r.j = range.end
            r.lastCase = nil
            return
        }
    }

    /// `80-нен 60 шақырымға дейін`, `жеті жүзден екі мың айлық есептік көрсеткішке дейін`: one
    /// range when the unit is written once (KazNERD splits `800 тоннадан 7000 тоннаға дейін`).
    private func readFromTo(_ w: Words, _ r: inout Reading) {
        guard r.lastCase == .ablative, r.approx == nil, r.n.max == nil, r.label == .CARDINAL || r.n.unit != nil,
              let range = fromTo(w, after: r.j, label: r.label, unit: r.unit) else { return }
        let low = Swift.min(r.n.value, range.value), high = Swift.max(r.n.value, range.value)
        r.n.value = low
        r.n.max = high
        r.label = range.label
        r.unit = range.unit
        r.j = range.end
    }

    /// `екі есе`, `2 есеге`, then `жоғары` / `төмен` / `артық` after it.
    private func readMultiplier(_ w: Words, _ r: inout Reading) {
        guard r.label == .CARDINAL, r.j < w.count, context.has(.multiplier, w[r.j]) else { return }
        r.j += 1
        if r.j < w.count, context.hasExactly(.difference, w[r.j]) { r.j += 1 }
    }

    /// Approximators after the number or the unit, past a disfluency insert (`[мыңнан астам]`,
    /// `[250 – 300 мыңға кем дегенде]`).
    private func readApproximator(_ w: Words, _ r: inout Reading) {
        guard r.approx == nil else { return }
        let k = skipInserts(w, r.j)
        guard k < w.count else { return }
        let bareDigits = Self.isAllNumbers(w[k - 1])
        for entry in approximatorEntries(w[k]) {
            let fits: Bool
            switch entry.kind {
            case .approxAfter: fits = true
            case .approxAfterDative: fits = r.lastCase == .dative
            case .approxAfterAblative: fits = r.lastCase == .ablative || (bareDigits && r.lastCase == nil && entry.approximation == .over)
            default: fits = false
            }
            if fits, let a = entry.approximation {
                r.approx = SpanApproximation(a)
                r.j = k + 1
                if r.j < w.count, context.hasExactly(.approxTail, w[r.j]) { r.j += 1 }   // кем дегенде
                return
            }
        }
    }

    /// `X-дан Y (unit) дейін` after an ablative ending at `j`: the other end, its label and unit.
    private func fromTo(_ w: Words, after j: Int, label: SpanLabel, unit: String?) -> (value: ExactDecimal, label: SpanLabel, unit: String?, end: Int)? {
        guard j < w.count, isCandidate(w[j]), let m = number(w, at: j), m.kind == .cardinal else { return nil }
        if m.approx == .upTo {   // the parser took `дейін` already: `366,5 мыңға дейін`
            guard label == .CARDINAL || m.unit == unit else { return nil }
            return (m.value, m.percent ? .PERCENTAGE : m.unit != nil ? .QUANTITY : label, m.percent ? "%" : m.unit ?? unit, m.end)
        }
        guard m.approx == nil else { return nil }
        var k = m.end
        var l: SpanLabel = m.percent ? .PERCENTAGE : m.unit != nil ? .QUANTITY : .CARDINAL
        var u: String? = m.percent ? "%" : m.unit
        if l == .CARDINAL, let match = unitMatch(w, at: k) {
            l = match.unit.label
            u = match.unit.code
            k += match.tokenCount
        }
        if label != .CARDINAL, l == .CARDINAL { l = label; u = unit }     // `24 мыңнан 64 мың тоннаға`: unit once
        if label != .CARDINAL, l != label { return nil }
        guard k < w.count, parser.lexicon.entries(for: w[k]).contains(where: { $0.approximation == .upTo }) else { return nil }
        return (m.value, l, u, k + 1)
    }

    /// Past numbers coordinated after `j` by a dash or comma (`он төртінші – он бесінші`,
    /// `19-ыншы , 20-сыншы`): where a time noun after them would be.
    private func coordinated(_ w: Words, after j: Int) -> Int {
        var k = j
        for _ in 0..<3 {
            guard k + 1 < w.count, isCoordinator(w[k]), isCandidate(w[k + 1]),
                  let m = parse(w, from: k + 1) else { break }
            k += 1 + m.tokenCount
        }
        return k
    }

    /// The end of a clock time whose hour ends at `j`: `18 : 00-де`, `жиырма бір отызда`.
    private func clockTime(_ w: Words, after j: Int) -> Int {
        var k = j
        if k + 1 < w.count, Self.isCharacter(w[k], UInt8(ascii: ":")), let d = w[k + 1].utf8.first, d >= 0x30 && d <= 0x39 {
            k += 2
        } else if k < w.count, isCandidate(w[k]), let minutes = parse(w, from: k), minutes.grammaticalCase != nil {
            k += minutes.tokenCount
        }
        return k
    }

    /// Lexicon entries of an approximator, also when it carries a suffix (`астамын`, `жуығы`).
    private func approximatorEntries(_ word: String) -> [NumeralLexicon.Entry] {
        if let hit = approximators.cached(word) { return hit }
        let value = uncachedApproximatorEntries(word)
        approximators.store(value, for: word)
        return value
    }

    private func uncachedApproximatorEntries(_ word: String) -> [NumeralLexicon.Entry] {
        let direct = parser.lexicon.entries(for: word)
        if !direct.isEmpty { return direct }
        for analysis in parser.stripper.analyses(of: word, longestStem: parser.lexicon.longestEntry,
                                                      isStem: { !parser.lexicon.entries(for: $0).isEmpty })
        where !analysis.suffixes.isEmpty && analysis.suffixes.allSatisfy({ $0.category == .px3 || $0.category.isCase }) {
            let entries = parser.lexicon.entries(for: analysis.stem)
            if entries.contains(where: { $0.approximation != nil }) { return entries }
        }
        return []
    }

    /// `3-тен 2-сі`, `4-тен 1-і`, `3-тен 1 (бөлігі)`: digits in the ablative, then fewer digits
    /// with no case: one fraction (2/3), as KazNERD marks it.
    private func readDigitFraction(_ w: Words, _ r: inout Reading) {
        guard r.label == .CARDINAL, r.n.kind == .cardinal, r.n.max == nil, r.n.approx == nil, r.lastCase == .ablative,
              r.j == r.n.end, r.j < w.count, let lead = w[r.j].utf8.first, lead >= 0x30 && lead <= 0x39,
              Self.isAllNumbers(String(w[r.j - 1].prefix { $0.isNumber })), let b = r.n.value.smallIntegerValue, b <= 100,
              let part = number(w, at: r.j), part.end == r.j + 1, part.kind == .cardinal, part.lastCase == nil,
              part.approx == nil, part.unit == nil, !part.percent, let a = part.value.smallIntegerValue, a > 0, a < b,
              unitMatch(w, at: part.end) == nil, part.end >= w.count || !isDateWord(w[part.end]),
              let numerator = part.value.integerValue, let denominator = r.n.value.integerValue else { return }
        r.n.value = ExactDecimal.exactQuotient(numerator, denominator) ?? ExactDecimal.truncatedQuotient(numerator, denominator, places: 6)
        r.n.kind = .fraction
        r.n.end = part.end
        r.j = part.end
        r.lastCase = nil
    }

    /// `тең жартысы` 'exactly half' (`fraction-before` in `number-context.tsv`), with an
    /// approximator before it (`[шамамен тең жартысына]`): where the span starts.
    private func evenBefore(_ w: Words, _ r: inout Reading, first: Int) -> Int {
        guard first > 0, r.label == .CARDINAL, r.n.max == nil, r.n.value < ExactDecimal(1),
              context.hasExactly(.fractionBefore, w[first - 1]) else { return first }
        let before = first - 2
        if before >= 0, r.approx == nil,
           let a = parser.lexicon.entries(for: w[before]).first(where: { $0.kind == .approxBefore })?.approximation {
            r.approx = SpanApproximation(a)
            return before
        }
        return first - 1
    }

    /// After a dative, `артық` / `жоғары` / `кем` say "by that much more": inside, no approx;
    /// `кем дегенде` after it is 'at least' (`[250 – 300 мыңға кем дегенде]`).
    private func readDifference(_ w: Words, _ r: inout Reading) {
        guard r.approx == nil, r.lastCase == .dative, r.j < w.count, context.hasExactly(.difference, w[r.j]) else { return }
        r.j += 1
        if r.j < w.count, context.hasExactly(.approxTail, w[r.j]) {
            r.j += 1
            r.approx = .over
        }
    }

    /// `жас` after a number is an age (a DATE) unless the number cannot be one: more than the
    /// oldest age (`age-or-young` in `number-context.tsv`), or approximate (`13000 жас`,
    /// `8000-нан астам жас`): then it counts young people and the number is a CARDINAL.
    private func isCountOfYoung(_ word: String, _ n: Number) -> Bool {
        guard context.hasExactly(.ageOrYoung, word) else { return false }
        if n.approx != nil { return true }
        guard let oldest = context.detail(of: word).flatMap({ ExactDecimal($0) }) else { return false }
        return n.value > oldest
    }

    /// The ordinal ending at `j` belongs to the name whose head follows it, so it is not reported:
    /// a `name-part` head right after it (`кодексінің 128-інші бабы`, `[19-ыншы съезі]`), or a
    /// `name-head` of an event or organisation after up to two modifiers (`Екінші дүниежүзілік
    /// соғыс`, `жетінші шақырылған Мәжіліс`). After an owner in the bare genitive, which names no
    /// one (`Партияның бірінші съезі`), KazNERD keeps the ORDINAL.
    private func isOrdinalInName(_ w: Words, first: Int, after j: Int) -> Bool {
        if first > 0, context.hasExactly(.genericOwner, w[first - 1]) { return false }
        if context.has(.namePart, in: w.words, at: j) { return true }
        var k = j
        for _ in 0..<3 {
            guard k < w.count else { return false }
            if context.has(.nameHead, w[k]) { return true }
            guard isNameModifier(w[k]) else { return false }
            k += 1
        }
        return false
    }

    /// A word that may stand between an ordinal and its name head: a lower-case word of letters
    /// that is no number and no time noun (`дүниежүзілік`, `шақырылған`).
    private func isNameModifier(_ word: String) -> Bool {
        guard word.count > 2, word.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
        if isCandidate(word), parser.parse([word], from: 0) != nil { return false }
        return !isDateWord(word)
    }

    /// `бір` that is no number: indefinite or idiomatic after `белгілі`, `үлкен`, `қандай да`
    /// (`one-not-after`), temporal or collective before `кезде`, `сәтте`, `топ` (`one-not-before`,
    /// unless a genitive or `тағы` before it makes it count: `one-counts-after`), and the correlative `бірі …, енді бірі` (the same suffixed form of one twice in a sentence).
    private func isIndefiniteOne(_ w: Words, _ n: Number, first: Int) -> Bool {
        guard n.end == first + 1, n.kind == .cardinal || n.kind == .collective, n.max == nil, n.approx == nil, n.unit == nil, !n.percent,
              n.value.smallIntegerValue == 1, let c = w[first].first, c.isLetter else { return false }
        if first > 0, context.hasExactly(.oneNotAfter, w[first - 1]) { return true }
        if first > 1, context.hasPhrase(.oneNotAfter, w[first - 2], w[first - 1]) { return true }
        if isReduplicated(w, at: first) { return true }
        // `тағы бір сәт` 'one more moment', `солардың бір тобы` 'one group of them': it counts.
        let counts = first > 0 && (context.hasExactly(.oneCountsAfter, w[first - 1]) || isGenitive(w[first - 1]))
        if !counts, n.end < w.count, context.has(.oneNotBefore, w[n.end]) { return true }
        if !parser.lexicon.entries(for: w[first]).isEmpty { return false }   // the bare `бір`
        let near = Swift.max(0, first - 40)..<Swift.min(w.count, first + 41)   // a bounded look: linear time
        return near.contains { $0 != first && w[$0] == w[first] }
    }

    /// `бірде-бір`, `бірден-бір`, `бірі-бірін`: the word repeated across a hyphen (emphatic or
    /// reciprocal), the same root on both sides.
    private func isReduplicated(_ w: Words, at i: Int) -> Bool {
        func sameRoot(_ a: String, _ b: String) -> Bool { a.count >= 3 && b.count >= 3 && a.prefix(3) == b.prefix(3) }
        func isHyphen(_ k: Int) -> Bool { k >= 0 && k < w.count && Self.isCharacter(w[k], UInt8(ascii: "-")) }
        if isHyphen(i - 1), i >= 2, sameRoot(w[i - 2], w[i]) { return true }
        if i >= 1, w[i - 1].hasSuffix("-"), sameRoot(w[i - 1], w[i]) { return true }
        if isHyphen(i + 1), i + 2 < w.count, sameRoot(w[i + 2], w[i]) { return true }
        return false
    }

    /// Past a speech-disfluency insert in parentheses (`530400-дей ( іі ) тонна`).
    private func skipInserts(_ w: Words, _ j: Int) -> Int {
        guard j + 2 < w.count, Self.isCharacter(w[j], UInt8(ascii: "(")) else { return j }
        for close in (j + 2)...Swift.min(j + 3, w.count - 1) where Self.isCharacter(w[close], UInt8(ascii: ")")) {
            if !w.words[(j + 1)..<close].contains(where: { isCandidate($0) && parser.parse([$0], from: 0) != nil }) {
                return close + 1
            }
        }
        return j
    }

    /// A fixed phrase from `number-idioms.tsv` starts at `i`.
    private func isIdiom(_ w: Words, at i: Int) -> Bool {
        guard let lead = w[i].utf8.first, idiomLeadBytes[Int(lead)] else { return false }
        if oneWordIdioms.contains(where: { w[i].bytesHavePrefix($0) }) { return true }
        guard let phrases = idiomsByFirst[UTF8Key(w[i])] else { return false }
        return phrases.contains { phrase in
            i + phrase.count <= w.count && phrase.indices.dropFirst().allSatisfy { k in
                k == phrase.count - 1 ? w[i + k].bytesHavePrefix(phrase[k]) : w[i + k].bytesEqual(phrase[k])
            }
        }
    }

    /// True when the token is this one ASCII character (`(`, `,`, `-`).
    @inline(__always)
    private static func isCharacter(_ word: String, _ c: UInt8) -> Bool {
        word.utf8.count == 1 && word.utf8.first == c
    }

    /// A range dash (`-`, `–`, `—`): the `dash` entries of `numerals.tsv`.
    private func isDash(_ word: String) -> Bool { word.utf8.count <= 3 && dashes.contains(UTF8Key(word)) }

    /// A range dash or a comma between coordinated numbers.
    private func isCoordinator(_ word: String) -> Bool { Self.isCharacter(word, UInt8(ascii: ",")) || isDash(word) }

    /// `683,273`: digits, a comma, exactly three digits, and at least three digits before it.
    private func isThousandsComma(_ word: String) -> Bool {
        guard word.containsByte(UInt8(ascii: ",")) else { return false }
        let parts = word.split(separator: ",", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count >= 3 && parts[1].count == 3
            && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// A capitalised Latin-script word or a model code next to the number makes it part of a
    /// name (`Boeing 737 MAX`, `Superjet 100`).
    private func isName(_ word: String) -> Bool {
        guard let f = word.unicodeScalars.first, f.isASCII, f.properties.isAlphabetic else { return false }
        return word.count > 1 && word.unicodeScalars.allSatisfy { $0.isASCII }
    }

    /// The number stands right inside a short guillemet group: a name (`« Бизнестің жол картасы
    /// 2025 »`, `« 111 »`, `« Жүз жаңа есім »`).
    private func inShortQuote(_ w: Words, _ first: Int, _ end: Int) -> Bool {
        func opens(_ word: String) -> Bool { quoteMarks.opens(word) }
        func closes(_ word: String) -> Bool { quoteMarks.closes(word) }
        if first > 0, opens(w[first - 1]) {
            if let close = w.words[end...].prefix(6).firstIndex(where: closes) { return close - first <= 6 }
        }
        if end < w.count, closes(w[end]) {
            if let open = w.words[..<first].suffix(6).lastIndex(where: opens) { return end - open <= 7 }
        }
        return false
    }

    private static let dateRoles = NumberContext.Role.date.bit | NumberContext.Role.time.bit | NumberContext.Role.month.bit

    private func isDateWord(_ word: String) -> Bool {
        context.roleMask(of: word) & Self.dateRoles != 0
    }

    private func isGenitive(_ word: String) -> Bool {
        genitiveEndings.contains { word.bytesHaveSuffix($0) }
    }

    /// A month name in the nominative or genitive right before a number (`қазанның 21-і`).
    private func isMonthBefore(_ word: String, _ roles: NumberContext.RoleMask) -> Bool {
        if context.hasExactly(.month, word) { return true }
        return roles & NumberContext.Role.month.bit != 0 && isGenitive(word)
    }

    private func skip(_ start: Int, _ count: Int) -> Found {
        Found(start: start + Swift.max(count, 1), tokenCount: 0, label: .DATE, value: .zero)
    }
}

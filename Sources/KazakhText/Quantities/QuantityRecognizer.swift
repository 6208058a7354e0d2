/// Finds numbers with their units in a tokenized sentence and labels them as KazNERD does:
/// CARDINAL, ORDINAL, MONEY, PERCENTAGE or QUANTITY, with exact value, range end, approximation
/// and canonical unit.
///
/// The span is number (+ unit) + approximators, with the case suffix of the last word inside:
/// `[4,5 миллион тоннаны]`, `[бір миллиард долларға дейін]`, `[62 пайызға]`, `[оннан аса]`.
/// A number followed by a time noun or next to a month is part of a DATE/TIME and is not
/// reported (`2025 жылы`, `21 қазан`, `18 : 00`); the counted noun stays outside (`[10] адам`).
public struct QuantityRecognizer: Sendable {
    public let parser: NumeralParser
    public let units: UnitLexicon
    public let context: NumberContext

    public init(parser: NumeralParser, units: UnitLexicon, context: NumberContext) {
        self.parser = parser
        self.units = units
        self.context = context
    }

    /// A number expression found at token `start` of `words`, covering `tokenCount` tokens.
    public struct Found: Sendable {
        public var start: Int
        public var tokenCount: Int
        public var label: SpanLabel
        public var value: ExactDecimal
        public var max: ExactDecimal?
        public var approx: SpanApproximation?
        public var unit: String?
    }

    /// All number expressions in one sentence, given as lower-cased tokens.
    public func recognize(_ words: [String]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < words.count {
            if !isCandidate(words[i]) { i += 1; continue }
            if let f = expression(words, at: i) {
                if f.tokenCount > 0 { found.append(f) }
                i = Swift.max(f.start + f.tokenCount, i + 1)
            } else {
                i += 1
            }
        }
        return found
    }

    @inline(__always)
    func isCandidate(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        return parser.lexicon.mayStartWith(word) || context.hasExactly(.rate, word)
    }

    /// The expression starting at `i`; a `Found` with tokenCount 0 means "skip to `start`"
    /// (a date, time or name was recognised and is not reported).
    func expression(_ words: [String], at i: Int) -> Found? {
        var start = i
        var rateSuffix: String? = nil
        var first = i
        if context.hasExactly(.rate, words[i]) {
            guard i + 1 < words.count, isCandidate(words[i + 1]) else { return nil }
            rateSuffix = context.detail(of: words[i])
            first = i + 1
        }
        let before = first > 0 ? words[first - 1] : nil

        var value: ExactDecimal
        var max: ExactDecimal? = nil
        var approx: SpanApproximation? = nil
        var label: SpanLabel = .CARDINAL
        var unit: String? = nil
        var lastCase: SuffixCategory? = nil
        var j: Int

        if let degree = words[first].firstIndex(of: "°"), degree != words[first].startIndex {
            // `2°С-тан`, `19,4°С-қа`: the number and the unit in one token.
            guard let m = parser.parse([String(words[first][..<degree])], from: 0), m.tokenCount == 1 else { return nil }
            value = m.value
            max = m.max
            label = .QUANTITY
            unit = "°C"
            if let dash = words[first].lastIndex(of: "-"), dash > degree {
                lastCase = parser.stripper.chainsAfterDigits(String(words[first][words[first].index(after: dash)...])).first?
                    .last(where: { $0.category.isCase })?.category
            }
            j = first + 1
        } else {
            guard let m = parser.parse(words, from: first) else { return nil }
            j = first + m.tokenCount
            // Numbers that belong to a date, a time or a name are not reported.
            if let before {
                if context.hasExactly(.notAfter, before) || context.has(.notAfter, before) || isName(before) {
                    return skip(first, m.tokenCount)
                }
                if isMonthBefore(before) || context.has(.dateBefore, before) {
                    return skip(first, coordinated(words, after: j) - first)
                }
                if context.has(.timeBefore, before) {
                    return skip(first, clockTime(words, after: j) - first)
                }
                if m.kind == .ordinal, context.has(.date, before), isGenitive(before) { return skip(first, m.tokenCount) }
            }
            if j < words.count, isName(words[j]) { return skip(first, m.tokenCount) }
            if inShortQuote(words, first, j) { return skip(first, m.tokenCount) }
            if m.kind == .cardinal, m.grammaticalCase == .locative, m.max == nil, let year = m.value.integerValue,
               year >= 1800, year <= 2100 {
                return skip(first, m.tokenCount)   // `2017-де`, `екі мың он жетіде`: in that year
            }
            if let noun = m.attachedNoun?.lowercased(), isDateWord(noun) { return skip(first, m.tokenCount) }
            let unitFollows = units.match(words, at: skipInserts(words, j)) != nil
            let end = skipInserts(words, coordinated(words, after: j))
            if !unitFollows, end < words.count, isDateWord(words[end]) { return skip(first, end + 1 - first) }
            if j + 1 < words.count, words[j] == ":", let next = words[j + 1].utf8.first, next >= 0x30 && next <= 0x39 {
                return skip(first, clockTime(words, after: j) - first)   // 18 : 00 is a TIME
            }
            if m.kind == .ordinal, context.has(.namePart, in: words, at: j) {
                return skip(first, m.tokenCount)
            }
            value = m.value
            if m.kind == .fraction, let n = m.numerator, let d = m.denominator, ExactDecimal.exactQuotient(n, d) == nil {
                // A fraction with no finite decimal (үштен бір): six places, as the corpus writes it.
                value = ExactDecimal.truncatedQuotient(n, d, places: 6)
            }
            max = m.max
            approx = m.approximation.map(SpanApproximation.init)
            lastCase = m.grammaticalCase
            if m.isPercent {
                label = .PERCENTAGE
                unit = "%"
            } else if m.kind == .ordinal {
                label = .ORDINAL
            }
            if label == .CARDINAL, lastCase == .ablative, approx == nil, let range = fromTo(words, after: j) {
                // `80-нен 60 шақырымға дейін`, `жеті жүзден екі мың айлық есептік көрсеткішке дейін`
                max = range.max
                label = range.label
                unit = range.unit
                approx = .upTo
                j = range.end
            } else if label == .CARDINAL, let u = units.match(words, at: skipInserts(words, j)) {
                label = u.unit.label
                unit = u.unit.code
                lastCase = u.grammaticalCase
                j = skipInserts(words, j) + u.tokenCount
                if label == .QUANTITY, j < words.count, context.has(.unitAfter, words[j]) { j += 1 }
            }
        }
        if let rateSuffix {
            guard label == .QUANTITY, let u = unit else { return nil }
            unit = u + rateSuffix
        } else {
            start = first
        }
        // `екі есе`, `2 есеге`, then `жоғары` / `төмен` / `артық` after it.
        if label == .CARDINAL, j < words.count, context.has(.multiplier, words[j]) {
            j += 1
            if j < words.count, context.hasExactly(.difference, words[j]) { j += 1 }
        }
        // Approximators after the unit (the parser takes those right after the number).
        if approx == nil, j < words.count {
            for entry in approximatorEntries(words[j]) {
                let fits: Bool
                switch entry.kind {
                case .approxAfter: fits = true
                case .approxAfterDative: fits = lastCase == .dative
                case .approxAfterAblative: fits = lastCase == .ablative
                default: fits = false
                }
                if fits, let a = entry.approximation {
                    approx = SpanApproximation(a)
                    j += 1
                    break
                }
            }
        }
        // After a dative, `артық` / `жоғары` / `кем` say "by that much more": inside, no approx.
        if approx == nil, lastCase == .dative, j < words.count, context.hasExactly(.difference, words[j]) {
            j += 1
        }
        return Found(start: start, tokenCount: j - start, label: label, value: value, max: max, approx: approx, unit: unit)
    }

    /// Past numbers coordinated after `j` by a dash or comma (`он төртінші – он бесінші`,
    /// `19-ыншы , 20-сыншы`): where a time noun after them would be.
    private func coordinated(_ words: [String], after j: Int) -> Int {
        var k = j
        for _ in 0..<3 {
            guard k + 1 < words.count, ["–", "-", "—", ","].contains(words[k]), isCandidate(words[k + 1]),
                  let m = parser.parse(words, from: k + 1) else { break }
            k += 1 + m.tokenCount
        }
        return k
    }

    /// Lexicon entries of an approximator, also when it carries a suffix (`астамын`, `жуығы`).
    private func approximatorEntries(_ word: String) -> [NumeralLexicon.Entry] {
        let direct = parser.lexicon.entries(for: word)
        if !direct.isEmpty { return direct }
        for analysis in parser.stripper.analyses(of: word, isStem: { !parser.lexicon.entries(for: $0).isEmpty })
        where !analysis.suffixes.isEmpty {
            let entries = parser.lexicon.entries(for: analysis.stem)
            if entries.contains(where: { $0.approximation != nil }) { return entries }
        }
        return []
    }

    /// Past a speech-disfluency insert in parentheses (`530400-дей ( іі ) тонна`).
    private func skipInserts(_ words: [String], _ j: Int) -> Int {
        guard j + 2 < words.count, words[j] == "(" else { return j }
        for close in (j + 2)...Swift.min(j + 3, words.count - 1) where words[close] == ")" {
            if !words[(j + 1)..<close].contains(where: { isCandidate($0) && parser.parse([$0], from: 0) != nil }) {
                return close + 1
            }
        }
        return j
    }

    /// `X-дан Y (unit) дейін` after an ablative number ending at `j`: the upper end, its label and unit.
    private func fromTo(_ words: [String], after j: Int) -> (max: ExactDecimal, label: SpanLabel, unit: String?, end: Int)? {
        guard j < words.count, isCandidate(words[j]), let m = parser.parse(words, from: j), m.approximation == nil else { return nil }
        var k = j + m.tokenCount
        var label: SpanLabel = m.isPercent ? .PERCENTAGE : .CARDINAL
        var unit: String? = m.isPercent ? "%" : nil
        if label == .CARDINAL, let u = units.match(words, at: k) {
            label = u.unit.label
            unit = u.unit.code
            k += u.tokenCount
        }
        guard k < words.count, parser.lexicon.entries(for: words[k]).contains(where: { $0.approximation == .upTo }) else { return nil }
        return (m.value, label, unit, k + 1)
    }

    /// The end of a clock time whose hour ends at `j`: `18 : 00-де`, `жиырма бір отызда`,
    /// `10 : 00-ден 18 : 00-ге дейін`.
    private func clockTime(_ words: [String], after j: Int) -> Int {
        var k = j
        if k + 1 < words.count, words[k] == ":", let d = words[k + 1].utf8.first, d >= 0x30 && d <= 0x39 {
            k += 2
        } else if k < words.count, isCandidate(words[k]), let minutes = parser.parse(words, from: k),
                  minutes.grammaticalCase != nil || minutes.tokenCount > 0 && k + minutes.tokenCount == words.count {
            k += minutes.tokenCount
        }
        return k
    }

    /// A capitalised Latin-script word or a model code next to the number makes it part of a
    /// name (`Boeing 737 MAX`, `Superjet 100`).
    private func isName(_ word: String) -> Bool {
        guard let f = word.unicodeScalars.first, f.isASCII, f.properties.isAlphabetic else { return false }
        return word.count > 1 && word.unicodeScalars.allSatisfy { $0.isASCII }
    }

    /// The number stands right inside a short guillemet group: a name (`« Бизнестің жол картасы
    /// 2025 »`, `« 111 »`, `« Жүз жаңа есім »`).
    private func inShortQuote(_ words: [String], _ first: Int, _ end: Int) -> Bool {
        let opens: Set<String> = ["«", "“", "„"], closes: Set<String> = ["»", "”", "“"]
        if first > 0, opens.contains(words[first - 1]) {
            if let close = words[end...].prefix(6).firstIndex(where: { closes.contains($0) }) { return close - first <= 6 }
        }
        if end < words.count, closes.contains(words[end]) {
            if let open = words[..<first].suffix(6).lastIndex(where: { opens.contains($0) }) { return end - open <= 7 }
        }
        return false
    }

    private func isDateWord(_ word: String) -> Bool {
        context.has(.date, word) || context.has(.time, word) || context.has(.month, word)
    }

    private func isGenitive(_ word: String) -> Bool {
        ["ның", "нің", "дың", "дің", "тың", "тің"].contains { word.hasSuffix($0) }
    }

    /// A month name in the nominative or genitive right before a number (`қазанның 21-і`).
    private func isMonthBefore(_ word: String) -> Bool {
        if context.hasExactly(.month, word) { return true }
        return context.has(.month, word) && isGenitive(word)
    }

    private func skip(_ start: Int, _ count: Int) -> Found {
        Found(start: start + Swift.max(count, 1), tokenCount: 0, label: .DATE, value: .zero)
    }
}

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
        return parser.lexicon.mayStartWith(word) || context.exactRole(of: word) == .rate
    }

    /// The expression starting at `i`; a `Found` with tokenCount 0 means "skip to `start`"
    /// (a date or time was recognised and is not reported).
    func expression(_ words: [String], at i: Int) -> Found? {
        var start = i
        var rateSuffix: String? = nil
        var first = i
        if context.exactRole(of: words[i]) == .rate {
            guard i + 1 < words.count, isCandidate(words[i + 1]) else { return nil }
            rateSuffix = context.detail(of: words[i])
            first = i + 1
        }
        if first > 0, context.exactRole(of: words[first - 1]) == .notAfter { return nil }
        if first > 0, isMonthBefore(words[first - 1]) { return skip(first, 1) }

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
            if let noun = m.attachedNoun, let role = context.role(of: noun.lowercased()), role == .date || role == .time || role == .month {
                return skip(first, m.tokenCount)
            }
            if j < words.count, let role = context.role(of: words[j]), role == .date || role == .time || role == .month {
                return skip(first, m.tokenCount + 1)
            }
            if j + 1 < words.count, words[j] == ":", let next = words[j + 1].utf8.first, next >= 0x30 && next <= 0x39 {
                return skip(first, m.tokenCount + 2)   // 18 : 00 is a TIME
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
            if label == .CARDINAL, m.approximation == nil, let u = units.match(words, at: j) {
                label = u.unit.label
                unit = u.unit.code
                lastCase = u.grammaticalCase
                j += u.tokenCount
            }
            if m.isNegative, value > .zero { value = -value }
        }
        if let rateSuffix {
            guard label == .QUANTITY, let u = unit else { return nil }
            unit = u + rateSuffix
        } else {
            start = first
        }
        // `екі есе`, `2 есеге`, then `жоғары` / `төмен` / `артық` after it.
        if label == .CARDINAL, j < words.count, context.role(of: words[j]) == .multiplier {
            j += 1
            if j < words.count, context.exactRole(of: words[j]) == .difference { j += 1 }
        }
        // Approximators after the unit (the parser takes those right after the number).
        if approx == nil, j < words.count {
            for entry in parser.lexicon.entries(for: words[j]) {
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
        if approx == nil, lastCase == .dative, j < words.count, context.exactRole(of: words[j]) == .difference {
            j += 1
        }
        return Found(start: start, tokenCount: j - start, label: label, value: value, max: max, approx: approx, unit: unit)
    }

    /// A month name in the nominative or genitive right before a number (`қазанның 21-і`).
    private func isMonthBefore(_ word: String) -> Bool {
        if context.exactRole(of: word) == .month { return true }
        guard context.role(of: word) == .month else { return false }
        return ["ның", "нің", "дың", "дің", "тың", "тің"].contains { word.hasSuffix($0) }
    }

    private func skip(_ start: Int, _ count: Int) -> Found {
        Found(start: start + count, tokenCount: 0, label: .DATE, value: .zero)
    }
}

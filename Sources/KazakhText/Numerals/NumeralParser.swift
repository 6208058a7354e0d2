import BigInt

/// What kind of number a ``NumeralMatch`` is.
public enum NumeralKind: String, Sendable, Hashable {
    /// `екі мың жиырма бес`, `4,5 миллион`, `жарты`.
    case cardinal
    /// `екі мың жиырма бесінші`, `1-інші`, `20-сыншы`.
    case ordinal
    /// `бесеуі`, `екеуіміз`.
    case collective
    /// `үштен бір` (see ``NumeralMatch/numerator`` and ``NumeralMatch/denominator``).
    case fraction
    /// `жүздеген` 'hundreds of' (value = the unit, 100).
    case many
}

/// A numeral expression found by ``NumeralParser/parse(_:from:)``.
///
/// `["бір", "жарым", "миллион", "тоннаға"]` from 0 → `tokenCount` 3, `value` 1500000.
public struct NumeralMatch: Sendable, Hashable {
    /// How many of the input tokens the expression covers.
    public var tokenCount: Int
    /// The value; for a range its lower end. For a fraction whose decimal expansion does not
    /// terminate (`үштен бір`) it is truncated after 30 decimal places: use
    /// ``numerator``/``denominator`` for the exact value.
    public var value: ExactDecimal
    /// The upper end of a range (`5-6`, `он-он бес`, `10 – 15 мың`), else nil.
    public var max: ExactDecimal?
    public var kind: NumeralKind
    /// An approximation or bound written as part of the expression (`мыңнан астам` → `.over`).
    public var approximation: Approximation?
    /// True when the expression starts with `минус`; `value` (and `max`) are then negative.
    public var isNegative: Bool
    /// For ``NumeralKind/fraction``: `үштен екі` → 2.
    public var numerator: BigInt?
    /// For ``NumeralKind/fraction``: `үштен екі` → 3.
    public var denominator: BigInt?
    /// The digits carry a percent sign: `62%`, `62%-ға`, `62 %`.
    public var hasPercentSign: Bool
    /// A percent word follows: `62 пайыз`, `отыз процентке`.
    public var hasPercentWord: Bool
    /// The suffix on the last word, or after the hyphen of a digit token: `"ға"`, `"ыншы"`, `"ына"`.
    public var suffix: String?
    /// The case of the last word (`мыңнан` → `.ablative`), nil for the nominative.
    public var grammaticalCase: SuffixCategory?
    /// A noun joined to digits by the ordinal hyphen: `2018-жылы` → `"жылы"` (kind ordinal).
    public var attachedNoun: String?

    /// `hasPercentSign || hasPercentWord`.
    public var isPercent: Bool { hasPercentSign || hasPercentWord }
}

/// Finds Kazakh numeral expressions, in words and digits, in a tokenized sentence.
///
/// The words come from a ``NumeralLexicon`` and the suffixes from a ``SuffixTable``; the
/// grammar (compounds, decimals, fractions, ranges, approximators) is here.
///
/// ```swift
/// let parser = NumeralParser(lexicon: lexicon, suffixes: table)
/// parser.parse(["екі", "мың", "тоғыз", "жүз", "алпыс", "сегізден"], from: 0)?.value // 2968
/// parser.parse(["10", "–", "15", "мың"], from: 0)   // value 10000, max 15000
/// parser.parse(["оны"], from: 0)                    // nil: 'him', not 'its ten'
/// ```
public final class NumeralParser: Sendable {
    public let lexicon: NumeralLexicon
    public let stripper: SuffixStripper
    private let dashes: Set<Character>

    /// Tokens looked at beyond `index` (a numeral is never longer).
    static let window = 64

    /// The most digits a number written in digits may have (`digitAtom`). A longer run is no
    /// number: its exact value would cost big-integer work that grows with the square of its
    /// length (parsing, normalizing, printing), so a 1 MB run of digits would stall a corpus
    /// run. Real text stays far below: the longest run in `Corpus/` and KazNERD has 13 digits.
    static let maxDigits = 100

    /// The first UTF-8 byte of every scalar of `dashes`: a token with none of these bytes has
    /// no dash and is one piece.
    private let dashLeadBytes: [Bool]

    let atomCache = WordCache<[NumeralAtom]>()
    /// A dashed token's pieces: texts, and whether each ends the token.
    let pieceCache = WordCache<[(text: String, endsToken: Bool)]>()
    /// Parses of a token whose next token cannot continue a numeral (see `parse`).
    let tokenCache = WordCache<NumeralMatch?>()
    /// Parses that read several tokens, by their first two tokens (see `parse`). A common start
    /// (`екі мың`, `үш жүз`) goes on in many ways, so each key keeps up to 32 phrases; fewer keys
    /// keep the bound on remembered phrases at 400 000.
    let phraseCache = WordCache<[PhraseParse]>(capacity: 12_500)
    /// Phrases remembered per first two tokens (the oldest is dropped).
    static let phrasesPerToken = 32

    /// A parse that read the first two tokens and then `rest`: nil stands for any token with no
    /// dash and no reading (`адам`, `»`), which a parse only looks at to stop.
    struct PhraseParse: Sendable {
        var rest: [String?]
        var match: NumeralMatch?
        /// Set when the parse read every token it was given (the sentence ended, or the
        /// window did): how many that was. Such a parse holds only where the same number of
        /// tokens is left (`5 пайыз .` at the end of a sentence, not before `мың`).
        var sawAll: Int? = nil
    }

    public init(lexicon: NumeralLexicon, suffixes: SuffixTable) {
        self.lexicon = lexicon
        self.stripper = SuffixStripper(table: suffixes)
        self.dashes = lexicon.dashCharacters
        var leads = [Bool](repeating: false, count: 256)
        for scalar in dashes.flatMap(\.unicodeScalars) { leads[Int(String(scalar).utf8.first!)] = true }
        self.dashLeadBytes = leads
    }

    /// Convenience: the three tables from their text; errors carry the given file names.
    public convenience init(lexiconTSV: String, suffixTSV: String, lettersTSV: String,
                            lexiconSource: String = "numerals.tsv", suffixSource: String = "suffixes.tsv") throws {
        let letters = try LetterTable(tsv: lettersTSV, source: "letters.tsv")
        self.init(lexicon: try NumeralLexicon(tsv: lexiconTSV, source: lexiconSource, letters: letters),
                  suffixes: try SuffixTable(tsv: suffixTSV, source: suffixSource, letters: letters))
    }

    /// The longest numeral expression starting at `words[index]`, or nil.
    ///
    /// `words` are a sentence's tokens as a tokenizer gives them: punctuation (`-`, `–`, `,`)
    /// separate, a digit token with its hyphen suffix whole (`100-ге`, `62%-ға`, `5-6`).
    /// `["4", "500", "000"]` and `["74", ",", "9"]` are read as one number.
    ///
    /// ```swift
    /// parser.parse(["бір", "бүтін", "оннан", "сегіз"], from: 0)?.value  // 1.8
    /// parser.parse(["мыңнан", "астам"], from: 0)?.approximation         // .over
    /// ```
    public func parse(_ words: [String], from index: Int) -> NumeralMatch? {
        guard index >= 0, index < words.count else { return nil }
        // fast path: most tokens cannot start a numeral
        guard mayStart(words[index]) else { return nil }
        // Every reading that goes past a token needs an atom at the first piece of the next one;
        // without it the result depends on this token alone, and is memoized per word.
        if index + 1 == words.count || !mayStart(words[index + 1]) {
            if let hit = tokenCache.cached(words[index]) { return hit }
            let value = parse(tokens: [words[index]][...])
            tokenCache.store(value, for: words[index])
            return value
        }
        // A parse depends only on the tokens it read (never on their absence when it stopped
        // before the end): `жиырма төрт адам` and `жиырма төрт »` read alike.
        let key = words[index] + "\u{1F}" + words[index + 1]
        let phrases = phraseCache.cached(key) ?? []
        let given = min(words.count - index, Self.window)
        // Read in place: only the phrase that holds is copied out.
        let held = phrases.withUnsafeBufferPointer { ps -> Int? in
            for k in ps.indices {
                // A parse that stopped early holds wherever the tokens it read are all there; one that
                // read everything it was given, only where it is given as many.
                if let seen = ps[k].sawAll { guard seen == given else { continue } }
                else { guard ps[k].rest.count < words.count - index - 1 else { continue } }
                if matches(ps[k].rest, words, from: index + 2) { return k }
            }
            return nil
        }
        if let held { return phrases[held].match }
        var session = NumeralSession(parser: self, tokens: words[index..<(index + given)])
        let value = session.best().map { $0.match(tokenCount: session.pieces[$0.end - 1].token + 1) }
        // (A parse that read only the first token is kept under both: the key is just more specific.)
        let rest = words[(index + 2)..<(index + max(2, session.tokensRead))].map { isInert($0) ? nil : $0 }
        let sawAll = session.tokensRead >= given ? given : nil
        phraseCache.store(Array(phrases.suffix(Self.phrasesPerToken - 1)) + [PhraseParse(rest: rest, match: value, sawAll: sawAll)],
                          for: key)
        return value
    }

    private func matches(_ rest: [String?], _ words: [String], from start: Int) -> Bool {
        for (k, token) in rest.enumerated() {
            if let token {
                guard token.bytesEqual(words[start + k]) else { return false }
            } else if !isInert(words[start + k]) {
                return false
            }
        }
        return true
    }

    /// A token a parse can only stop at: one piece (no dash) with no reading.
    private func isInert(_ token: String) -> Bool { !mayHaveDash(token) && atoms(token).isEmpty }

    /// `parse` without the token and phrase memos (what the memos must agree with).
    func unmemoizedParse(_ words: [String], from index: Int) -> NumeralMatch? {
        guard index >= 0, index < words.count, mayStart(words[index]) else { return nil }
        return parse(tokens: words[index..<min(words.count, index + Self.window)])
    }

    private func parse(tokens: ArraySlice<String>) -> NumeralMatch? {
        var session = NumeralSession(parser: self, tokens: tokens)
        guard let best = session.best() else { return nil }
        return best.match(tokenCount: session.pieces[best.end - 1].token + 1)
    }

    /// True when the first piece of `token` has a reading (the token can start a numeral).
    func mayStart(_ token: String) -> Bool {
        let head = mayHaveDash(token) ? pieces(of: token, index: 0)[0].text : token
        return !atoms(head).isEmpty
    }

    /// False when `token` has no dash character (a byte test; true means "maybe").
    @inline(__always)
    func mayHaveDash(_ token: String) -> Bool {
        if let found = token.utf8.withContiguousStorageIfAvailable({ bytes in
            dashLeadBytes.withUnsafeBufferPointer { lead in bytes.contains { lead[Int($0)] } }
        }) { return found }
        return token.utf8.contains { dashLeadBytes[Int($0)] }
    }

    // MARK: - Pieces: tokens split at range hyphens

    struct Piece {
        let text: String
        let token: Int      // relative to `index`
        let endsToken: Bool
    }

    /// One token's pieces: `бір-екі` → бір, -, екі; `10-15-тен` → 10, -, 15-тен;
    /// `100-ге`, `62%-ға`, `үш-ақ` stay whole.
    func pieces(of token: String, index t: Int) -> [Piece] {
        if !mayHaveDash(token) {
            return [Piece(text: token, token: t, endsToken: true)]   // no dash: one piece
        }
        let split: [(text: String, endsToken: Bool)]
        if let hit = pieceCache.cached(token) {
            split = hit
        } else {
            split = uncachedPieces(of: token)
            pieceCache.store(split, for: token)
        }
        return split.map { Piece(text: $0.text, token: t, endsToken: $0.endsToken) }
    }

    private func uncachedPieces(of token: String) -> [(text: String, endsToken: Bool)] {
        var parts: [String] = []
        var cur = ""
        let chars = Array(token)
        for (i, c) in chars.enumerated() {
            guard dashes.contains(c), let last = cur.last, i + 1 < chars.count else {
                cur.append(c)
                continue
            }
            let after = String(chars[(i + 1)...].prefix { !dashes.contains($0) })
            let suffixAfterDigits = (last.isNumber || last == "%") && !chars[i + 1].isNumber
            if suffixAfterDigits || stripper.hyphenated.contains("-" + after) {
                cur.append(c)
            } else {
                parts += [cur, String(c)]
                cur = ""
            }
        }
        parts.append(cur)
        return parts.enumerated().map { (text: $1, endsToken: $0 == parts.count - 1) }
    }
}

// MARK: - Atoms: what one piece can be

struct NumeralAtom: Sendable {
    enum Base: Sendable {
        case number(NumberRole)
        case digits(ExactDecimal)
        case many(ExactDecimal)
        case fractionWord(ExactDecimal)
        case andHalf(ExactDecimal)
        case point, pointParticle, minus, plus, percent, dash, comma
        case approxBefore(Approximation)
        case approxAfter(Approximation, SuffixCategory?)
    }
    var base: Base
    var suffixes: [Suffix] = []
    var suffixText = ""
    var ordinal = false
    var collective = false
    var percentSign = false
    var attachedNoun: String?
    var homograph = false

    /// A suffixed, ordinal or collective word ends a compound.
    var isTerminal: Bool { !suffixes.isEmpty || ordinal || collective || attachedNoun != nil }
    var isBare: Bool { suffixes.isEmpty && !ordinal && attachedNoun == nil }
    var grammaticalCase: SuffixCategory? { suffixes.last(where: { $0.category.isCase })?.category }
    var similative: Bool { suffixes.contains { $0.category == .similative } }
}

extension NumeralParser {
    /// All readings of one piece (memoized per piece).
    func atoms(_ piece: String) -> [NumeralAtom] {
        if let hit = atomCache.cached(piece) { return hit }
        let value = uncachedAtoms(piece)
        atomCache.store(value, for: piece)
        return value
    }

    func uncachedAtoms(_ piece: String) -> [NumeralAtom] {
        if piece == "," { return [NumeralAtom(base: .comma)] }
        if let d = digitAtom(piece) { return [d] }
        let word = FastCase.lowercased(piece)
        if !lexicon.mayStartWith(word) || lexicon.isNotNumeral(word) { return [] }
        var out: [NumeralAtom] = []
        let homograph = lexicon.isHomograph(word)
        for a in stripper.analyses(of: word, longestStem: lexicon.longestEntry, isStem: { !lexicon.entries(for: $0).isEmpty })
        where !a.suffixes.contains(where: { $0.category == .derivational }) {
            var stems = lexicon.entries(for: a.stem)
            if a.suffixes.isEmpty, word.hasSuffix("."), word.count > 1 {
                stems += lexicon.entries(for: String(word.dropLast())).filter { $0.kind == .abbreviation }
            }
            for e in stems {
                guard var atom = atom(for: e, suffixes: a.suffixes) else { continue }
                atom.suffixText = a.suffixText
                atom.homograph = homograph
                out.append(atom)
            }
        }
        return out
    }

    private func atom(for e: NumeralLexicon.Entry, suffixes: [Suffix]) -> NumeralAtom? {
        let ordinalSuffix = suffixes.first?.category == .ordinal
        let numeric: Set<NumeralLexicon.Kind> = [.cardinal, .abbreviation]
        if ordinalSuffix && !numeric.contains(e.kind) { return nil }
        var atom: NumeralAtom
        switch e.kind {
        case .cardinal, .abbreviation, .ordinal, .collective:
            atom = NumeralAtom(base: .number(NumberRole(value: e.value!)!))
            atom.ordinal = e.kind == .ordinal || ordinalSuffix
            atom.collective = e.kind == .collective
        case .many: atom = NumeralAtom(base: .many(e.value!))
        case .fractionWord: atom = NumeralAtom(base: .fractionWord(e.value!))
        case .andHalf: atom = NumeralAtom(base: .andHalf(e.value!))
        case .percent: atom = NumeralAtom(base: .percent)
        case .approxAfter: atom = NumeralAtom(base: .approxAfter(e.approximation!, nil))     // шақтысы
        case .approxAfterDative: atom = NumeralAtom(base: .approxAfter(e.approximation!, .dative))  // жуығы
        case .approxAfterAblative: atom = NumeralAtom(base: .approxAfter(e.approximation!, .ablative))  // астамы
        case .point, .pointParticle, .minus, .plus, .dash, .approxBefore:
            guard suffixes.isEmpty else { return nil }
            switch e.kind {
            case .point: atom = NumeralAtom(base: .point)
            case .pointParticle: atom = NumeralAtom(base: .pointParticle)
            case .minus: atom = NumeralAtom(base: .minus)
            case .plus: atom = NumeralAtom(base: .plus)
            case .dash: atom = NumeralAtom(base: .dash)
            default: atom = NumeralAtom(base: .approxBefore(e.approximation!))
            }
        case .homograph, .notNumeral: return nil
        }
        atom.suffixes = suffixes
        return atom
    }

    /// `4,5`, `4 500 000` (U+00A0/U+202F groups), `62%`, `62%-ға`, `1-інші`, `2018-жылы`.
    func digitAtom(_ piece: String) -> NumeralAtom? {
        let groupSpaces: Set<Character> = ["\u{00A0}", "\u{202F}", "\u{2009}"]
        let chars = Array(piece)
        var i = 0
        var number = ""
        var groups: [Int] = [0]
        var separator = false
        while i < chars.count {
            let c = chars[i]
            if c.isASCII && c.isNumber {
                guard number.utf8.count < Self.maxDigits else { return nil }   // no number (see `maxDigits`)
                number.append(c)
                if !separator { groups[groups.count - 1] += 1 }
            } else if groupSpaces.contains(c), !separator, groups.last! > 0 {
                groups.append(0)
            } else if (c == "," || c == "."), !separator, !number.isEmpty,
                      i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber {
                separator = true
                number.append(".")
            } else {
                break
            }
            i += 1
        }
        guard !number.isEmpty, chars.first!.isASCII, chars.first!.isNumber else { return nil }
        if groups.count > 1, groups.first! > 3 || groups.dropFirst().contains(where: { $0 != 3 }) { return nil }
        guard let value = ExactDecimal(number) else { return nil }
        var atom = NumeralAtom(base: .digits(value))
        if i < chars.count, chars[i] == "%" {
            atom.percentSign = true
            i += 1
        }
        if i < chars.count {
            guard dashes.contains(chars[i]), i + 1 < chars.count else { return nil }
            let rest = String(chars[(i + 1)...])
            guard rest.allSatisfy({ $0.isLetter || dashes.contains($0) }), rest.first!.isLetter else { return nil }
            atom.suffixText = rest
            if let chain = stripper.chainsAfterDigits(rest).first {
                atom.suffixes = chain
                atom.ordinal = chain.first?.category == .ordinal
                atom.collective = chain.first?.category == .collective
            } else if !atom.percentSign {
                atom.attachedNoun = rest   // the bare hyphen marks an ordinal before a noun
                atom.ordinal = true
            } else {
                return nil
            }
        }
        return atom
    }
}

// MARK: - Parsing session: all readings from one start, the longest wins

/// A reading of a stretch of pieces.
struct NumeralReading {
    var end: Int
    var value: ExactDecimal
    var max: ExactDecimal?
    var kind: NumeralKind = .cardinal
    var last: NumeralAtom
    var numerator: BigInt?
    var denominator: BigInt?
    var approximation: Approximation?
    var negative = false
    var percentWord = false
    var percentSign = false
    var wordsOnly = true
    var hasMultiplier = false
    /// For ranges: `екі мың` → lead 2 × place 1000, so `бір-екі мың` = 1000…2000.
    var lead: ExactDecimal?
    var place: ExactDecimal?
    var homographOnly = false

    var isBareCardinal: Bool { kind == .cardinal && last.isBare && !percentSign }

    func match(tokenCount: Int) -> NumeralMatch {
        let suffix = last.attachedNoun == nil && !last.suffixText.isEmpty ? last.suffixText : nil
        return NumeralMatch(
            tokenCount: tokenCount, value: value, max: max, kind: kind,
            approximation: approximation ?? (last.similative ? .about : nil),
            isNegative: negative, numerator: numerator, denominator: denominator,
            hasPercentSign: percentSign, hasPercentWord: percentWord, suffix: suffix,
            grammaticalCase: last.grammaticalCase, attachedNoun: last.attachedNoun)
    }
}

/// NumeralCompound state: `total` of finished scale groups plus the group being read.
struct NumeralCompound {
    var total = ExactDecimal.zero
    var lastScale: ExactDecimal?
    var hundreds: Int?, tens: Int?, units: Int?
    var digits: ExactDecimal?
    var fractionWord: ExactDecimal?
    var half: ExactDecimal?
    var usedHalf = false
    var zero = false
    var closed = false
    var started = false
    var many = false
    var wordsOnly = true
    var lead: ExactDecimal?
    var place: ExactDecimal?

    var groupEmpty: Bool {
        hundreds == nil && tens == nil && units == nil && digits == nil && fractionWord == nil
    }
    var groupValue: ExactDecimal? {
        if groupEmpty { return nil }
        let base = digits ?? fractionWord ?? ExactDecimal((hundreds ?? 0) * 100 + (tens ?? 0) + (units ?? 0))
        return base + (half ?? .zero)
    }
    var value: ExactDecimal? {
        guard let g = groupValue else { return lastScale == nil ? nil : total }
        if let s = lastScale, !(g < s) { return nil }
        return total + g
    }
    var wordGroupOpen: Bool { digits == nil && fractionWord == nil && half == nil && !zero && wordsOnly }

    /// The state after one more atom, or nil when the atom cannot continue the compound.
    func adding(_ atom: NumeralAtom) -> NumeralCompound? {
        guard !closed else { return nil }
        var s = self
        switch atom.base {
        case .number(.unit(let u)):
            guard wordGroupOpen, units == nil else { return nil }
            if u == 0 { guard !started else { return nil }; s.zero = true }
            s.units = u
        case .number(.tens(let t)):
            guard wordGroupOpen, tens == nil, units == nil else { return nil }
            s.tens = t
        case .number(.hundred):
            guard wordGroupOpen, hundreds == nil, tens == nil else { return nil }
            s.hundreds = units ?? 1
            if lastScale == nil, lead == nil, let u = units { s.lead = ExactDecimal(u); s.place = ExactDecimal(100) }
            s.units = nil
        case .number(.scale(let scale)):
            guard !zero else { return nil }
            if let last = lastScale { guard scale < last else { return nil } }
            let g = groupValue ?? .one
            if let last = lastScale { guard g * scale < last else { return nil } }
            if lastScale == nil {
                if let p = s.place { s.place = p * scale } else { s.lead = g; s.place = scale }
            }
            s.total = total + g * scale
            s.lastScale = scale
            s.hundreds = nil; s.tens = nil; s.units = nil; s.digits = nil; s.fractionWord = nil; s.half = nil
        case .digits(let d):
            guard groupEmpty, !zero, !usedHalf, !started || !wordsOnly else { return nil }
            s.digits = d
            s.wordsOnly = false
        case .andHalf(let h):
            guard !usedHalf, !zero, !many else { return nil }
            if !groupEmpty, fractionWord == nil, let g = groupValue, g.isInteger {
                s.half = h
            } else if groupEmpty, let last = lastScale {
                s.total = total + last * h
                s.closed = true
            } else {
                return nil
            }
            s.usedHalf = true
        case .fractionWord(let f):
            guard !started else { return nil }
            s.fractionWord = f
        case .many(let m):
            guard !started else { return nil }
            s.fractionWord = m
            s.many = true
        default:
            return nil
        }
        s.started = true
        if atom.isTerminal { s.closed = true }
        return s
    }
}

struct NumeralSession {
    let parser: NumeralParser
    let tokens: ArraySlice<String>
    /// Pieces of the tokens read so far (split lazily, as the parse goes on).
    private(set) var pieces: [NumeralParser.Piece] = []
    private var tokensSplit = 0
    // Memos by piece index (an array per piece that has been split off).
    private var atomCache: [[NumeralAtom]?] = []
    private var compoundCache: [[NumeralReading]?] = []
    private var coreCache: [[NumeralReading]?] = []

    init(parser: NumeralParser, tokens: ArraySlice<String>) {
        self.parser = parser
        self.tokens = tokens
    }

    /// How many tokens the parse has read so far, from the first: it never looked past them.
    var tokensRead: Int { tokensSplit }

    /// Makes sure piece `i` is split off if the tokens have it; true when it exists.
    mutating func has(_ i: Int) -> Bool {
        while pieces.count <= i, tokensSplit < tokens.count {
            let token = tokens[tokens.startIndex + tokensSplit]
            if parser.mayHaveDash(token) {
                pieces += parser.pieces(of: token, index: tokensSplit)
            } else {
                pieces.append(NumeralParser.Piece(text: token, token: tokensSplit, endsToken: true))
            }
            tokensSplit += 1
            while atomCache.count < pieces.count {
                atomCache.append(nil)
                compoundCache.append(nil)
                coreCache.append(nil)
            }
        }
        return i < pieces.count
    }

    mutating func atoms(_ i: Int) -> [NumeralAtom] {
        guard has(i) else { return [] }
        if let a = atomCache[i] { return a }
        let a = parser.atoms(pieces[i].text)
        atomCache[i] = a
        return a
    }

    mutating func best() -> NumeralReading? {
        var best: NumeralReading?
        for r in full(0) where pieces[r.end - 1].endsToken && !r.homographOnly {
            if best == nil || r.end > best!.end { best = r }
        }
        return best
    }

    // full := [approx-before] [минус] (range | core) [percent] [approx-after]
    mutating func full(_ start: Int) -> [NumeralReading] {
        var i = start
        var before: Approximation?
        var negative = false
        for a in atoms(i) { if case .approxBefore(let ap) = a.base { before = ap; i += 1; break } }
        for a in atoms(i) {
            if case .minus = a.base { negative = true; i += 1; break }
            if case .plus = a.base { i += 1; break }
        }
        var out: [NumeralReading] = []
        for var r in ranges(i) + cores(i) {
            if negative {
                let (lo, hi) = (r.value, r.max)
                r.value = -(hi ?? lo)
                r.max = hi.map { _ in -lo }
                r.negative = true
            }
            r.approximation = before
            var withPercent = [r]
            if r.isBareCardinal {
                for a in atoms(r.end) {
                    guard case .percent = a.base else { continue }
                    var p = r
                    p.end += 1
                    p.last = a
                    if pieces[r.end].text == "%" { p.percentSign = true } else { p.percentWord = true }
                    withPercent.append(p)
                }
            }
            for p in withPercent {
                out.append(p)
                guard !p.last.ordinal, !p.last.similative else { continue }   // шамамен 700000-ға жуық: the second wins
                for a in atoms(p.end) {
                    guard case .approxAfter(let ap, let needed) = a.base else { continue }
                    let ok = needed == nil ? p.last.suffixes.isEmpty
                        : p.last.suffixes.last?.category == needed
                    if ok {
                        var q = p
                        q.end += 1
                        q.approximation = ap
                        q.last = a
                        out.append(q)
                    }
                }
            }
        }
        return out
    }

    // range := core dash core, the scale of the second end shared by the first
    mutating func ranges(_ i: Int) -> [NumeralReading] {
        var out: [NumeralReading] = []
        for lo in cores(i) where lo.last.isBare && !lo.percentSign && lo.max == nil
            && (lo.kind == .cardinal || lo.kind == .collective) {
            guard atoms(lo.end).contains(where: { if case .dash = $0.base { return true }; return false })
            else { continue }
            for hi in cores(lo.end + 1) where hi.max == nil
                && (hi.kind == lo.kind || (lo.kind == .cardinal && hi.kind == .ordinal)) {
                var low = lo.value
                if !lo.hasMultiplier, let lead = hi.lead, let place = hi.place, lo.value < lead {
                    low = lo.value * place
                }
                guard low < hi.value else { continue }
                var r = hi
                r.value = low
                r.max = hi.value
                r.homographOnly = false
                out.append(r)
            }
        }
        return out
    }

    // core := decimal | fraction | compound
    mutating func cores(_ i: Int) -> [NumeralReading] {
        guard has(i) else { return [] }
        if let c = coreCache[i] { return c }
        var out = compounds(i)
        out += decimals(i)
        out += fractions(i)
        coreCache[i] = out
        return out
    }

    /// `бір бүтін оннан сегіз` 1.8, `отыз бес бүтін елу үш` 35.53, `отыз төрт бүтін бес миллиард`.
    mutating func decimals(_ i: Int) -> [NumeralReading] {
        var out: [NumeralReading] = []
        for whole in compounds(i) where whole.isBareCardinal && whole.wordsOnly && whole.value.isInteger {
            var parts: [(NumeralReading, ExactDecimal)] = []
            var p = whole.end + 1
            if atoms(whole.end).contains(where: { if case .point = $0.base { return true }; return false }) {
                parts += longDecimalParts(p)
            } else if let q = particlePoint(after: whole) {
                p = q        // бес те бес, үш-те бес: only the short form
            } else {
                continue
            }
            // without it: the numerator's digits are the decimals
            for num in compounds(p) where num.wordsOnly && num.kind == .cardinal && num.value.isInteger
                && !num.hasMultiplierBeyondGroup {
                parts.append((num, num.value.divided(byPowerOfTen: num.value.digitCount)))
            }
            for (num, frac) in parts {
                var r = num
                r.value = whole.value + frac
                r.homographOnly = false
                out.append(r)
                // a scale word after the decimal multiplies it
                if num.last.isBare {
                    for a in atoms(num.end) {
                        guard case .number(.scale(let s)) = a.base, !a.ordinal, !a.collective else { continue }
                        var m = r
                        m.value = r.value * s
                        m.end = num.end + 1
                        m.last = a
                        out.append(m)
                    }
                }
            }
        }
        return out
    }

    /// After `бүтін`: 10^k in the ablative (оннан, жүзден, он мыңнан), then the numerator.
    mutating func longDecimalParts(_ p: Int) -> [(NumeralReading, ExactDecimal)] {
        var parts: [(NumeralReading, ExactDecimal)] = []
        for den in compounds(p) where den.wordsOnly && den.kind == .cardinal
            && den.last.suffixes.map(\.category) == [.ablative] && !den.last.ordinal {
            guard let k = den.value.powerOfTen, k >= 1 else { continue }
            for num in compounds(den.end) where num.wordsOnly && num.kind == .cardinal
                && num.value.isInteger && num.value < den.value {
                parts.append((num, num.value.divided(byPowerOfTen: k)))
            }
        }
        return parts
    }

    /// The colloquial point `те` in `төрт те бір` (4.1), optionally after a hyphen (`үш-те бес`):
    /// the particle must fit the word before it as the locative suffix would (бес те, он да).
    /// Returns where the decimals start.
    mutating func particlePoint(after whole: NumeralReading) -> Int? {
        var j = whole.end
        if atoms(j).contains(where: { if case .dash = $0.base { return true }; return false }) { j += 1 }
        guard atoms(j).contains(where: { if case .pointParticle = $0.base { return true }; return false })
        else { return nil }
        let before = pieces[whole.end - 1].text.lowercased(), particle = pieces[j].text.lowercased()
        let fits = parser.stripper.analyses(of: before + particle).contains {
            $0.stem == before && $0.suffixes.map(\.category) == [.locative]
        }
        return fits ? j + 1 : nil
    }

    /// `үштен бір` 1/3, `төрттен бірі`: denominator in the ablative, then the numerator.
    mutating func fractions(_ i: Int) -> [NumeralReading] {
        var out: [NumeralReading] = []
        for den in compounds(i) where den.wordsOnly && den.kind == .cardinal && den.value.isInteger
            && den.last.suffixes.map(\.category) == [.ablative] {
            for num in compounds(den.end) where num.wordsOnly && num.kind == .cardinal
                && num.value.isInteger && .zero < num.value && num.value < den.value {
                let n = num.value.integerValue!, d = den.value.integerValue!
                var r = num
                r.kind = .fraction
                r.numerator = n
                r.denominator = d
                r.value = ExactDecimal.exactQuotient(n, d) ?? ExactDecimal.truncatedQuotient(n, d, places: 30)
                r.homographOnly = false
                out.append(r)
            }
        }
        return out
    }

    /// Every prefix from `i` that reads as a compound number.
    mutating func compounds(_ i: Int) -> [NumeralReading] {
        guard has(i) else { return [] }
        if let c = compoundCache[i] { return c }
        var out: [NumeralReading] = []
        var frontier: [(state: NumeralCompound, pos: Int, count: Int)] = [(NumeralCompound(), i, 0)]
        while let item = frontier.popLast() {
            let (state, pos, count) = item
            for (atom, next) in atomsWithLiterals(pos) {
                guard let s = state.adding(atom), let v = s.value else {
                    continue
                }
                var r = NumeralReading(end: next, value: v, last: atom)
                r.kind = atom.ordinal ? .ordinal : atom.collective ? .collective : s.many ? .many : .cardinal
                r.percentSign = atom.percentSign
                r.wordsOnly = s.wordsOnly
                r.lead = s.lead
                r.place = s.place
                r.hasMultiplier = s.place != nil
                r.homographOnly = count == 0 && atom.homograph
                out.append(r)
                if !s.closed { frontier.append((s, next, count + 1)) }
            }
        }
        compoundCache[i] = out
        return out
    }

    /// The atoms at `i`, plus digit literals spread over several pieces:
    /// `4 500 000` as three tokens, and the converter's `74 , 9`.
    mutating func atomsWithLiterals(_ i: Int) -> [(NumeralAtom, Int)] {
        var out = atoms(i).map { ($0, i + 1) }
        guard let first = atoms(i).first, case .digits(let v) = first.base, first.isBare, !first.percentSign,
              v.isInteger else { return out }
        let isDigits: (Substring.Element) -> Bool = { $0.isASCII && $0.isNumber }
        // 3-digit groups in separate tokens: 4 500 000, 1 234 567,891
        if pieces[i].text.count <= 3, pieces[i].text.allSatisfy(isDigits), pieces[i].endsToken {
            var digits = pieces[i].text
            var j = i + 1
            while has(j), pieces[j].endsToken, let a = atoms(j).first, case .digits = a.base {
                let t = pieces[j].text
                let intPart = t.prefix(while: isDigits)
                let numeric = t.prefix { isDigits($0) || $0 == "," || $0 == "." }
                guard intPart.count == 3, let whole = ExactDecimal(digits + numeric) else { break }
                var merged = a
                merged.base = .digits(whole)
                out.append((merged, j + 1))
                guard numeric.count == 3, a.isBare, !a.percentSign else { break }
                digits += intPart
                j += 1
            }
        }
        // the converter's 74 , 9 → 74.9
        if has(i + 2), pieces[i].endsToken, pieces[i + 1].text == ",",
           let a = atoms(i + 2).first, case .digits(let f) = a.base, f.isInteger {
            let intPart = pieces[i + 2].text.prefix(while: isDigits)
            if let dec = ExactDecimal(v.description + "." + intPart) {
                var merged = a
                merged.base = .digits(dec)
                out.append((merged, i + 3))
            }
        }
        return out
    }
}

extension NumeralReading {
    /// True when a scale or жүз multiplies something: such a numerator is no short decimal.
    var hasMultiplierBeyondGroup: Bool {
        if case .number(.scale) = last.base { return true }
        return place.map { ExactDecimal(100) < $0 } ?? false
    }
}

/// Quotation marks and the marks that close them, from `quote-marks.tsv`: the one place the
/// sentence splitter, the quote recognizer and the number and name rules learn which marks
/// open and close a quotation.
///
/// ```swift
/// let marks = try QuoteMarks(store: .bundled())
/// marks.closers(of: "«")   // ["»"]
/// marks.isOpener("„")      // true: „Жаңа Қазақстан“
/// ```
struct QuoteMarks: Sendable {
    enum Kind: String, Sendable {
        /// `«…»`: a short group holds the name of a work or an organisation.
        case guillemet
        /// `„…“`, nested inside `«…»`.
        case low
        /// `“…”`.
        case curly
        /// `"…"`: the same mark opens and closes.
        case straight
    }

    struct Pair: Sendable {
        var opener: Unicode.Scalar
        var closers: [Unicode.Scalar]
        var kind: Kind
    }

    /// In file order: a mark that closes an open pair of an earlier line closes it before it
    /// opens a later one.
    let pairs: [Pair]
    /// Bit `2v` (opens) and `2v+1` (closes) for every mark below U+2100, the rest by search:
    /// the quote passes ask about every scalar of a text.
    private let lowMarks: [UInt64]
    private static let lowLimit: UInt32 = 0x2100

    init(pairs: [Pair]) {
        self.pairs = pairs
        var bits = [UInt64](repeating: 0, count: Int(Self.lowLimit) * 2 / 64)
        for p in pairs {
            for (mark, bit) in [(p.opener, 0)] + p.closers.map({ ($0, 1) }) where mark.value < Self.lowLimit {
                let k = Int(mark.value) * 2 + bit
                bits[k >> 6] |= 1 << UInt64(k & 63)
            }
        }
        lowMarks = bits
    }

    init(store: LexiconStore) throws(LexiconError) {
        try self.init(rows: store.rows(of: "quote-marks.tsv", minColumns: 3, maxColumns: 3))
    }

    init(rows: [TSVRow]) throws(LexiconError) {
        var pairs: [Pair] = []
        for row in rows {
            func scalar(_ text: Substring) throws(LexiconError) -> Unicode.Scalar {
                guard text.unicodeScalars.count == 1, let s = text.unicodeScalars.first else {
                    throw LexiconError(file: row.file, line: row.line, message: "'\(text)' is not one character")
                }
                return s
            }
            guard let kind = Kind(rawValue: row[2]) else {
                throw LexiconError(file: row.file, line: row.line,
                                   message: "unknown kind '\(row[2])' (guillemet, low, curly or straight)")
            }
            var closers: [Unicode.Scalar] = []
            for c in row[1].split(separator: " ") { closers.append(try scalar(c)) }
            guard !closers.isEmpty else {
                throw LexiconError(file: row.file, line: row.line, message: "no closing mark")
            }
            pairs.append(Pair(opener: try scalar(row[0][...]), closers: closers, kind: kind))
        }
        self.init(pairs: pairs)
    }

    /// The pair that `mark` opens.
    func pair(opening mark: Unicode.Scalar) -> Pair? {
        isOpener(mark) ? pairs.first { $0.opener == mark } : nil
    }

    /// The marks that close a quotation opened by `mark` (nil when `mark` opens none).
    func closers(of mark: Unicode.Scalar) -> [Unicode.Scalar]? { pair(opening: mark)?.closers }

    @inline(__always)
    func isOpener(_ mark: Unicode.Scalar) -> Bool {
        guard mark.value < Self.lowLimit else { return pairs.contains { $0.opener == mark } }
        let k = Int(mark.value) * 2
        return lowMarks[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    @inline(__always)
    func isCloser(_ mark: Unicode.Scalar) -> Bool {
        guard mark.value < Self.lowLimit else { return pairs.contains { $0.closers.contains(mark) } }
        let k = Int(mark.value) * 2 + 1
        return lowMarks[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Opens or closes some pair.
    @inline(__always)
    func isMark(_ mark: Unicode.Scalar) -> Bool {
        guard mark.value < Self.lowLimit else { return isOpener(mark) || isCloser(mark) }
        // The opener and closer bits of a scalar sit side by side in one word.
        let k = Int(mark.value) * 2
        return (lowMarks[k >> 6] >> UInt64(k & 63)) & 3 != 0
    }

    /// The marks of the pairs of `kinds`, for rules that ask whether a whole token is one.
    func tokenMarks(of kinds: Set<Kind>) -> TokenMarks {
        let chosen = pairs.filter { kinds.contains($0.kind) }
        return TokenMarks(openers: chosen.map(\.opener), closers: chosen.flatMap(\.closers))
    }
}

/// Some quotation marks as token keys: `opens("«")`, `closes("»")`. A token longer than every
/// mark is answered without hashing.
struct TokenMarks: Sendable {
    private let openers: Set<UTF8Key>
    private let closers: Set<UTF8Key>
    private let longest: Int

    init(openers: [Unicode.Scalar], closers: [Unicode.Scalar]) {
        self.openers = Set(openers.map { UTF8Key(String($0)) })
        self.closers = Set(closers.map { UTF8Key(String($0)) })
        longest = (openers + closers).map { String($0).utf8.count }.max() ?? 0
    }

    @inline(__always)
    func opens(_ token: String) -> Bool { token.utf8.count <= longest && openers.contains(UTF8Key(token)) }

    @inline(__always)
    func closes(_ token: String) -> Bool { token.utf8.count <= longest && closers.contains(UTF8Key(token)) }
}

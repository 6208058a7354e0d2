/// Quotation marks and the marks that close them, from `quote-marks.tsv`: the one place the
/// sentence splitter, the quote recognizer and the number and name rules learn which marks
/// open and close a quotation.
///
/// ```swift
/// let marks = try QuoteMarks(store: .bundled())
/// marks.closers(of: "«")   // ["»"]
/// marks.isOpener("„")      // true: „Жаңа Қазақстан“
/// ```
public struct QuoteMarks: Sendable {
    public enum Kind: String, Sendable {
        /// `«…»`: a short group holds the name of a work or an organisation.
        case guillemet
        /// `„…“`, nested inside `«…»`.
        case low
        /// `“…”`.
        case curly
        /// `"…"`: the same mark opens and closes.
        case straight
    }

    public struct Pair: Sendable {
        public var opener: Unicode.Scalar
        public var closers: [Unicode.Scalar]
        public var kind: Kind
    }

    /// In file order: a mark that closes an open pair of an earlier line closes it before it
    /// opens a later one.
    public let pairs: [Pair]

    public init(pairs: [Pair]) {
        self.pairs = pairs
    }

    public init(store: LexiconStore) throws(LexiconError) {
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
    public func pair(opening mark: Unicode.Scalar) -> Pair? { pairs.first { $0.opener == mark } }

    /// The marks that close a quotation opened by `mark` (nil when `mark` opens none).
    public func closers(of mark: Unicode.Scalar) -> [Unicode.Scalar]? { pair(opening: mark)?.closers }

    public func isOpener(_ mark: Unicode.Scalar) -> Bool { pairs.contains { $0.opener == mark } }

    public func isCloser(_ mark: Unicode.Scalar) -> Bool { pairs.contains { $0.closers.contains(mark) } }

    /// Opens or closes a pair of `kinds`.
    public func isMark(_ mark: Unicode.Scalar, of kinds: Set<Kind>) -> (opens: Bool, closes: Bool) {
        var result = (opens: false, closes: false)
        for p in pairs where kinds.contains(p.kind) {
            if p.opener == mark { result.opens = true }
            if p.closers.contains(mark) { result.closes = true }
        }
        return result
    }
}

/// The labels of annotation-format.md. Numeric and name labels follow KazNERD.
///
/// ```swift
/// SpanLabel(rawValue: "MONEY")   // .MONEY, as on `бір миллиард доллар`
/// SpanLabel.MONEY.isNumeric      // true
/// ```
public enum SpanLabel: String, Sendable, Hashable, CaseIterable, Comparable {
    /// `CARDINAL`: `екі`; `ORDINAL`: `55-ші`; `MONEY`: `бір миллиард долларға дейін`;
    /// `PERCENTAGE`: `62%-ға`; `QUANTITY`: `4,5 миллион тоннаны`; `DATE`, `TIME`: read from gold
    /// only; `PERSON`: `Қасым-Жомарт Тоқаев`; `POSITION`: `Қазақстан Президенті`; `QUOTE`:
    /// `«Бәрі жақсы»`.
    case CARDINAL, ORDINAL, MONEY, PERCENTAGE, QUANTITY, DATE, TIME, PERSON, POSITION, QUOTE

    /// Labels that carry `value` (and `max`, `approx`).
    /// (`.MONEY` for `бір миллиард доллар` is numeric, `.PERSON` for `Тоқаев` is not.)
    public var isNumeric: Bool {
        switch self {
        case .CARDINAL, .ORDINAL, .MONEY, .PERCENTAGE, .QUANTITY: return true
        default: return false
        }
    }

    /// Labels sort by name: `.MONEY < .QUANTITY` (as `MONEY` for `бір миллиард доллар` before
    /// `QUANTITY` for `4,5 миллион тонна` in `kaztext eval`'s table).
    public static func < (a: SpanLabel, b: SpanLabel) -> Bool { a.rawValue < b.rawValue }
}

/// How a number is bounded or approximated (annotation-format.md, `approx`).
///
/// `бір миллиард долларға дейін` is MONEY 1000000000 USD with `approx` `.upTo`.
public enum SpanApproximation: String, Sendable, Hashable, CaseIterable {
    /// жуық, шамасында, шамамен, тарта, -дай/-дей
    case about
    /// астам, аса, -дан артық, -дан көп, -дан жоғары, кемінде
    case over
    /// кем, -дан төмен
    case under
    /// дейін, шейін
    case upTo = "up_to"

    /// The annotation value of a numeral parser approximation (`nearly` and `about` are both
    /// `about`; "at least" is `over`).
    init(_ a: Approximation) {
        switch a {
        case .about, .nearly: self = .about
        case .over, .atLeast: self = .over
        case .under: self = .under
        case .upTo: self = .upTo
        }
    }
}

/// An annotation over a document's text: `start`/`end` in Unicode scalars, end exclusive.
///
/// ```swift
/// // "4,5 миллион тоннаны" in the seed article:
/// Span(start: 120, end: 139, label: .QUANTITY, value: ExactDecimal("4500000"), unit: "t")
/// ```
public struct Span: Sendable, Hashable {
    /// First Unicode scalar of the span (`20` for `4,5 миллион тоннаны` in
    /// `Былтыр жүк тасымалы 4,5 миллион тоннаны құрады.`).
    public var start: Int
    /// One past the span's last Unicode scalar (`39` for `4,5 миллион тоннаны` in
    /// `Былтыр жүк тасымалы 4,5 миллион тоннаны құрады.`).
    public var end: Int
    /// What the span is (`.QUANTITY` for `4,5 миллион тоннаны`).
    public var label: SpanLabel
    /// Exact value (numeric labels); for a range its lower end.
    /// (`4500000` for `4,5 миллион тоннаны`; `5` for `5-10 пайыз`.)
    public var value: ExactDecimal?
    /// Upper end of a range.
    /// (`10` for `5-10 пайыз`.)
    public var max: ExactDecimal?
    /// How the number is bounded: `.upTo` for `бір миллиард долларға дейін`, `.over` for
    /// `100-ден астам`.
    public var approx: SpanApproximation?
    /// Canonical unit: ISO 4217 for money, `%`, SI-style symbols for quantities.
    /// (`USD` for `долларға`, `KZT` for `теңге`, `t` for `тоннаны`.)
    public var unit: String?
    /// Leader id (PERSON, POSITION, QUOTE).
    /// (`Қазақстан Президенті` on 2025-10-21 carries Tokayev's id from `Lexicons/leaders.tsv`.)
    public var leader: String?
    /// The span naming who said a quote (QUOTE).
    /// Scalar offsets, as `start`/`end` (`Тоқаев` in `«Бәрі жақсы», – деді Тоқаев.`).
    public var speaker: Range<Int>?

    /// A span with the fields annotation-format.md gives it:
    /// `Span(start: 7, end: 13, label: .PERCENTAGE, value: ExactDecimal(62), unit: "%")` is
    /// `62%-ға` in `Былтыр 62%-ға өсті.`.
    public init(start: Int, end: Int, label: SpanLabel, value: ExactDecimal? = nil, max: ExactDecimal? = nil,
                approx: SpanApproximation? = nil, unit: String? = nil, leader: String? = nil, speaker: Range<Int>? = nil) {
        self.start = start
        self.end = end
        self.label = label
        self.value = value
        self.max = max
        self.approx = approx
        self.unit = unit
        self.leader = leader
        self.speaker = speaker
    }

    /// The text the span covers in `document`, sliced by its scalar offsets (offsets past the
    /// end of the text are clipped to it).
    ///
    /// ```swift
    /// let document = Document(id: "d", text: "Былтыр 4,5 миллион тоннаны құрады.")
    /// let result = try Extractor().extract(document)
    /// result.spans[0].text(in: document)   // "4,5 миллион тоннаны"
    /// ```
    public func text(in document: Document) -> Substring {
        text(in: document.text)
    }

    /// The text the span covers in `text`, the document text its offsets count into: for
    /// `Span(start: 7, end: 13, label: .PERCENTAGE)` over `"Былтыр 62%-ға өсті."`, `"62%-ға"`.
    public func text(in text: String) -> Substring {
        let scalars = text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: Swift.max(0, start), limitedBy: scalars.endIndex) ?? scalars.endIndex
        let to = scalars.index(from, offsetBy: Swift.max(0, end - Swift.max(0, start)), limitedBy: scalars.endIndex) ?? scalars.endIndex
        return Substring(scalars[from..<to])
    }

    /// The text of the span that names who said a quotation (`speaker`), or nil when it has none.
    ///
    /// ```swift
    /// let said = Document(id: "q", text: "«Бәрі жақсы», – деді Тоқаев.")
    /// let quote = try Extractor().extract(said).spans.first { $0.label == .QUOTE }
    /// quote?.speakerText(in: said)   // "Тоқаев"
    /// ```
    public func speakerText(in document: Document) -> Substring? {
        speaker.map { Span(start: $0.lowerBound, end: $0.upperBound, label: .PERSON).text(in: document.text) }
    }

    /// Sort order of annotation-format.md: by start, then longer first.
    ///
    /// `spans.sorted(by: Span.documentOrder)`: of two spans that start together, the longer comes
    /// first (`4,5 миллион тоннаны` before a `4,5` that starts where it does).
    public static func documentOrder(_ a: Span, _ b: Span) -> Bool {
        a.start != b.start ? a.start < b.start : a.end > b.end
    }

    /// `(a + b).sorted(by: documentOrder)`, by one merge when `a` and `b` are each already in
    /// document order (the usual case: each recognizer reports its spans in reading order),
    /// so a span is copied once instead of once per sorting step. Ties keep `a`'s span first,
    /// as the standard library's sort (stable in its current implementation) does.
    static func merged(_ a: [Span], _ b: [Span]) -> [Span] {
        func inOrder(_ x: [Span]) -> Bool {
            x.withUnsafeBufferPointer { p in
                for k in p.indices.dropFirst() where documentOrder(p[k], p[k - 1]) { return false }
                return true
            }
        }
        guard inOrder(a), inOrder(b) else { return (a + b).sorted(by: documentOrder) }
        guard !b.isEmpty else { return a }
        guard !a.isEmpty else { return b }
        var result: [Span] = []
        result.reserveCapacity(a.count + b.count)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                var i = 0, j = 0
                while i < pa.count && j < pb.count {
                    if documentOrder(pb[j], pa[i]) { result.append(pb[j]); j += 1 } else { result.append(pa[i]); i += 1 }
                }
                result.append(contentsOf: pa[i...])
                result.append(contentsOf: pb[j...])
            }
        }
        return result
    }
}

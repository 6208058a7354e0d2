/// Runs the recognizers over a document and returns its spans (annotation-format.md).
///
/// ```swift
/// let extractor = try Extractor()
/// let result = try extractor.extract(Document(id: "d", text: "Былтыр 4,5 миллион тоннаны құрады."))
/// // QUANTITY "4,5 миллион тоннаны" value 4500000 unit t
/// ```
///
/// An `Extractor` loads its lexicons once and is `Sendable`: share one across tasks.
public final class Extractor: Sendable {
    /// The tokenizer the extractor runs first (`Былтыр 62%-ға өсті.` → four tokens).
    public let tokenizer: Tokenizer
    package let quantities: QuantityRecognizer
    let leaders: LeaderRecognizer
    let quotes: QuoteRecognizer
    /// Per-spelling facts of the tokens met so far (lower-cased form, capital, rule starts).
    let tokenWords: TokenWords

    /// Loads the lexicons of `store`, or the bundled ones (``LexiconStore/bundled()``) when nil.
    ///
    /// ```swift
    /// let extractor = try Extractor()                                    // the bundled `Lexicons/`
    /// let custom = try Extractor(store: .bundled().adding(userPaths: ["my-units.tsv"]))
    /// ```
    ///
    /// Throws a ``LexiconError`` naming the file and line of a bad lexicon entry.
    /// The lexicons read include `numerals.tsv` (`бір` … `триллион`), `units.tsv` and `leaders.tsv`.
    public init(store: LexiconStore? = nil) throws {
        let store = try store ?? LexiconStore.bundled()
        tokenizer = try Tokenizer(store: store)
        let letters = try LetterTable(rows: store.rows(of: "letters.tsv", minColumns: 3, maxColumns: 4))
        let lexicon = try NumeralLexicon(files: store.contents(of: "numerals.tsv"), letters: letters)
        let suffixes = try SuffixTable(files: store.contents(of: "suffixes.tsv"), letters: letters)
        let parser = NumeralParser(lexicon: lexicon, suffixes: suffixes)
        let units = try UnitLexicon(rows: store.rows(of: "units.tsv", minColumns: 3), stripper: parser.stripper)
        let context = try NumberContext(rows: store.rows(of: "number-context.tsv", minColumns: 2, maxColumns: 3), stripper: parser.stripper)
        let idioms = try store.rows(of: "number-idioms.tsv", minColumns: 1, maxColumns: 2).map {
            $0[0].lowercased().split(separator: " ").map(String.init)
        }
        let marks = tokenizer.lexicons.quoteMarks
        quantities = QuantityRecognizer(parser: parser, units: units, context: context, marks: marks, idioms: idioms)
        let names = try NameLexicons(store: store)
        leaders = LeaderRecognizer(leaders: try LeaderLexicon(store: store), names: names, marks: marks, stripper: parser.stripper)
        quotes = try QuoteRecognizer(store: store, marks: marks, dashes: tokenizer.lexicons.dashes,
                                     stripper: parser.stripper, names: names)
        let (quantities, leaders) = (quantities, leaders)
        tokenWords = TokenWords(startsNumber: { quantities.mayStartExpression($0) },
                                startsPost: { leaders.mayStartPost(.word, $0) })
    }

    /// The leaders lexicon the extractor resolves titles and names with: who held which office,
    /// and when (`Қазақстан Президенті` on 2025-10-21 is `kassym-jomart-tokayev`).
    ///
    /// ```swift
    /// let extractor = try Extractor()
    /// extractor.leaderLexicon.terms.filter { $0.id == "kassym-jomart-tokayev" }.map(\.office)
    /// ```
    public var leaderLexicon: LeaderLexicon { leaders.leaders }

    /// A document with its tokens, sentences and spans.
    ///
    /// `«Бәрі жақсы», – деді Тоқаев.` gives tokens, a QUOTE span with its speaker, a PERSON span and
    /// no warning; `«Бәрі жақсы, – деді Тоқаев.` a warning for the unclosed `«`.
    public struct Result: Sendable {
        /// Tokens and sentences (`Былтыр`, `62%-ға`, `өсті`, `.`).
        public var tokenized: TokenizedDocument
        /// Spans in document order (``Span/documentOrder(_:_:)``): `62%-ға` as PERCENTAGE 62 %.
        public var spans: [Span]
        /// Problems found in the text (unbalanced quotation marks).
        /// (`«` at 0 never closed in `«Бәрі жақсы, – деді Тоқаев.`.)
        public var warnings: [DocumentWarning] = []
    }

    /// Tokenizes `document` and finds its numbers, persons, positions and quotations.
    ///
    /// ```swift
    /// let news = Document(id: "n", text: "Былтыр жүк тасымалы 4,5 миллион тоннаны құрады.")
    /// let span = try Extractor().extract(news).spans[0]
    /// span.label, span.value, span.unit   // .QUANTITY, 4500000, "t"
    /// ```
    public func extract(_ document: Document) throws -> Result {
        let tokenized = try tokenizer.tokenize(document)
        var spans = spans(in: tokenized)
        let names = spans.filter { $0.label == .PERSON || $0.label == .POSITION }
        // Quotes are read on the normalized text (Latin Kazakh in Cyrillic), then moved back.
        let view = tokenizer.lexicons.latinView.normalizedText(tokenized)
        var found = QuoteRecognizer.Output()
        if let view {
            if quotes.mayHoldQuote(view.text) {
                found = quotes.recognize(view.text, from: Self.headerEnd(view.text), names: names.map(view.targetSpan))
                found.quotes = found.quotes.map(view.sourceSpan)
                found.warnings = found.warnings.map {
                    DocumentWarning(start: view.sourceOffset(of: $0.start, isEnd: false), end: view.sourceOffset(of: $0.end, isEnd: true), message: $0.message)
                }
            }
        } else if quotes.mayHoldQuote(document.text) {
            found = quotes.recognize(document.text, from: Self.headerEnd(document.text), names: names)
        }
        if !found.quotes.isEmpty { spans = Span.merged(spans, found.quotes) }
        return Result(tokenized: tokenized, spans: spans, warnings: found.warnings)
    }

    /// Spans of an already tokenized document, sorted in document order.
    /// (`Былтыр 62%-ға өсті.` tokenized gives PERCENTAGE 62 %; quotations need ``extract(_:)``.)
    public func spans(in doc: TokenizedDocument) -> [Span] {
        let text = doc.document.text
        let headerEnd = Self.headerEnd(text)
        var numeric: [Span] = []
        var names: [Span] = []
        var resolver = LeaderResolver(lexicon: leaders.leaders, date: doc.document.date ?? Document.headerDate(text))
        var knownSurnames = Set<UTF8Key>()
        var recognized: [(tokens: ArraySlice<Token>, found: [LeaderRecognizer.Found])] = []
        recognized.reserveCapacity(doc.sentences.count)
        var utf8 = text
        // Per-sentence views, their storage reused from sentence to sentence (each recognizer
        // lets go of its copy before the next sentence, so the buffers are unique again).
        var leaderWords: [LeaderRecognizer.Word] = []
        var postStarts: [Bool] = []
        var words: [String] = []
        var attached: [Bool] = []
        var candidates: [Bool] = []
        utf8.withUTF8 { b in
            for sentence in doc.sentences {
                // A slice of the document's tokens (not a copy); token k of the sentence is `tokens[base + k]`.
                let tokens = headerEnd == 0 ? doc.tokens[sentence.tokenRange]
                    : ArraySlice(doc.tokens[sentence.tokenRange].filter { $0.start >= headerEnd })
                let base = tokens.startIndex
                guard !tokens.isEmpty else { continue }
                // The leader rules' view of the same tokens, built in the same pass.
                leaderWords.removeAll(keepingCapacity: true)
                leaderWords.reserveCapacity(tokens.count)
                postStarts.removeAll(keepingCapacity: true)
                postStarts.reserveCapacity(tokens.count)
                var initial = true
                var anyCandidate = false
                // Tokens read in place and the spelling moved into its Word: no reference count
                // is touched twice for one token.
                tokens.withUnsafeBufferPointer { tb in
                    for k in 0..<tb.count {
                        let kind = tb[k].kind
                        leaderWords.append(LeaderRecognizer.Word(token: tokenWords.word(tb[k], in: b), kind: kind, sentenceInitial: initial))
                        if kind == .word || kind == .number { initial = false }
                    }
                }
                leaderWords.withUnsafeBufferPointer { lw in
                    for k in 0..<lw.count {
                        anyCandidate = anyCandidate || lw[k].token.mayStartNumber
                        postStarts.append(lw[k].kind == .word && lw[k].token.mayStartPostAsWord)
                    }
                }
                // The number rules' view, only for a sentence where a number can start (about half).
                if anyCandidate {
                    words.removeAll(keepingCapacity: true)
                    words.reserveCapacity(tokens.count)
                    attached.removeAll(keepingCapacity: true)
                    attached.reserveCapacity(tokens.count)
                    candidates.removeAll(keepingCapacity: true)
                    candidates.reserveCapacity(tokens.count)
                    // By index through the buffer: a Word is read in place, not copied out.
                    leaderWords.withUnsafeBufferPointer { lw in
                        for k in 0..<lw.count {
                            attached.append(k > 0 && tokens[base + k - 1].end == tokens[base + k].start)
                            candidates.append(lw[k].token.mayStartNumber)
                            words.append(lw[k].token.lower)
                        }
                    }
                    for f in quantities.recognize(words, attached: attached, candidates: candidates) {
                        let first = tokens[base + f.start], last = tokens[base + f.start + f.tokenCount - 1]
                        numeric.append(Span(start: first.start, end: last.end, label: f.label, value: f.value, max: f.max,
                                            approx: f.approx, unit: f.unit))
                    }
                }
                // Every sentence: a capital or a lower-case title word can start a name.
                recognized.append((tokens, leaderSpans(leaderWords, postStarts, &knownSurnames)))
            }
        }
        // Resolved once the whole document is read (an undated text is dated by its title–name pairs).
        resolver.prepare(recognized.map(\.found))
        for (tokens, found) in recognized {
            names += resolve(tokens, found, &resolver)
        }
        // Names win over numbers they contain (`Түркияның 11-інші Президенті`).
        let kept = Self.withoutOverlaps(numeric, by: names)
        return Span.merged(kept, names)
    }

    /// The spans of `spans` that overlap none of `winners`, in O((n + m) log m): a span
    /// overlaps a winner exactly when the furthest end among the winners that start before
    /// its end lies past its start.
    static func withoutOverlaps(_ spans: [Span], by winners: [Span]) -> [Span] {
        guard !winners.isEmpty, !spans.isEmpty else { return spans }
        let sorted = winners.sorted { $0.start < $1.start }
        var furthestEnd: [Int] = []
        furthestEnd.reserveCapacity(sorted.count)
        for w in sorted { furthestEnd.append(Swift.max(furthestEnd.last ?? Int.min, w.end)) }
        return spans.filter { n in
            // Winners starting before n.end: the first `count` of `sorted`.
            var low = 0, high = sorted.count
            while low < high {
                let mid = (low + high) / 2
                if sorted[mid].start < n.end { low = mid + 1 } else { high = mid }
            }
            return low == 0 || furthestEnd[low - 1] <= n.start
        }
    }

    /// PERSON and POSITION spans of one sentence, not yet resolved.
    func leaderSpans(_ words: [LeaderRecognizer.Word], _ postStarts: [Bool],
                     _ knownSurnames: inout Set<UTF8Key>) -> [LeaderRecognizer.Found] {
        let found = leaders.recognize(words, known: knownSurnames, postStarts: postStarts)
        for f in found where f.label == .PERSON && f.end - f.start > 1 {
            if let stem = f.lastStem { knownSurnames.insert(UTF8Key(stem)) }
        }
        return found
    }

    /// The spans of one sentence's names, resolved in reading order.
    func resolve(_ tokens: ArraySlice<Token>, _ found: [LeaderRecognizer.Found], _ resolver: inout LeaderResolver) -> [Span] {
        let base = tokens.startIndex
        var spans: [Span] = []
        var resolvedNext: [Int: String?] = [:]
        for (k, f) in found.enumerated() {
            var leader: String?
            if f.label == .PERSON {
                leader = resolvedNext[k] ?? resolver.person(f)
            } else {
                var next: String? = nil
                if k + 1 < found.count, found[k + 1].label == .PERSON, found[k + 1].start == f.end {
                    next = resolver.person(found[k + 1])
                    resolvedNext[k + 1] = .some(next)
                }
                leader = resolver.position(f, nextPerson: next)
            }
            spans.append(Span(start: tokens[base + f.start].start, end: tokens[base + f.end - 1].end, label: f.label, leader: leader))
        }
        return spans
    }

    /// Scalar offset where the corpus header ` date YYYY-MM-DD ` ends (0 when there is none).
    static func headerEnd(_ text: String) -> Int {
        guard Document.headerDate(text) != nil else { return 0 }
        var n = 0
        var sawDate = false
        var digits = 0
        for s in text.unicodeScalars {
            n += 1
            if s.properties.numericType != nil { sawDate = true; digits += 1 }
            if sawDate && digits == 8 { return n }
        }
        return n
    }
}

extension Extractor {
    /// The labels this version produces (`eval` scores those the gold annotates, see ``ScoredLabels``).
    /// (`екі` CARDINAL, `55-ші` ORDINAL, … `«Бәрі жақсы»` QUOTE; never DATE or TIME.)
    public static let producedLabels: [SpanLabel] = [.CARDINAL, .ORDINAL, .MONEY, .PERCENTAGE, .QUANTITY, .PERSON, .POSITION, .QUOTE]
}

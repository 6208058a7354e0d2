#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits Kazakh text into tokens and sentences: ICU word and sentence break (locale `kk`)
/// followed by Kazakh merge rules whose words come from `Lexicons/`.
///
/// Rules on top of ICU, each with examples in `Corpus/tokenize/`:
/// - hyphenated words and clitics stay whole: `сондай-ақ`, `Көші-қон`, `АҚШ-пен`;
/// - a number keeps `%`, a degree unit and a hyphen + suffix chain: `55-ші`, `100-ге`,
///   `62%-ға`, `2°С-тан` (`1-кезеңінің`, `2018-жылы` stay three tokens, as in UD-KTB);
/// - abbreviations from `abbreviations.tsv` keep their period: `т.б.`, `млн.`, `ж.`;
/// - initials keep their period: `Г.` in `Г. Марченко`;
/// - `...` is one token; URLs, e-mail addresses, `#hashtags` and `@mentions` are one token.
///
/// ```swift
/// let tokenizer = try Tokenizer()
/// let doc = try tokenizer.tokenize(Document(id: "d1", text: "Былтыр 62%-ға өсті."))
/// // Былтыр | 62%-ға | өсті | .
/// ```
///
/// A `Tokenizer` is immutable and `Sendable`: build it once and use it from many tasks.
public final class Tokenizer: Sendable {
    let lexicons: TokenizerLexicons
    private let pool: SegmenterPool
    private let sentenceSplitter: SentenceSplitter

    /// The scripts of a tokenized document: the document's (`cyrl`, `latn2021`, `latn2018`, …)
    /// and how many words are in each (`Qazaqstan Prezıdenti` is two `latn2021` words, `Қазақстан
    /// Президенті` two `cyrl` words).
    public func scriptReport(_ doc: TokenizedDocument) -> ScriptReport { lexicons.latinView.report(doc) }

    /// The whole text converted to `target` (`Qazaqstan` → `Қазақстан` for `.cyrl`), with the map
    /// between its offsets and the original's.
    public func transliterate(_ doc: TokenizedDocument, to target: TransliterationTarget) -> Transliteration {
        lexicons.latinView.transliterate(doc, to: target)
    }

    /// A tokenizer with the bundled lexicons (plus user lexicon files from `store`).
    /// (`Tokenizer()` knows the bundled abbreviations, `т.б.`, `млн.`, `ж.`, from `abbreviations.tsv`.)
    public init(store: LexiconStore? = nil) throws {
        let store = try store ?? LexiconStore.bundled()
        self.lexicons = try TokenizerLexicons(store: store)
        self.pool = try SegmenterPool(locale: "kk")
        self.sentenceSplitter = SentenceSplitter(lexicons: lexicons)
    }

    /// Tokens and sentences of `document`; `norm` is set on tokens whose normalized form
    /// differs (look-alike Latin letters in Cyrillic words, non-NFC text).
    /// (`Былтыр 62%-ға өсті.` → `Былтыр`, `62%-ға`, `өсті`, `.` in one sentence.)
    public func tokenize(_ document: Document) throws(TokenizerError) -> TokenizedDocument {
        var text = document.text
        let result = text.withUTF8 { bytes in
            Result { () throws(TokenizerError) in try tokenize(bytes: bytes) }
        }
        let (tokens, sentences) = try result.get()
        return TokenizedDocument(document: document, tokens: tokens, sentences: sentences)
    }

    /// Tokenizes valid UTF-8 bytes (the document text).
    func tokenize(bytes: UnsafeBufferPointer<UInt8>) throws(TokenizerError) -> ([Token], [Sentence]) {
        if bytes.isEmpty { return ([], []) }
        return try pool.withSegmenter { (segmenter: Segmenter) throws(TokenizerError) in
            var result: ([Token], [Sentence]) = ([], [])
            try segmenter.segment(bytes, mode: .compact) { bounds, statuses, sentenceBounds in
                var pieces = Self.pieces(bytes, bounds, statuses)
                var raw = pieces.withUnsafeMutableBufferPointer { p in
                    var merger = TokenMerger(bytes: bytes, pieces: p, lexicons: lexicons)
                    return merger.run()
                }
                let sentences = sentenceSplitter.split(bytes: bytes, tokens: raw, icuBoundaries: sentenceBounds)
                result = Self.finish(bytes: bytes, raw: &raw, sentences: sentences, lexicons: lexicons)
                // Latin Kazakh: each Latin Kazakh word's `norm` is its Cyrillic form.
                lexicons.latinView.fold(&result.0, bytes)
            }
            return result
        }
    }

    /// ICU segments without the whitespace ones, each knowing whether whitespace (or a line
    /// break) came before it.
    static func pieces(
        _ b: UnsafeBufferPointer<UInt8>, _ bounds: UnsafeBufferPointer<Int32>, _ statuses: UnsafeBufferPointer<Int32>
    ) -> [WordBreakPiece] {
        var pieces: [WordBreakPiece] = []
        pieces.reserveCapacity(bounds.count)
        var spaceBefore = true
        var lineBefore = true
        var i = 1
        while i < bounds.count {
            var start = Int(bounds[i - 1]), end = Int(bounds[i])
            i += 1
            let (first, _) = UTF8Scan.scalar(b, at: start)
            if UTF8Scan.isWhitespace(first) {
                // ICU keeps runs of horizontal space together, and joins a combining mark or a
                // format character to the space before it (` ̂`, ` \u{AD}`): the whitespace is
                // left out, and the rest (the mark alone) is the token.
                var j = start
                var sawLine = false
                while j < end {
                    let (s, n) = UTF8Scan.scalar(b, at: j)
                    if !UTF8Scan.isWhitespace(s) { break }
                    if UTF8Scan.isLineBreak(s) { sawLine = true }
                    j += n
                }
                spaceBefore = true
                if sawLine { lineBefore = true }
                if j == end { continue }
                start = j
            }
            end = trimmingTrailingWhitespace(b, start, end)
            let status = statuses[i - 1]
            if status >= 200 && status < 500, let dot = missingSpaceAfterStop(b, start, end) {
                // `алды.Мәулен`: a full stop with the space left out splits the word (ICU keeps it whole).
                pieces.append(WordBreakPiece(start: start, end: dot, status: status, spaceBefore: spaceBefore, lineBefore: lineBefore))
                pieces.append(WordBreakPiece(start: dot, end: dot + 1, status: 0, spaceBefore: false, lineBefore: false))
                pieces.append(WordBreakPiece(start: dot + 1, end: end, status: status, spaceBefore: false, lineBefore: false))
            } else {
                pieces.append(WordBreakPiece(start: start, end: end, status: status, spaceBefore: spaceBefore, lineBefore: lineBefore))
            }
            spaceBefore = false
            lineBefore = false
        }
        return pieces
    }

    /// `end` moved back over whitespace that ends the segment `start..<end` (which starts
    /// with a non-whitespace scalar), so that no token ends with whitespace.
    @inline(__always)
    static func trimmingTrailingWhitespace(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start {
            let last = b[end - 1]
            // An ASCII byte other than a space or a control space ends no whitespace.
            if last < 0x80 && last != 0x20 && !(0x09...0x0D).contains(last) { return end }
            var lead = end - 1
            while lead > start && b[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard UTF8Scan.isWhitespace(UTF8Scan.scalar(b, at: lead).0) else { return end }
            end = lead
        }
        return end
    }

    /// The byte offset of a `.` inside a letters segment that joins two words with no space:
    /// at least two letters, one of them lower case, before it, and a capital after it
    /// (`өтті.Ел`). Abbreviations and initials (`т.б`, `Н.Ә`, `Қ.Тоқаев`) do not qualify.
    static func missingSpaceAfterStop(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        guard end > start, let base = b.baseAddress, memchr(base + start, 0x2E, end - start) != nil else { return nil }
        var i = start
        var letters = 0
        var sawLower = false
        while i < end {
            let (s, n) = UTF8Scan.scalar(b, at: i)
            if s == "." {
                if letters >= 2 && sawLower && i + 1 < end && UTF8Scan.isUppercaseLetter(UTF8Scan.scalar(b, at: i + 1).0) {
                    return i
                }
                letters = 0
                sawLower = false
            } else {
                letters += 1
                if UTF8Scan.isLowercaseLetter(s) { sawLower = true }
            }
            i += n
        }
        return nil
    }

    /// Converts byte offsets to scalar offsets and fills in `norm`.
    static func finish(
        bytes: UnsafeBufferPointer<UInt8>, raw: inout [RawToken], sentences: [RawSentence], lexicons: TokenizerLexicons
    ) -> ([Token], [Sentence]) {
        var counter = ScalarOffsetCounter(bytes)
        var tokens: [Token] = []
        tokens.reserveCapacity(raw.count)
        var sentenceIndex = 0
        var result: [Sentence] = []
        result.reserveCapacity(sentences.count)
        var sentenceStartScalar = 0
        let legacy = lexicons.latinView.transliterator
        for (index, t) in raw.enumerated() {
            if sentenceIndex < sentences.count && sentences[sentenceIndex].tokens.lowerBound == index {
                sentenceStartScalar = counter.scalarOffset(ofByte: t.start)
            }
            let start = counter.scalarOffset(ofByte: t.start)
            let end = counter.scalarOffset(ofByte: t.end)
            let norm = (t.kind == .word || t.kind == .abbreviation || t.kind == .initial || t.kind == .number)
                ? TokenFold.normalizedToken(bytes[t.start..<t.end], homoglyphs: lexicons.homoglyphs,
                                            legacy: legacy) : nil
            tokens.append(Token(start: start, end: end, utf8Start: t.start, utf8End: t.end, kind: t.kind, norm: norm))
            if sentenceIndex < sentences.count && sentences[sentenceIndex].tokens.upperBound == index + 1 {
                let s = sentences[sentenceIndex]
                result.append(Sentence(
                    start: sentenceStartScalar, end: end,
                    utf8Start: raw[s.tokens.lowerBound].start, utf8End: t.end, tokenRange: s.tokens))
                sentenceIndex += 1
            }
        }
        return (tokens, result)
    }
}

/// An ICU word-break segment that is not whitespace.
struct WordBreakPiece {
    var start: Int
    var end: Int
    var status: Int32
    var spaceBefore: Bool
    var lineBefore: Bool

    var isNumber: Bool { status >= 100 && status < 200 }
    var isLetters: Bool { status >= 200 && status < 500 }
}

/// A token in UTF-8 byte offsets, before conversion to scalar offsets.
struct RawToken {
    var start: Int
    var end: Int
    var kind: TokenKind
    var spaceBefore: Bool
    var lineBefore: Bool
}

/// A sentence as a range of token indices.
struct RawSentence {
    var tokens: Range<Int>
}

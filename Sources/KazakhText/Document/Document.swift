/// One input document: its id, its exact text and, when known, its date.
///
/// The text is never changed: every token, sentence and span points back into it.
///
/// ```swift
/// let doc = Document(id: "d1", text: "Былтыр 62%-ға өсті.")
/// ```
public struct Document: Sendable, Hashable {
    /// Unique within a file; for raw text input the file name (plus line number).
    /// Example: `"seed.txt"`, or `"news.jsonl:12"` for the twelfth line of a `lines` file.
    /// (`"seed.txt"` for the seed article, `Қазақстан Президенті…`.)
    public var id: String
    /// The exact input text; offsets always refer to this string.
    /// Example: `"Былтыр 62%-ға өсті."`.
    public var text: String
    /// ISO date (`2025-10-21`) used to resolve titles to the person in office.
    /// `Қазақстан Президенті` in a text dated `2018-05-01` names Nazarbayev, on `2025-10-21` Tokayev.
    public var date: String?

    /// A document over `text`, which is kept exactly as given.
    ///
    /// ```swift
    /// let doc = Document(id: "n1", text: "Қазақстан Президенті сөз сөйледі.", date: "2025-10-21")
    /// ```
    public init(id: String, text: String, date: String? = nil) {
        self.id = id
        self.text = text
        self.date = date
    }
}

/// What a token is, as far as the tokenizer can tell.
///
/// ```swift
/// let doc = try Tokenizer().tokenize(Document(id: "d", text: "Былтыр 62%-ға өсті."))
/// doc.tokens.map(\.kind)   // [.word, .number, .word, .punctuation]
/// ```
public enum TokenKind: String, Sendable, Hashable, Codable {
    /// Letters, possibly hyphenated (`Көші-қон`, `сондай-ақ`, `АҚШ-пен`).
    case word
    /// Digits, possibly with a decimal separator, `%`, a degree unit and a suffix
    /// (`4,5`, `62%-ға`, `55-ші`, `2°С-тан`).
    case number
    /// An abbreviation from the lexicon that keeps its period (`т.б.`, `млн.`, `ж.`).
    case abbreviation
    /// A capital letter with its period before a name (`Г.` in `Г. Марченко`).
    case initial
    /// Punctuation (`.`, `,`, `«`, `–`, `...`).
    case punctuation
    /// Other symbols (`$`, `₸`, `№`).
    case symbol
    /// A web address (`https://akorda.kz/kk`).
    case url
    /// An e-mail address (`baspasoz@akorda.kz`).
    case email
    /// `#hashtag` or `@mention`.
    case hashtag
}

/// A token: a stretch of the document text, never containing whitespace at its edges.
///
/// `start`/`end` count Unicode scalars (Python's `text[start:end]`); `utf8Start`/`utf8End`
/// are the same edges in UTF-8 bytes, for fast slicing of Swift strings.
///
/// ```swift
/// let doc = try Tokenizer().tokenize(Document(id: "d", text: "Былтыр 62%-ға өсті."))
/// doc.tokens[1].text(in: doc.document.text)   // "62%-ға" (start 7, end 13)
/// ```
public struct Token: Sendable, Hashable {
    /// First Unicode scalar of the token (`7` for `62%-ға` in `Былтыр 62%-ға өсті.`).
    public var start: Int
    /// One past the last Unicode scalar of the token (`13` for `62%-ға` in `Былтыр 62%-ға өсті.`).
    public var end: Int
    /// `start` in UTF-8 bytes (`13` for `62%-ға` in `Былтыр 62%-ға өсті.`: Cyrillic letters take two bytes).
    public var utf8Start: Int
    /// `end` in UTF-8 bytes (`21` for `62%-ға` in `Былтыр 62%-ға өсті.`).
    public var utf8End: Int
    /// What the token is (`.number` for `62%-ға`, `.abbreviation` for `т.б.`).
    public var kind: TokenKind
    /// The normalized form when it differs from the text (`мемлекеттiк` → `мемлекеттік`).
    public var norm: String?

    /// A token at the given scalar and UTF-8 offsets: `Token(start: 7, end: 13, utf8Start: 13,
    /// utf8End: 21, kind: .number)` is `62%-ға` in `Былтыр 62%-ға өсті.`.
    public init(start: Int, end: Int, utf8Start: Int, utf8End: Int, kind: TokenKind, norm: String? = nil) {
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.kind = kind
        self.norm = norm
    }

    /// The token's text, sliced from the document text.
    /// `"62%-ға"` for the second token of `Былтыр 62%-ға өсті.`.
    public func text(in documentText: String) -> Substring {
        let utf8 = documentText.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: utf8Start)
        let to = utf8.index(from, offsetBy: utf8End - utf8Start)
        return documentText[from..<to]
    }
}

/// A sentence: `start`/`end` in Unicode scalars, whitespace around it left outside.
///
/// ```swift
/// let doc = try Tokenizer().tokenize(Document(id: "d", text: "Былтыр 62%-ға өсті. Т.б. мәселелер."))
/// doc.sentences.count          // 2
/// doc.sentences[0].tokenRange  // 0..<4: Былтыр, 62%-ға, өсті, .
/// ```
public struct Sentence: Sendable, Hashable {
    /// First Unicode scalar of the sentence (`0` for `Былтыр 62%-ға өсті.`).
    public var start: Int
    /// One past its last Unicode scalar (`19` for `Былтыр 62%-ға өсті.`).
    public var end: Int
    /// `start` in UTF-8 bytes.
    ///
    /// `0` for `Былтыр 62%-ға өсті.` at the start of a text.
    public var utf8Start: Int
    /// `end` in UTF-8 bytes (`31` for `Былтыр 62%-ға өсті.`).
    public var utf8End: Int
    /// Index of the first token of the sentence and one past its last.
    /// (`0..<4` for `Былтыр 62%-ға өсті.`: four tokens).
    public var tokenRange: Range<Int>

    /// A sentence at the given offsets: `Sentence(start: 0, end: 19, utf8Start: 0, utf8End: 31,
    /// tokenRange: 0..<4)` is `Былтыр 62%-ға өсті.` at the start of a text.
    public init(start: Int, end: Int, utf8Start: Int, utf8End: Int, tokenRange: Range<Int>) {
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.tokenRange = tokenRange
    }
}

/// A tokenized document: tokens and sentences over the unchanged text.
///
/// ```swift
/// let doc = try Tokenizer().tokenize(Document(id: "d", text: "Былтыр 62%-ға өсті. Aстана"))
/// doc.tokens.count      // 5
/// doc.tokens[4].norm    // "Астана" (the Latin A folded)
/// ```
public struct TokenizedDocument: Sendable {
    /// The document tokenized, unchanged (`Былтыр 62%-ға өсті.`).
    public var document: Document
    /// Tokens in text order (`Былтыр`, `62%-ға`, `өсті`, `.`).
    public var tokens: [Token]
    /// Sentences in text order; each names its tokens (`Былтыр 62%-ға өсті.` is tokens `0..<4`).
    public var sentences: [Sentence]

    /// Tokens and sentences over `document`, as ``Tokenizer/tokenize(_:)`` makes them for
    /// `Былтыр 62%-ға өсті.`.
    public init(document: Document, tokens: [Token], sentences: [Sentence]) {
        self.document = document
        self.tokens = tokens
        self.sentences = sentences
    }
}

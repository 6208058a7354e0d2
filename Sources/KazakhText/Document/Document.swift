/// One input document: its id, its exact text and, when known, its date.
///
/// The text is never changed: every token, sentence and span points back into it.
///
/// ```swift
/// let doc = Document(id: "d1", text: "Былтыр 62%-ға өсті.")
/// ```
public struct Document: Sendable, Hashable {
    /// Unique within a file; for raw text input the file name (plus line number).
    public var id: String
    /// The exact input text; offsets always refer to this string.
    public var text: String
    /// ISO date (`2025-10-21`) used to resolve titles to the person in office.
    public var date: String?

    public init(id: String, text: String, date: String? = nil) {
        self.id = id
        self.text = text
        self.date = date
    }
}

/// What a token is, as far as the tokenizer can tell.
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
    case url
    case email
    /// `#hashtag` or `@mention`.
    case hashtag
}

/// A token: a stretch of the document text, never containing whitespace at its edges.
///
/// `start`/`end` count Unicode scalars (Python's `text[start:end]`); `utf8Start`/`utf8End`
/// are the same edges in UTF-8 bytes, for fast slicing of Swift strings.
public struct Token: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var utf8Start: Int
    public var utf8End: Int
    public var kind: TokenKind
    /// The normalized form when it differs from the text (`мемлекеттiк` → `мемлекеттік`).
    public var norm: String?

    public init(start: Int, end: Int, utf8Start: Int, utf8End: Int, kind: TokenKind, norm: String? = nil) {
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.kind = kind
        self.norm = norm
    }

    /// The token's text, sliced from the document text.
    public func text(in documentText: String) -> Substring {
        let utf8 = documentText.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: utf8Start)
        let to = utf8.index(from, offsetBy: utf8End - utf8Start)
        return documentText[from..<to]
    }
}

/// A sentence: `start`/`end` in Unicode scalars, whitespace around it left outside.
public struct Sentence: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var utf8Start: Int
    public var utf8End: Int
    /// Index of the first token of the sentence and one past its last.
    public var tokenRange: Range<Int>

    public init(start: Int, end: Int, utf8Start: Int, utf8End: Int, tokenRange: Range<Int>) {
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.tokenRange = tokenRange
    }
}

/// A tokenized document: tokens and sentences over the unchanged text.
public struct TokenizedDocument: Sendable {
    public var document: Document
    public var tokens: [Token]
    public var sentences: [Sentence]

    public init(document: Document, tokens: [Token], sentences: [Sentence]) {
        self.document = document
        self.tokens = tokens
        self.sentences = sentences
    }
}

/// Text normalization that never changes the document: it gives a *view* (the folded text
/// plus a map from every folded scalar back to the original offsets).
///
/// Folds: NFC; look-alike letters inside Cyrillic words to Cyrillic from `homoglyphs.tsv`
/// (`мемлекеттiк` → `мемлекеттік`, `жаhан` → `жаһан`, `Aстана` → `Астана`, `ə` → `ә`);
/// legacy-font letters in words they make Kazakh (`Јзірбайжан` → `Әзірбайжан`,
/// `legacy-fonts.tsv`); Latin Kazakh words of a Latin document to Cyrillic (`LatinView`).
/// Look-alikes are folded only in words with a Cyrillic letter; a Latin word is read as Cyrillic
/// only in a Latin Kazakh document and when it is Kazakh (`Qazaqstan` → `Қазақстан`, `Apple` stays).
///
/// ```swift
/// let view = try Normalizer().normalize(Document(id: "d", text: "мемлекеттiк тiл"))
/// view.text                 // "мемлекеттік тіл"
/// view.sourceRange(of: 9..<10)  // 9..<10 in the original
/// ```
public struct Normalizer: Sendable {
    /// The tokenizer whose tokens are folded (`мемлекеттiк` is one word token).
    public let tokenizer: Tokenizer

    /// A normalizer over an existing tokenizer (one `Tokenizer()` serves both for `мемлекеттiк тiл`).
    public init(tokenizer: Tokenizer) {
        self.tokenizer = tokenizer
    }

    /// A normalizer with the bundled lexicons (`homoglyphs.tsv` maps Latin `i` to `і`).
    public init() throws {
        self.tokenizer = try Tokenizer()
    }

    /// The normalized view of the whole document.
    /// (`мемлекеттiк тiл` → `мемлекеттік тіл`.)
    public func normalize(_ document: Document) throws(TokenizerError) -> NormalizedView {
        let tokenized = try tokenizer.tokenize(document)
        return NormalizedView(tokenized)
    }
}

/// Normalized text with a map back to the original document.
/// (`мемлекеттiк тiл` gives the text `мемлекеттік тіл` and a map back to the original.)
public struct NormalizedView: Sendable {
    /// The folded text.
    /// (`мемлекеттік тіл` for `мемлекеттiк тiл`.)
    public let text: String
    /// For each scalar of `text`, the scalar range it came from in the original.
    private let sourceStarts: [Int]
    private let sourceEnds: [Int]
    /// Length of the original text in Unicode scalars (`15` for `мемлекеттiк тiл`).
    public let originalLength: Int

    /// The view of an already tokenized document (the tokens of `мемлекеттiк тiл` carry the
    /// folded forms the view joins).
    public init(_ doc: TokenizedDocument) {
        var out = String.UnicodeScalarView()
        var starts: [Int] = []
        var ends: [Int] = []
        let original = Array(doc.document.text.unicodeScalars)
        var position = 0
        for token in doc.tokens {
            guard let norm = token.norm else { continue }
            while position < token.start {
                out.append(original[position]); starts.append(position); ends.append(position + 1); position += 1
            }
            let normScalars = Array(norm.unicodeScalars)
            let sameLength = normScalars.count == token.end - token.start
            for (k, s) in normScalars.enumerated() {
                out.append(s)
                if sameLength { starts.append(token.start + k); ends.append(token.start + k + 1) }
                else { starts.append(token.start); ends.append(token.end) }
            }
            position = token.end
        }
        while position < original.count {
            out.append(original[position]); starts.append(position); ends.append(position + 1); position += 1
        }
        text = String(out)
        sourceStarts = starts
        sourceEnds = ends
        originalLength = original.count
    }

    /// The original scalar range that the folded scalar range `range` came from.
    /// (`12..<15`, `тіл` in the folded text, comes from `12..<15`, `тiл`, in `мемлекеттiк тiл`.)
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let s = range.lowerBound < sourceStarts.count ? sourceStarts[range.lowerBound] : originalLength
            return s..<s
        }
        return sourceStarts[range.lowerBound]..<sourceEnds[range.upperBound - 1]
    }
}

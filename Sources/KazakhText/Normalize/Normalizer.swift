import ICUBridge

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

    /// The normalized form of one token's bytes, or nil when it is unchanged.
    /// With `legacy`, a word with letters of a legacy 8-bit font (`Јзірбайжан`) is repaired
    /// when that makes it Kazakh (`KazakhTransliterator.repairedLegacyFont`).
    static func normalizedToken(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence, homoglyphs: [Unicode.Scalar: Unicode.Scalar],
                                legacy: KazakhTransliterator? = nil) -> String? {
        var hasCyrillic = false
        var hasCandidate = false
        var needsNFCCheck = false
        var hasLegacy = false
        let base = bytes.base.baseAddress!
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let byte = base[i]
            if byte >= 0xD0 && byte <= 0xD3 {
                hasCyrillic = true
                if i + 1 < end {
                    let next = base[i + 1]
                    // ӊ Ӊ Ӏ are Cyrillic code points that still fold.
                    if byte == 0xD3 && (next == 0x80 || next == 0x89 || next == 0x8A) { hasCandidate = true }
                    // Ѐ–Џ and ѐ–џ but Ё ё І і, and Ґ ґ: the stand-ins of legacy fonts.
                    if byte == 0xD0 ? next < 0x90 && next != 0x81 && next != 0x86
                        : byte == 0xD1 ? next >= 0x90 && next != 0x91 && next != 0x96
                        : byte == 0xD2 && (next == 0x90 || next == 0x91) { hasLegacy = true }
                }
                i += 2
                continue
            }
            if byte < 0x80 {
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { hasCandidate = true }
            } else if byte == 0xC6 || byte == 0xC9 {
                hasCandidate = true
            } else if byte == 0xCC || byte == 0xCD || byte >= 0xE0 {
                needsNFCCheck = true
            }
            i += 1
        }
        var folded: String? = nil
        if hasLegacy, let legacy {
            folded = legacy.repairedLegacyFont(String(decoding: bytes, as: UTF8.self))
        }
        if hasCyrillic && hasCandidate {
            var out = String.UnicodeScalarView()
            var changed = false
            for scalar in (folded ?? String(decoding: bytes, as: UTF8.self)).unicodeScalars {
                if let target = homoglyphs[scalar] { out.append(target); changed = true } else { out.append(scalar) }
            }
            if changed { folded = String(out) }
        }
        if needsNFCCheck {
            let source = folded.map { Array($0.utf8) } ?? Array(bytes)
            if let nfc = Self.nfc(source) { folded = nfc }
        }
        return folded
    }

    /// The NFC form of UTF-8 bytes, or nil when they are already NFC.
    static func nfc(_ utf8: [UInt8]) -> String? {
        let isNFC = utf8.withUnsafeBufferPointer { p in
            kt_is_nfc_utf8(UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(p.count))
        }
        guard isNFC == 0 else { return nil }
        var capacity = utf8.count * 3 + 16
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            let written = utf8.withUnsafeBufferPointer { p in
                out.withUnsafeMutableBufferPointer { o in
                    kt_nfc_utf8(UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(p.count),
                                UnsafeMutableRawPointer(o.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(capacity))
                }
            }
            if written < 0 { return nil }
            if Int(written) <= capacity { return String(decoding: out[0..<Int(written)], as: UTF8.self) }
            capacity = Int(written)
        }
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

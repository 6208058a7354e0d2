/// The Cyrillic view of a Latin Kazakh document: each Latin Kazakh word token gets its
/// Cyrillic transliteration as `norm`, so every recognizer reads Cyrillic while every offset
/// still points into the Latin text. Foreign words (`Sputnik`, `World Economic Outlook`) and
/// Cyrillic documents are left as they are.
///
/// ```swift
/// // "Qazaqstan Prezıdenti Q.Toqaev" (2018): norms "Қазақстан", "Президенті", "Қ.Тоқаев"
/// ```
struct LatinView: Sendable {
    let transliterator: KazakhTransliterator
    /// The norm of each Latin word spelling met in a document of each alphabet, at a sentence
    /// start or not (2021, 2021 opening, 2018, 2018 opening); "" for none.
    let folded: [WordCache<String>]
    /// `evidence` of each word spelling met.
    let evidenceCache = WordCache<Int>(capacity: 50_000)

    init(transliterator: KazakhTransliterator) {
        self.transliterator = transliterator
        folded = (0..<4).map { _ in WordCache<String>(capacity: 50_000) }
    }

    /// The Latin alphabet of the document when it is written in Latin Kazakh, else nil. A
    /// Cyrillic document is told by one byte per word token: more words start with a Cyrillic
    /// letter than with a Latin one.
    func documentAlphabet(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> LatinAlphabet? {
        var latinStarts = 0, cyrillicStarts = 0
        for t in tokens where t.kind == .word {
            let b = bytes[t.utf8Start]
            if b >= 0xD0 && b <= 0xD3 { cyrillicStarts += 1 } else if b < 0x80 || (b >= 0xC3 && b <= 0xC9) { latinStarts += 1 }
        }
        guard latinStarts > cyrillicStarts else { return nil }
        var latinWords = 0, kazakhWords = 0, only2018 = 0, only2021 = 0
        // The first 400 Latin-looking words tell enough; each spelling's evidence is remembered.
        for t in tokens where t.kind == .word && latinWords < 400 {
            let key = UnsafeBufferPointer(rebasing: bytes[t.utf8Start..<t.utf8End])
            let evidence: Int
            if let hit = evidenceCache.cached(bytes: key) { evidence = hit } else {
                let text = Self.word(t, bytes)
                evidence = Self.evidence(LetterProfile(text.unicodeScalars))
                evidenceCache.store(evidence, for: String(text))
            }
            guard evidence & 1 != 0 else { continue }
            latinWords += 1
            if evidence & 2 != 0 { kazakhWords += 1 }
            only2018 += (evidence >> 2) & 0xFF
            only2021 += evidence >> 10
        }
        // English or another Latin language: few words with a Kazakh-only letter.
        guard latinWords > 0, kazakhWords * 5 >= latinWords else { return nil }
        return only2018 > only2021 ? .latn2018 : .latn2021
    }

    /// A word's evidence for `documentAlphabet`, packed: bit 0 Latin ahead of Cyrillic, bit 1 a
    /// Kazakh-only letter, then the counts of 2018-only letters (8 bits) and 2021-only letters.
    static func evidence(_ p: LetterProfile) -> Int {
        (p.latin > p.cyrillic ? 1 : 0) | (p.hasKazakhLatinLetter ? 2 : 0) | min(p.only2018, 0xFF) << 2 | min(p.only2021, 0xFF) << 10
    }

    /// Sets `norm` on the Latin Kazakh tokens of a Latin Kazakh document; returns its alphabet
    /// (nil, and nothing changed, for any other document).
    @discardableResult
    func fold(_ tokens: inout [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> LatinAlphabet? {
        guard let alphabet = documentAlphabet(tokens, bytes) else { return nil }
        for i in tokens.indices {
            let kind = tokens[i].kind
            guard kind == .word || kind == .abbreviation || kind == .initial || kind == .number else { continue }
            if kind == .number {
                if let norm = numberSuffix(Self.word(tokens[i], bytes), alphabet) { tokens[i].norm = norm }
                continue
            }
            // Spellings repeat: each is classified once per alphabet and sentence position.
            let opens = Self.opensSentence(tokens, i, bytes)
            let cache = folded[(alphabet == .latn2018 ? 2 : 0) + (opens ? 1 : 0)]
            let norm: String
            if let hit = cache.cached(bytes: UnsafeBufferPointer(rebasing: bytes[tokens[i].utf8Start..<tokens[i].utf8End])) {
                norm = hit
            } else {
                let text = Self.word(tokens[i], bytes)
                norm = classify(text, alphabet, opensSentence: opens).1 ?? ""
                cache.store(norm, for: String(text))
            }
            if !norm.isEmpty { tokens[i].norm = norm }
        }
        return alphabet
    }

    /// The script of one word in a document written in `alphabet` (nil: not a Latin Kazakh
    /// document), and its Cyrillic form when that differs from the word.
    /// A capital that only opens a sentence or a quotation (`Eksport` in `«Eksport 62%-ǵa ósti»`)
    /// says nothing about the word: with `opensSentence` it is read like a lower-case word.
    func classify(_ word: Substring, _ alphabet: LatinAlphabet?, opensSentence: Bool = false) -> (WordScript, String?) {
        let p = LetterProfile(word.unicodeScalars)
        if p.arabic > 0 && p.arabic >= p.latin + p.cyrillic { return (.arabic, nil) }
        if p.latin == 0 {
            if p.legacy > 0 { return (.legacyFont, nil) }
            return (p.cyrillic > 0 ? .cyrillic : .other, nil)
        }
        if p.cyrillic >= p.latin { return (.cyrillic, nil) }
        let own = p.alphabet
        let script: WordScript = p.cyrillic > 0 ? .mixed : own == .latn2018 ? .latin2018 : own == .latn2021 ? .latin2021 : .latinKazakh
        guard let use = own ?? alphabet else { return (p.hasKazakhLatinLetter ? script : .latinForeign, nil) }
        let cyrillic = transliterator.cyrillic(String(word), from: use)
        let kazakh = p.hasKazakhLatinLetter || p.cyrillic > 0 || p.lowerInitial || opensSentence || !p.foreignShape
            || transliterator.isKnown(cyrillic: cyrillic) || transliterator.hasSurnameEnding(cyrillic: cyrillic)
        guard kazakh else { return (.latinForeign, nil) }
        return (script, cyrillic == word ? nil : cyrillic)
    }

    /// Token `i` is the first of the text or follows a full stop, `!`, `?`, an opening
    /// quotation mark, a colon or a dash.
    static func opensSentence(_ tokens: [Token], _ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0 else { return true }
        let previous = tokens[i - 1]
        guard previous.kind == .punctuation else { return false }
        return openers.contains(word(previous, bytes))
    }

    static let openers: Set<Substring> = [".", "!", "?", "«", "\"", "“", "„", ":", "–", "—", "-", "..."]

    /// `55-shi` → `55-ші`, `62%-ǵa` → `62%-ға`: the letters after a number's last hyphen.
    func numberSuffix(_ text: Substring, _ alphabet: LatinAlphabet) -> String? {
        guard let dash = text.lastIndex(of: "-") else { return nil }
        let suffix = text[text.index(after: dash)...]
        guard !suffix.isEmpty, LetterProfile(suffix.unicodeScalars).latin > 0 else { return nil }
        return String(text[...dash]) + transliterator.cyrillic(String(suffix), from: alphabet)
    }

    /// The script report of a tokenized document (what `normalize` prints).
    func report(_ doc: TokenizedDocument) -> ScriptReport {
        var text = doc.document.text
        return text.withUTF8 { bytes in
            let alphabet = documentAlphabet(doc.tokens, bytes)
            var report = ScriptReport(document: .other)
            for (k, t) in doc.tokens.enumerated() where t.kind == .word || t.kind == .abbreviation || t.kind == .initial {
                let (script, _) = classify(Self.word(t, bytes), alphabet, opensSentence: Self.opensSentence(doc.tokens, k, bytes))
                report.wordCounts[script, default: 0] += 1
                report.tokenScripts[k] = script
            }
            if let alphabet {
                report.document = alphabet == .latn2018 ? .latin2018 : .latin2021
            } else {
                let ranked: [WordScript] = [.cyrillic, .arabic, .latinForeign]
                report.document = ranked.max { report.wordCounts[$0, default: 0] < report.wordCounts[$1, default: 0] } ?? .other
                if report.wordCounts[report.document, default: 0] == 0 { report.document = .other }
            }
            return report
        }
    }

    @inline(__always)
    static func word(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Substring {
        Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[t.utf8Start..<t.utf8End]), as: UTF8.self))
    }
}

/// What `kaztext transliterate` converts to: `cyrl` (`Qazaqstan` → `Қазақстан`), `latn2021`
/// (`Қазақстан` → `Qazaqstan`, `Ішкі` → `Işkı`) or `latn2018` (`Ішкі` → `Ishki`).
public enum TransliterationTarget: String, Sendable, CaseIterable {
    /// Cyrillic (`Qazaqstan` → `Қазақстан`).
    case cyrl
    /// The 2021 Latin alphabet (`Қазақстан` → `Qazaqstan`, `мемлекеттік` → `memlekettık`).
    case latn2021
    /// The 2018 Latin alphabet with acute accents (`Әлем` → `Álem`).
    case latn2018
}

/// A whole text in another script, with the words that changed and where they are in both.
///
/// ```swift
/// let t = view.transliterate(tokenized, to: .latn2021)   // "Қазақстан 62%-ға" → "Qazaqstan 62%-ğa"
/// t.changes[0]   // source 0..<9, target 0..<9
/// ```
public struct Transliteration: Sendable {
    /// The converted text (`Qazaqstan 62%-ğa` for `Қазақстан 62%-ға`).
    public var text: String
    /// Each changed token: its scalar range in the source text and in `text`, in order
    /// (`Қазақстан` 0..<9 became `Qazaqstan` 0..<9).
    public var changes: [(source: Range<Int>, target: Range<Int>)]

    /// The offset in `text` of source offset `offset`: outside a changed token it moves with the
    /// tokens before it; inside one it keeps its distance from the token's start, at most the
    /// token's new length.
    func targetOffset(of offset: Int) -> Int {
        var shift = 0
        for c in changes {
            if offset < c.source.lowerBound { break }
            if offset < c.source.upperBound {
                return c.target.lowerBound + min(offset - c.source.lowerBound, c.target.count)
            }
            shift = c.target.upperBound - c.source.upperBound
        }
        return offset + shift
    }
}

extension LatinView {
    /// The whole document in `target`: to Cyrillic, each Latin Kazakh word (foreign words stay);
    /// to Latin, each token with a Cyrillic letter (look-alikes folded first). Whitespace,
    /// punctuation and digits are kept.
    func transliterate(_ doc: TokenizedDocument, to target: TransliterationTarget) -> Transliteration {
        var source = doc.document.text
        return source.withUTF8 { bytes in
            let alphabet = target == .cyrl ? documentAlphabet(doc.tokens, bytes) : nil
            var out = String.UnicodeScalarView()
            var changes: [(Range<Int>, Range<Int>)] = []
            var copied = 0
            var outCount = 0
            let scalars = doc.document.text.unicodeScalars
            var index = scalars.startIndex
            func copy(upTo end: Int) {
                while copied < end { out.append(scalars[index]); index = scalars.index(after: index); copied += 1; outCount += 1 }
            }
            for (k, t) in doc.tokens.enumerated() {
                guard let converted = convert(k, doc.tokens, bytes, target, alphabet) else { continue }
                copy(upTo: t.start)
                let length = converted.unicodeScalars.count
                out.append(contentsOf: converted.unicodeScalars)
                changes.append((t.start..<t.end, outCount..<(outCount + length)))
                outCount += length
                while copied < t.end { index = scalars.index(after: index); copied += 1 }
            }
            copy(upTo: doc.document.text.unicodeScalars.count)
            return Transliteration(text: String(out), changes: changes)
        }
    }

    /// One token in `target`, or nil when it stays as written.
    private func convert(_ index: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>,
                         _ target: TransliterationTarget, _ alphabet: LatinAlphabet?) -> String? {
        let t = tokens[index]
        let text = Self.word(t, bytes)
        if target == .cyrl {
            if t.kind == .number { return alphabet.flatMap { numberSuffix(text, $0) } }
            guard t.kind == .word || t.kind == .abbreviation || t.kind == .initial || t.kind == .hashtag else { return nil }
            return classify(text, alphabet, opensSentence: Self.opensSentence(tokens, index, bytes)).1
        }
        let form = t.norm ?? String(text)
        guard LetterProfile(Substring(form).unicodeScalars).cyrillic > 0 else { return nil }
        let latin = transliterator.latin(form, to: target == .latn2018 ? .latn2018 : .latn2021)
        return latin == text ? nil : latin
    }
}

extension Transliteration {
    /// The source offset of offset `offset` of `text`; an offset inside a changed token goes to
    /// the token's start, or, for the end of a range (`isEnd`), to its end.
    func sourceOffset(of offset: Int, isEnd: Bool) -> Int {
        var shift = 0
        for c in changes {
            if offset < c.target.lowerBound || (isEnd && offset == c.target.lowerBound) { break }
            if offset < c.target.upperBound || (isEnd && offset == c.target.upperBound) {
                return isEnd ? c.source.upperBound : c.source.lowerBound
            }
            shift = c.source.upperBound - c.target.upperBound
        }
        return offset + shift
    }

    /// A span of `text` moved back onto the source text (its speaker too).
    func sourceSpan(_ span: Span) -> Span {
        var s = span
        s.start = sourceOffset(of: span.start, isEnd: false)
        s.end = sourceOffset(of: span.end, isEnd: true)
        if let speaker = span.speaker {
            s.speaker = sourceOffset(of: speaker.lowerBound, isEnd: false)..<sourceOffset(of: speaker.upperBound, isEnd: true)
        }
        return s
    }

    /// A span of the source text moved onto `text`.
    func targetSpan(_ span: Span) -> Span {
        var s = span
        s.start = targetOffset(of: span.start)
        s.end = max(s.start, targetOffset(of: span.end))
        return s
    }
}

extension LatinView {
    /// The document text with each token's `norm` in place of its spelling (the Cyrillic text
    /// the recognizers read), or nil when no token has a norm.
    func normalizedText(_ doc: TokenizedDocument) -> Transliteration? {
        guard doc.tokens.contains(where: { $0.norm != nil }) else { return nil }
        var out: [UInt8] = []
        var changes: [(Range<Int>, Range<Int>)] = []
        var text = doc.document.text
        text.withUTF8 { bytes in
            out.reserveCapacity(bytes.count + bytes.count / 4)
            var copiedByte = 0, shift = 0
            for t in doc.tokens {
                guard let norm = t.norm else { continue }
                out.append(contentsOf: bytes[copiedByte..<t.utf8Start])
                let length = norm.unicodeScalars.count
                let start = t.start + shift
                out.append(contentsOf: norm.utf8)
                changes.append((t.start..<t.end, start..<(start + length)))
                shift += length - (t.end - t.start)
                copiedByte = t.utf8End
            }
            out.append(contentsOf: bytes[copiedByte...])
        }
        return Transliteration(text: String(decoding: out, as: UTF8.self), changes: changes)
    }
}

import Synchronization

/// What the recognizers ask of every token, worked out once per distinct spelling.
///
/// Words repeat (Zipf): most tokens of a text are spellings met before. Their lower-cased form
/// (`Тоқаевтың` → `тоқаевтың`), whether they start with a capital, and the cheap tests that
/// decide which rules look at them (`миллиардқа`, `62%-ға` may start a number, `министрі` a
/// post) are the same every time, so a repeated token costs one hash lookup and shares one
/// remembered object (a class: every token of the spelling holds one reference, not two
/// strings).
final class TokenWord: Sendable {
    /// The token as written.
    let text: String
    /// Lower-cased, after normalization (look-alike Latin letters) when the token has a `norm`.
    let lower: String
    /// Starts with an upper-case letter.
    let capitalized: Bool
    /// The number rules look at a token with this spelling (the `startsNumber` question the
    /// vocabulary was built with: `QuantityRecognizer.mayStartExpression`).
    let mayStartNumber: Bool
    /// A word token with this spelling may start a post (the `startsPost` question the vocabulary
    /// was built with: `LeaderRecognizer.mayStartPost(.word, _)`).
    let mayStartPostAsWord: Bool

    /// One recognizer's remembered facts about the spelling (for the leader rules, their
    /// `LeaderWordFeatures`), once some thread has asked: a retained object, or 0. The vocabulary
    /// does not know the object's type; the recognizer that attaches it reads it back as its own.
    private let attachment = Atomic<UInt>(0)

    init(text: String, lower: String, capitalized: Bool, mayStartNumber: Bool, mayStartPostAsWord: Bool) {
        self.text = text
        self.lower = lower
        self.capitalized = capitalized
        self.mayStartNumber = mayStartNumber
        self.mayStartPostAsWord = mayStartPostAsWord
    }

    deinit {
        let raw = attachment.load(ordering: .acquiring)
        if raw != 0 { Unmanaged<AnyObject>.fromOpaque(UnsafeRawPointer(bitPattern: raw)!).release() }
    }

    /// The attached object, if any. Only one recognizer attaches to the vocabulary's words, and it
    /// reads back the type it attached.
    @inline(__always)
    func attachment<Object: AnyObject & Sendable>(as type: Object.Type) -> Object? {
        let raw = attachment.load(ordering: .acquiring)
        guard raw != 0 else { return nil }
        return Unmanaged<Object>.fromOpaque(UnsafeRawPointer(bitPattern: raw)!).takeUnretainedValue()
    }

    /// Attaches `object` (the first of two threads to get here wins; both computed the same facts).
    func attach<Object: AnyObject & Sendable>(_ object: Object) {
        let raw = UInt(bitPattern: Unmanaged.passRetained(object).toOpaque())
        if !attachment.compareExchange(expected: 0, desired: raw, ordering: .acquiringAndReleasing).exchanged {
            Unmanaged<Object>.fromOpaque(UnsafeRawPointer(bitPattern: raw)!).release()
        }
    }
}

/// The `TokenWord`s of the tokens met so far, keyed by the token's bytes; bounded, and shared by
/// the threads of one `Extractor`.
final class TokenWords: Sendable {
    private let cache = WordCache<TokenWord>(capacity: 100_000)
    private let startsNumber: @Sendable (String) -> Bool
    private let startsPost: @Sendable (String) -> Bool

    /// - Parameters:
    ///   - startsNumber: whether the number rules look at a lower-cased spelling (`миллиардқа`).
    ///   - startsPost: whether a word of that spelling may start a post (`министрі`).
    init(startsNumber: @escaping @Sendable (String) -> Bool, startsPost: @escaping @Sendable (String) -> Bool) {
        self.startsNumber = startsNumber
        self.startsPost = startsPost
    }

    /// The word of token `t` of the text `b` (its UTF-8).
    @inline(__always)
    func word(_ t: Token, in b: UnsafeBufferPointer<UInt8>) -> TokenWord {
        let bytes = UnsafeBufferPointer(rebasing: b[t.utf8Start..<t.utf8End])
        // A normalized token is looked at through its `norm`: its facts are not those of its bytes
        // but those of the norm's spelling (its text is the norm), so it is remembered under the norm.
        if let norm = t.norm {
            if let hit = cache.cached(norm) { return hit }
            let w = make(bytes, norm: norm)
            cache.store(w, for: norm)
            return w
        }
        if let hit = cache.cached(bytes: bytes) { return hit }
        let w = make(bytes, norm: nil)
        cache.store(w, for: w.text)
        return w
    }

    private func make(_ bytes: UnsafeBufferPointer<UInt8>, norm: String?) -> TokenWord {
        let capitalized = !bytes.isEmpty && UTF8Scan.isUppercaseLetter(UTF8Scan.scalar(bytes, at: 0).0)
        let lower = norm.map(FastCase.lowercased) ?? FastCase.lowercased(bytes[...])
        // A word already in lower case shares the lower-cased string.
        // A normalized token is spelled as its norm (a Latin Kazakh word in Cyrillic: `Q.Toqaev` → `Қ.Тоқаев`).
        let text = norm ?? (!capitalized && UTF8Key.same(lower, bytes[...]) ? lower : String(decoding: bytes, as: UTF8.self))
        return TokenWord(text: text, lower: lower, capitalized: capitalized,
                         mayStartNumber: startsNumber(lower), mayStartPostAsWord: startsPost(lower))
    }
}

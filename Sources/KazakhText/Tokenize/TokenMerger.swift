/// The Kazakh merge rules that turn ICU word-break segments into tokens (see `Tokenizer`).
struct TokenMerger {
    let b: UnsafeBufferPointer<UInt8>
    /// The pieces, owned by the caller for the merger's lifetime (a URL that ends inside a
    /// piece shortens that piece in place).
    let pieces: UnsafeMutableBufferPointer<WordBreakPiece>
    let lexicons: TokenizerLexicons
    private var tokens: [RawToken] = []

    init(bytes: UnsafeBufferPointer<UInt8>, pieces: UnsafeMutableBufferPointer<WordBreakPiece>, lexicons: TokenizerLexicons) {
        self.b = bytes
        self.pieces = pieces
        self.lexicons = lexicons
    }

    mutating func run() -> [RawToken] {
        tokens.reserveCapacity(pieces.count)
        var i = 0
        while i < pieces.count {
            let p = pieces[i]
            let (end, kind): (Int, TokenKind)
            if !attached(i + 1) && !p.isLetters && !p.isNumber && !(p.spaceBefore && (piece(i, is: "#") || piece(i, is: "@"))) {
                (end, kind) = (p.end, plainKind(p))
            } else if piece(i, is: "%") {
                (end, kind) = number(at: i) ?? (p.end, plainKind(p))
            } else if !attached(i + 1) && !(p.isLetters && b[p.start] | 0x20 == 0x77) {
                // Fast path: a word or number followed by space (most tokens); only `www.` URLs
                // can start such a piece and still need a rule.
                (end, kind) = (p.end, p.isNumber ? .number : p.isLetters ? .word : plainKind(p))
            } else {
                (end, kind) = url(at: i) ?? email(at: i) ?? hashtag(at: i) ?? number(at: i)
                    ?? initial(at: i) ?? abbreviation(at: i) ?? ellipsis(at: i) ?? hyphenated(at: i) ?? unitPower(at: i)
                    ?? (p.end, plainKind(p))
            }
            tokens.append(RawToken(start: p.start, end: end, kind: kind, spaceBefore: p.spaceBefore, lineBefore: p.lineBefore))
            i += 1
            while i < pieces.count && pieces[i].end <= end { i += 1 }
            if i < pieces.count && pieces[i].start < end {
                // A URL ended inside an ICU segment: the rest of the segment is its own piece.
                pieces[i].start = end
                pieces[i].spaceBefore = false
                pieces[i].lineBefore = false
            }
        }
        return tokens
    }

    // MARK: - piece tests

    /// The piece's bytes equal this ASCII string.
    private func piece(_ i: Int, is ascii: StaticString) -> Bool {
        guard i < pieces.count else { return false }
        let p = pieces[i]
        guard p.end - p.start == ascii.utf8CodeUnitCount else { return false }
        let s = ascii.utf8Start
        for k in 0..<(p.end - p.start) where b[p.start + k] != s[k] { return false }
        return true
    }

    /// Piece `i` exists and touches the previous one (no whitespace between).
    private func attached(_ i: Int) -> Bool {
        i < pieces.count && !pieces[i].spaceBefore
    }

    private func firstScalar(_ i: Int) -> Unicode.Scalar { UTF8Scan.scalar(b, at: pieces[i].start).0 }

    private func scalarCount(_ i: Int) -> Int { UTF8Scan.scalarCount(b, pieces[i].start, pieces[i].end) }

    private func plainKind(_ p: WordBreakPiece) -> TokenKind {
        if p.isNumber { return .number }
        if p.isLetters { return .word }
        let s = UTF8Scan.scalar(b, at: p.start).0
        switch s.value {
        case 0x21...0x2F, 0x3A...0x3F, 0x5B...0x5D, 0x5F, 0x7B, 0x7D, 0xAB, 0xBB, 0x2010...0x2027:
            return s == "#" || s == "$" || s == "%" || s == "&" || s == "*" || s == "+" || s == "<" || s == "=" || s == ">"
                ? .symbol : .punctuation
        default: break
        }
        if s.properties.numericType != nil && s.properties.generalCategory == .decimalNumber { return .number }
        if s.properties.isAlphabetic { return .word }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .symbol
        }
    }

    // MARK: - rules

    /// Trailing marks a URL gives back; compared as scalars (a byte test took the BB of `л`,
    /// D0 BB, for the second byte of `»` and cut the letter in two).
    private static let urlTrailing: Set<Unicode.Scalar> = Set(".,;:!?)»\"'".unicodeScalars)

    /// `https://…`, `http://…`, `www.…` up to whitespace, without trailing punctuation.
    private func url(at i: Int) -> (Int, TokenKind)? {
        let p = pieces[i]
        guard p.isLetters || p.isNumber, b[p.start] < 0x80 else { return nil }
        let startsWithWWW = p.end - p.start > 4 && b[p.start] | 0x20 == 0x77 && b[p.start + 1] | 0x20 == 0x77
            && b[p.start + 2] | 0x20 == 0x77 && b[p.start + 3] == 0x2E
        let schemeFollows = attached(i + 1) && piece(i + 1, is: ":") && p.end + 2 < b.count
            && b[p.end + 1] == 0x2F && b[p.end + 2] == 0x2F
        guard startsWithWWW || schemeFollows else { return nil }
        var end = p.start
        while end < b.count {
            let (s, n) = UTF8Scan.scalar(b, at: end)
            if UTF8Scan.isWhitespace(s) || s == "«" || s == "»" { break }
            end += n
        }
        while end > p.end {
            var last = end - 1
            while last > p.end && b[last] & 0xC0 == 0x80 { last -= 1 }
            guard Self.urlTrailing.contains(UTF8Scan.scalar(b, at: last).0) else { break }
            end = last
        }
        return (end, .url)
    }

    /// `name@domain.kz`: a word, `@`, and a domain with a dot, all touching.
    private func email(at i: Int) -> (Int, TokenKind)? {
        guard pieces[i].isLetters || pieces[i].isNumber, attached(i + 1), piece(i + 1, is: "@"), attached(i + 2) else { return nil }
        var j = i + 2
        var sawDot = false
        var end = pieces[j].end
        while attached(j) && (pieces[j].isLetters || pieces[j].isNumber || piece(j, is: ".") || piece(j, is: "-")) {
            if b[pieces[j].start..<pieces[j].end].contains(0x2E) { sawDot = true }
            if pieces[j].isLetters || pieces[j].isNumber { end = pieces[j].end }
            j += 1
        }
        return sawDot ? (end, .email) : nil
    }

    /// `#тег` or `@user` after whitespace or at the start.
    private func hashtag(at i: Int) -> (Int, TokenKind)? {
        guard pieces[i].spaceBefore, piece(i, is: "#") || piece(i, is: "@"), attached(i + 1),
              pieces[i + 1].isLetters || pieces[i + 1].isNumber else { return nil }
        var j = i + 1
        var end = pieces[j].end
        while attached(j + 1) && (piece(j + 1, is: "_") || pieces[j + 1].isLetters || pieces[j + 1].isNumber) {
            j += 1
            end = pieces[j].end
        }
        return (end, .hashtag)
    }

    /// Digits with `%`, a degree unit (`°С`) and a hyphen + suffix chain: `62%-ға`, `55-ші`.
    private func number(at i: Int) -> (Int, TokenKind)? {
        if piece(i, is: "%"), attached(i + 1), piece(i + 1, is: "-"), attached(i + 2), pieces[i + 2].isLetters,
           lexicons.isSuffixChain(b[pieces[i + 2].start..<pieces[i + 2].end]) {
            return (pieces[i + 2].end, .symbol)   // `74 , 9 %-ы`: the percent sign keeps its suffix
        }
        guard pieces[i].isNumber else { return nil }
        if let date = isoDate(at: i) { return (date, .number) }
        var j = i
        if attached(j + 1) && (piece(j + 1, is: "%") || piece(j + 1, is: "‰")) {
            j += 1
        } else if attached(j + 1) && piece(j + 1, is: "°") && attached(j + 2) && pieces[j + 2].isLetters && scalarCount(j + 2) <= 2 {
            j += 2
        } else if attached(j + 1) && piece(j + 1, is: "°") {
            j += 1
        }
        if attached(j + 1) && piece(j + 1, is: "-") && attached(j + 2) && pieces[j + 2].isLetters
            && lexicons.isSuffixChain(b[pieces[j + 2].start..<pieces[j + 2].end]) {
            j += 2
        }
        return j == i ? nil : (pieces[j].end, .number)
    }

    /// An ISO date `2025-10-21` is one token (a range `2008-2009` stays three).
    private func isoDate(at i: Int) -> Int? {
        func digits(_ k: Int, _ n: Int) -> Bool {
            guard k < pieces.count, pieces[k].end - pieces[k].start == n else { return false }
            return (pieces[k].start..<pieces[k].end).allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 }
        }
        guard digits(i, 4), attached(i + 1), piece(i + 1, is: "-"), attached(i + 2), digits(i + 2, 2),
              attached(i + 3), piece(i + 3, is: "-"), attached(i + 4), digits(i + 4, 2) else { return nil }
        return pieces[i + 4].end
    }

    /// A word from the abbreviation lexicon with its period: `т.б.`, `млн.`, `ж.`.
    private func abbreviation(at i: Int) -> (Int, TokenKind)? {
        guard pieces[i].isLetters, attached(i + 1), piece(i + 1, is: ".") else { return nil }
        guard lexicons.abbreviation(b[pieces[i].start..<pieces[i + 1].end]) != nil else { return nil }
        return (pieces[i + 1].end, .abbreviation)
    }

    /// A capital letter, its period, then (after a space) a capitalised word: `Г.`, `Н.`.
    private func initial(at i: Int) -> (Int, TokenKind)? {
        guard pieces[i].isLetters, pieces[i].end - pieces[i].start <= 4, scalarCount(i) == 1, UTF8Scan.isUppercaseLetter(firstScalar(i)),
              attached(i + 1), piece(i + 1, is: "."), i + 2 < pieces.count, pieces[i + 2].spaceBefore,
              !pieces[i + 2].lineBefore, pieces[i + 2].isLetters, UTF8Scan.isUppercaseLetter(firstScalar(i + 2))
        else { return nil }
        return (pieces[i + 1].end, .initial)
    }

    /// `...` (three or more periods) is one token.
    private func ellipsis(at i: Int) -> (Int, TokenKind)? {
        guard piece(i, is: "."), attached(i + 1), piece(i + 1, is: "."), attached(i + 2), piece(i + 2, is: ".") else { return nil }
        var j = i + 2
        while attached(j + 1) && piece(j + 1, is: ".") { j += 1 }
        return (pieces[j].end, .punctuation)
    }

    /// Words joined by hyphens with no space: `Көші-қон`, `Рио-де-Жанейродағы`, `КОВИД-19`.
    /// Pair words that repeat one stem in two forms stay apart, as UD-KTB has them
    /// (`күннен - күнге`, `ауыл - ауылдан`); a full repetition stays whole (`әрең-әрең`), and so do
    /// reciprocals of a three-letter word (`бір-бірімен`).
    private func hyphenated(at i: Int) -> (Int, TokenKind)? {
        guard pieces[i].isLetters else { return nil }
        var j = i
        while attached(j + 1) && piece(j + 1, is: "-") && attached(j + 2) && (pieces[j + 2].isLetters || pieces[j + 2].isNumber)
            && !isPairWord(j, j + 2) {
            j += 2
        }
        if j > i, let (end, _) = unitPower(at: j) { return (end, .word) }
        return j == i ? nil : (pieces[j].end, .word)
    }

    /// Two pieces that share a stem of three letters or more but are not the same word.
    private func isPairWord(_ a: Int, _ b: Int) -> Bool {
        let x = FastCase.lowercased(self.b[pieces[a].start..<pieces[a].end])
        let y = FastCase.lowercased(self.b[pieces[b].start..<pieces[b].end])
        guard !x.utf8.elementsEqual(y.utf8) else { return false }   // `әрең-әрең` stays whole
        var xs = x.unicodeScalars.makeIterator(), ys = y.unicodeScalars.makeIterator()
        for _ in 0..<3 {
            guard let p = xs.next(), let q = ys.next(), p == q else { return false }
        }
        return xs.next() != nil   // `бір-бірімен` stays whole
    }

    /// A unit with a superscript power: `км²`, `м³`.
    private func unitPower(at i: Int) -> (Int, TokenKind)? {
        guard pieces[i].isLetters, attached(i + 1), piece(i + 1, is: "²") || piece(i + 1, is: "³") else { return nil }
        return (pieces[i + 1].end, .word)
    }
}

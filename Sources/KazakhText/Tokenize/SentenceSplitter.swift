/// Sentence boundaries: ICU sentence break (locale `kk`) corrected with Kazakh rules.
///
/// - a line break always ends a sentence (paragraphs are hard boundaries);
/// - no break after an abbreviation that cannot end a sentence (`мыс.`, `проф.`), nor after one
///   that can (`т.б.`) when the next word starts in lower case;
/// - no break after an initial (`Г. Марченко`), after a list number (`12. Мұнан кейін`), nor
///   before a word in lower case (`"Осылай тұр!" дегендей`);
/// - a break after `.`, `!`, `?` or `...` before a number (`... бастады. 11 ғасырда`) or a
///   dialogue dash (`dashes.tsv`) or opening quote and a capital (`... қарайды. - Көші-қон ...`),
///   which ICU misses;
/// - no break inside a pair of `quote-marks.tsv` (`«...»`, `„...“`) unless the quote is never
///   closed in its paragraph;
/// - a boundary always falls between tokens.
struct SentenceSplitter: Sendable {
    let lexicons: TokenizerLexicons

    func split(bytes b: UnsafeBufferPointer<UInt8>, tokens: [RawToken], icuBoundaries: UnsafeBufferPointer<Int32>) -> [RawSentence] {
        guard !tokens.isEmpty else { return [] }
        var starts = [Bool](repeating: false, count: tokens.count)
        starts[0] = true
        // ICU candidates, moved to the next token start.
        var t = 0
        for boundary in icuBoundaries {
            let offset = Int(boundary)
            while t < tokens.count && tokens[t].start < offset { t += 1 }
            if t < tokens.count && t > 0 { starts[t] = true }
        }
        let depth = quoteDepths(b, tokens)
        for k in 1..<tokens.count {
            let token = tokens[k]
            if token.lineBefore { starts[k] = true; continue }
            let previous = tokens[k - 1]
            let first = UTF8Scan.scalar(b, at: token.start).0
            if !starts[k] && depth[k] == 0 && token.spaceBefore && isTerminal(b, previous) {
                // ICU's rule SB8 looks past digits and dashes for a lower-case letter; Kazakh
                // sentences often start with a number (`11 ғасырда`) or a dialogue dash.
                if token.kind == .number {
                    starts[k] = true
                } else if lexicons.dashes.mayStartSentence(first) || lexicons.quoteMarks.isOpener(first) {
                    if k + 1 < tokens.count {
                        let next = UTF8Scan.scalar(b, at: tokens[k + 1].start).0
                        if UTF8Scan.isUppercaseLetter(next) || tokens[k + 1].kind == .number { starts[k] = true }
                    }
                }
            }
            guard starts[k] else { continue }
            if UTF8Scan.isLowercaseLetter(first) { starts[k] = false; continue }
            if k >= 2 && previous.end - previous.start == 1 && b[previous.start] == 0x2E && tokens[k - 2].kind == .number
                && (k == 2 || starts[k - 2]) {
                starts[k] = false
                continue
            }
            switch previous.kind {
            case .initial:
                starts[k] = false
            case .abbreviation:
                let entry = lexicons.abbreviation(b[previous.start..<previous.end])
                if !(entry?.mayEndSentence ?? false) || !UTF8Scan.isUppercaseLetter(first) { starts[k] = false }
            default:
                break
            }
            if depth[k] > 0 { starts[k] = false }
        }
        var sentences: [RawSentence] = []
        var begin = 0
        for k in 1..<tokens.count where starts[k] {
            sentences.append(RawSentence(tokens: begin..<k))
            begin = k
        }
        sentences.append(RawSentence(tokens: begin..<tokens.count))
        return sentences
    }

    private func isTerminal(_ b: UnsafeBufferPointer<UInt8>, _ t: RawToken) -> Bool {
        guard t.kind == .punctuation else { return false }
        let s = UTF8Scan.lastScalar(b, before: t.end)
        return s == "." || s == "!" || s == "?" || s == "…"
    }

    /// For each token, how many quotes are open before it (only quotes that close within
    /// their paragraph count).
    private func quoteDepths(_ b: UnsafeBufferPointer<UInt8>, _ tokens: [RawToken]) -> [Int] {
        var depth = [Int](repeating: 0, count: tokens.count)
        tokens.withUnsafeBufferPointer { tokens in
            var paragraphStart = 0
            var k = 0
            while k <= tokens.count {
                if k == tokens.count || (k > paragraphStart && tokens[k].lineBefore) {
                    markParagraph(b, tokens, paragraphStart..<k, &depth)
                    paragraphStart = k
                }
                k += 1
            }
        }
        return depth
    }

    private func markParagraph(_ b: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<RawToken>, _ range: Range<Int>,
                               _ depth: inout [Int]) {
        // One open mark per pair of `quote-marks.tsv`: a mark closes the open pair of the earliest
        // line it closes, else opens its own pair again (Kazakh nests „…“ inside «…»: a second «
        // before any » means the first was never closed).
        let marks = lexicons.quoteMarks.pairs
        var open = [Int?](repeating: nil, count: marks.count)
        var pairs: [(Int, Int)] = []
        for k in range where tokens[k].kind == .punctuation && tokens[k].end - tokens[k].start <= 3 {
            let s = UTF8Scan.scalar(b, at: tokens[k].start).0
            guard lexicons.quoteMarks.isMark(s) else { continue }
            if let p = marks.indices.first(where: { open[$0] != nil && marks[$0].closers.contains(s) }) {
                pairs.append((open[p]!, k))
                open[p] = nil
            } else if let p = marks.firstIndex(where: { $0.opener == s }) {
                open[p] = k
            }
        }
        for (o, c) in pairs where c > o + 1 {
            for k in (o + 1)...c { depth[k] += 1 }
        }
    }
}

/// Dash lines that are lists, not speech (issue 17): a dash at line start opens a dialogue turn
/// only with evidence of speech. After a line ending in a colon that introduces nobody and no
/// speech (`Биыл елдегі баға динамикасы келесі елдерден жоғары:`), a run of dash lines is a list:
/// statistics, an agenda, advice (`- Ресей – 5,6%`, `- таймайтын табаны бар аяқ киім кию,`).
/// A line `- LABEL – FIGURE` (a few words, a copula dash, a number) is a statistics line
/// wherever it stands. A dash line with its own attribution (`..., – деді X.`) stays a turn:
/// the paragraph pass reads attributions before it asks this rule.
extension QuoteRecognizer {
    /// Which paragraphs are dash lines of a list, by index into `paragraphs`; one pass in order.
    func dashListItems(_ s: [Unicode.Scalar], _ paragraphs: [Range<Int>], names: SortedSpans) -> [Bool] {
        var items = [Bool](repeating: false, count: paragraphs.count)
        var afterListIntro = false
        for (k, para) in paragraphs.enumerated() where !para.isEmpty {
            if opensWithDash(s, para) {
                items[k] = afterListIntro || isStatisticsLine(s, para)
            } else {
                afterListIntro = s[para.upperBound - 1] == ":" && !introducesSpeech(s, para, names: names)
            }
        }
        return items
    }

    /// A paragraph opened by a dash and a space (`– Иә`, `- Ресей – 5,6%`).
    func opensWithDash(_ s: [Unicode.Scalar], _ para: Range<Int>) -> Bool {
        para.count > 2 && isDash(s[para.lowerBound]) && s[para.lowerBound + 1] == " "
    }

    /// Whether a line ending in a colon introduces speech: it names someone (`Ерлан ҚАРИН, ҚР
    /// МЕМЛЕКЕТТІК КЕҢЕСШІСІ:`) or holds a speech verb (`Ол былай деді:`).
    func introducesSpeech(_ s: [Unicode.Scalar], _ para: Range<Int>, names: SortedSpans) -> Bool {
        if names.starting(from: para.lowerBound, through: para.upperBound - 1).contains(where: { $0.end <= para.upperBound }) {
            return true
        }
        let ws = words(s, para)
        return ws.indices.contains { verbs.match(ws, at: $0) != nil }
    }

    /// `- Ресей – 5,6%`, `- Қырғызстан – 9,4% (10% межесіне жақын)`: at most four words before a
    /// copula dash, then a figure.
    func isStatisticsLine(_ s: [Unicode.Scalar], _ para: Range<Int>) -> Bool {
        var i = para.lowerBound + 2
        let labelEnd = min(para.upperBound, i + 80)
        while i < labelEnd && !(isDash(s[i]) && s[i - 1] == " ") { i += 1 }
        guard i < labelEnd, wordRanges(s, (para.lowerBound + 2)..<i).count <= 4 else { return false }
        var j = i + 1
        while j < para.upperBound && s[j] == " " { j += 1 }
        return j < para.upperBound && s[j].properties.numericType != nil
    }
}

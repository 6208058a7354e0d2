/// A problem found in a document's text, with its scalar offsets (annotation-format.md
/// `warnings`): `«` never closed, a stray `»`.
///
/// `«Бәрі жақсы, – деді Тоқаев.` warns at `0-1`: the `«` is never closed.
public struct DocumentWarning: Sendable, Hashable {
    /// First Unicode scalar of the mark (`0` for the `«` of `«Бәрі жақсы, – деді Тоқаев.`).
    public var start: Int
    /// One past it (`1` for that `«`).
    /// (`1`: the `«` of `«Бәрі жақсы, – деді Тоқаев.` is one scalar.)
    public var end: Int
    /// What is wrong (the `«` of `«Бәрі жақсы, – деді Тоқаев.` is never closed).
    public var message: String

    /// A warning over `start..<end` (`0..<1`, the unclosed `«` of `«Бәрі жақсы, – деді Тоқаев.`).
    public init(start: Int, end: Int, message: String) {
        self.start = start
        self.end = end
        self.message = message
    }
}

/// Finds QUOTE spans (reported direct speech, annotation-format.md "Quotations") and links each
/// to the PERSON/POSITION span naming who said it.
///
/// Layouts (kazakh-reference.md §6, Corpus/quotes/README.md):
/// - marked quotes followed by an attribution: `«Біз бүгін ...», деді Президент.`,
///   `"Күн тәртібінде мұндай мәселе жоқ", - деді Қошанов`, `«Болды ма?» деп сұрады.`;
/// - marked quotes after a colon: `Тоқаев түрік әріптесіне алғыс айтты: “Қонақжайлық ...”`;
/// - paragraphs with no opening mark closed by an attribution:
///   `Мен бұл сапарға ерекше мән беріп отырмын. ..., – деді Мемлекет басшысы.`;
/// - dialogue turns opened by a dash: `– Отандық теміржол ..., – деді Мемлекет басшысы.`;
/// - captions and headlines: `Ерлан ҚАРИН, ҚР МЕМЛЕКЕТТІК КЕҢЕСШІСІ:` + paragraph,
///   `Қасым-Жомарт Тоқаев: ҚТЖ-ны трансформациялайтын уақыт келді`, `«...» - Президент`;
/// - interviews: a question paragraph addressing the interviewee (`Құрметті Қасым-Жомарт Кемелұлы, Сіз
///   ...`) before a dash turn, and dash turns opened by the addressee's name (`– Асқар Серқұлұлы, ...`).
///
/// Speakers (Corpus/quotes/README.md, decisions 3 and 4): the name after the speech verb, the subject
/// of the reporting sentence, or the nearest earlier mention of the previous speaker. An addressed name
/// (`Құрметті X,`) is never a speaker; a question has the interviewer's name or none, and its addressee
/// answers; a press service or two joined persons as the subject leave the quote with no speaker; a role
/// noun (`деді министр`) points back to the nearest name with that noun.
///
/// Names and terms in marks (`«жасыл» энергия`, `«Қазақстан темір жолы» АҚ`) have no
/// attribution and are not quotes; indirect speech (`..., деп хабарлайды BAQ.KZ`) has no dash
/// and no marks and is not a quote either.
final class QuoteRecognizer: Sendable {
    let verbs: SpeechVerbs
    /// Quotation marks and their closers (`quote-marks.tsv`).
    let marks: QuoteMarks
    /// Dashes that open turns and attributions (`dashes.tsv`).
    let dashes: Dashes
    /// Case endings (of at least two letters) from `suffixes.tsv`: a name ending in one
    /// (`Жапаровпен`, `Рахмонға`, `президентінің`) is not the subject of its sentence.
    let caseEndings: [String]
    /// The dative endings among them (`Бабажанұлына`): the person an interview is given to.
    let dativeEndings: [String]
    /// Words joining names (`мен`, `және`, from `name-context.tsv`): `X мен Y` is no single speaker.
    let conjunctions: Set<String>
    /// Third-person possessive endings (`министрі`, `басшысы`), longest first.
    let possessiveEndings: [String]
    /// The first UTF-8 byte of every mark, dash and `:` (see `mayHoldQuote`).
    private let triggerLeads: [Bool]
    /// How far (in scalars) an opening mark looks for its closing mark, and the longest quote a
    /// mark that is never closed may open. The longest QUOTE of `Corpus/quotes/` has 903 scalars
    /// over five paragraphs and the longest paragraph of `Corpus/` and KazNERD 942, so real text
    /// never comes near; an unclosed `«` in a 50 MB one-line document stays a warning instead of
    /// a 28-million-scalar QUOTE, and no mark's search reads the rest of such a document.
    static let maxQuoteScalars = 10_000
    /// How deep marks may nest before an opening mark is taken as never closed. Real text nests
    /// two deep at most (`«... "..." ...»`); a run of `«` is not read `maxQuoteScalars` far for
    /// each of its marks.
    static let maxNesting = 8

    init(verbs: SpeechVerbs, marks: QuoteMarks, dashes: Dashes, caseEndings: [String] = [], dativeEndings: [String] = [],
                conjunctions: Set<String> = [], possessiveEndings: [String] = []) {
        self.verbs = verbs
        self.marks = marks
        self.dashes = dashes
        self.caseEndings = caseEndings
        self.dativeEndings = dativeEndings
        self.conjunctions = conjunctions
        self.possessiveEndings = possessiveEndings.sorted { $0.count > $1.count }
        var leads = [Bool](repeating: false, count: 256)
        let triggers = marks.pairs.flatMap { [$0.opener] + $0.closers } + dashes.all + [":"]
        for t in triggers { leads[Int(String(t).utf8.first!)] = true }
        self.triggerLeads = leads
    }

    /// The speech verbs from `store`; the marks and dashes, the endings from the suffix table and
    /// the conjunctions from `name-context.tsv`, as already parsed for the other recognizers.
    convenience init(store: LexiconStore, marks: QuoteMarks, dashes: Dashes, stripper: SuffixStripper,
                            names: NameLexicons) throws(LexiconError) {
        let cases: Set<SuffixCategory> = [.genitive, .accusative, .dative, .ablative, .instrumental, .locative]
        self.init(verbs: try SpeechVerbs(store: store), marks: marks, dashes: dashes, caseEndings: stripper.endings(cases),
                  dativeEndings: stripper.endings([.dative]), conjunctions: names.conjunctions,
                  possessiveEndings: stripper.endings([.px3], minLength: 1))
    }

    struct Output: Sendable {
        var quotes: [Span] = []
        var warnings: [DocumentWarning] = []
    }

    /// How a quote finds its speaker.
    enum SpeakerRule {
        /// The first name right after the attribution phrase ending at this offset.
        case after(Int)
        /// The last name before this offset (a colon), on the same line.
        case before(Int)
        /// The nearest name before the quote.
        case inherit
        /// Nobody (a press release, journalists).
        case none
    }

    struct Found {
        var start: Int
        var end: Int
        var rule: SpeakerRule
        /// An interviewer's question paragraph (no dash, no marks) that addresses the interviewee.
        var question = false
    }

    /// Quotes of `text` after `from` (the end of a corpus header); `names` are the document's
    /// PERSON and POSITION spans, in document order.
    func recognize(_ text: String, from: Int = 0, names: [Span]) -> Output {
        let s = UTF8Scan.scalars(of: text)
        let names = SortedSpans(names)
        var output = Output()
        let paragraphs = paragraphRanges(s, from: from)
        let firstLine = paragraphs.firstIndex { !$0.isEmpty }
        var found = markedQuotes(s, paragraphs, firstLine: firstLine, names: names, warnings: &output.warnings)
        found += paragraphQuotes(s, paragraphs, firstLine: firstLine, names: names, marked: found)
        found.sort { $0.start < $1.start }
        guard !found.isEmpty else { return output }   // no quote, no speaker to find
        output.quotes = speakers(of: found, s, from: from, names: names)
        if let first = firstLine.map({ paragraphs[$0] }) { headlineSpeakers(&output.quotes, found, s, firstLine: first) }
        return output
    }

    /// The paragraphs (lines) after `from`, trimmed.
    private func paragraphRanges(_ s: [Unicode.Scalar], from: Int) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var start = from
        s.withUnsafeBufferPointer { p in
            for i in from..<p.count where p[i] == "\n" {
                paragraphs.append(start..<i)
                start = i + 1
            }
        }
        paragraphs.append(start..<s.count)
        return paragraphs.map { trim(s, $0) }
    }

    /// Pass 1: quotes in marks (`«...», – деді X`), a quote running on over several paragraphs
    /// when its closing mark says so; a warning for each mark never closed or never opened.
    private func markedQuotes(_ s: [Unicode.Scalar], _ paragraphs: [Range<Int>], firstLine: Int?, names: SortedSpans,
                              warnings: inout [DocumentWarning]) -> [Found] {
        var found: [Found] = []
        var p = 0
        while p < paragraphs.count {
            let para = paragraphs[p]
            var i = para.lowerBound
            var nextParagraph = p + 1
            while i < para.upperBound {
                let c = s[i]
                guard marks.isMark(c) else { i += 1; continue }   // most scalars: one bit test
                guard let closers = closers(for: c, s, i, para) else {
                    if marks.isCloser(c), !marks.isOpener(c), let pair = marks.pairs.first(where: { $0.closers.contains(c) }) {
                        warnings.append(DocumentWarning(start: i, end: i + 1, message: "closing \(c) with no opening \(pair.opener)"))
                    }
                    i += 1
                    continue
                }
                guard let (closeAt, closeParagraph) = closing(s, from: i, closers: closers, opener: c, paragraphs: paragraphs, p) else {
                    warnings.append(DocumentWarning(start: i, end: i + 1, message: "\(c) is never closed in its paragraph"))
                    if para.upperBound - i > Self.maxQuoteScalars {
                        // No closing mark within `maxQuoteScalars` of a paragraph that runs on (a
                        // one-line document): the mark opens nothing, and the marks after it are read.
                        i += 1
                        continue
                    }
                    // Never closed: the quote (if it is one) ends with the paragraph.
                    let content = trim(s, (i + 1)..<para.upperBound)
                    if !content.isEmpty, let rule = classify(s, open: i, close: para.upperBound, content: content, paragraph: para,
                                                             isFirstLine: p == firstLine, names: names) {
                        found.append(Found(start: content.lowerBound, end: content.upperBound, rule: rule))
                    }
                    break
                }
                let content = trim(s, (i + 1)..<closeAt)
                if !content.isEmpty, let rule = classify(s, open: i, close: closeAt, content: content,
                                                         paragraph: para.lowerBound..<paragraphs[closeParagraph].upperBound,
                                                         isFirstLine: p == firstLine, names: names) {
                    found.append(Found(start: content.lowerBound, end: content.upperBound, rule: rule))
                    if closeParagraph > p {
                        // Resume after the closing mark's paragraph (its rest is attribution).
                        nextParagraph = closeParagraph + 1
                        break
                    }
                }
                i = closeAt + 1
            }
            p = nextParagraph
        }
        return found
    }

    /// Pass 2: paragraph layouts (dash turns, paragraphs closed by `, – деді X`, interview
    /// questions, captions, headlines) in the paragraphs no marked quote covers.
    private func paragraphQuotes(_ s: [Unicode.Scalar], _ paragraphs: [Range<Int>], firstLine: Int?, names: SortedSpans,
                                 marked: [Found]) -> [Found] {
        var found: [Found] = []
        func covered(_ a: Int, _ b: Int) -> Bool {
            marked.contains { $0.start < b && a < $0.end } || found.contains { $0.start < b && a < $0.end }
        }
        let listItems = dashListItems(s, paragraphs, names: names)
        for (k, para) in paragraphs.enumerated() where !para.isEmpty && !covered(para.lowerBound, para.upperBound) {
            let isFirst = k == firstLine
            var qStart = para.lowerBound
            let dashTurn = isDash(s[para.lowerBound]) && para.count > 2 && s[para.lowerBound + 1] == " "
            if dashTurn { qStart = trim(s, (para.lowerBound + 1)..<para.upperBound).lowerBound }
            if let (end, rule) = attributionInside(s, para, dashRequired: !dashTurn) {
                let q = trim(s, qStart..<end)
                if !dashTurn, let last = found.last, continuesDashTurn(s, last, paragraphs, k) {
                    found[found.count - 1].end = q.upperBound
                    found[found.count - 1].rule = rule
                } else if !q.isEmpty {
                    found.append(Found(start: q.lowerBound, end: q.upperBound, rule: rule))
                }
                continue
            }
            if dashTurn {
                if !isFirst && !listItems[k] && !isAttributionLine(s, from: qStart) { found.append(Found(start: qStart, end: para.upperBound, rule: .inherit)) }
                continue
            }
            if !isFirst, isInterviewQuestion(s, para, next: paragraphs[(k + 1)...].first(where: { !$0.isEmpty }), names: names) {
                found.append(Found(start: para.lowerBound, end: para.upperBound, rule: .inherit, question: true))
                continue
            }
            if let prev = paragraphs[..<k].last(where: { !$0.isEmpty }), s[prev.upperBound - 1] == ":",
               prev.upperBound == para.lowerBound - 1 || s[prev.upperBound..<para.lowerBound].allSatisfy({ $0 == "\n" || $0 == " " }),
               !covered(prev.lowerBound, prev.upperBound), !isDash(s[prev.lowerBound]), !names.inside(prev).isEmpty {
                found.append(Found(start: para.lowerBound, end: para.upperBound, rule: .before(prev.upperBound - 1)))
                continue
            }
            if isFirst, let q = headline(s, para, names: names) { found.append(q) }
        }
        return found
    }

    /// Interview layout: a question paragraph addressing someone (`Құрметті Қасым-Жомарт Кемелұлы, Сіз
    /// ...`), answered by the dash turn that follows.
    private func isInterviewQuestion(_ s: [Unicode.Scalar], _ para: Range<Int>, next: Range<Int>?, names: SortedSpans) -> Bool {
        guard let next, next.count > 2, isDash(s[next.lowerBound]), s[next.lowerBound + 1] == " ",
              let a = addressee(s, at: para.lowerBound, limit: para.upperBound, names: names) else { return false }
        return a.marked || words(s, para).contains(where: { verbs.addressPronouns.contains($0) })
    }

    /// Pass 3: the QUOTE spans of `found` (in order), each with its speaker.
    private func speakers(of found: [Found], _ s: [Unicode.Scalar], from: Int, names: SortedSpans) -> [Span] {
        // Addressed names (`Құрметті X,`, a quote opened by `X,`) name the listener, never a speaker.
        let addressed: [Span?] = found.map { addressee(s, at: $0.start, limit: $0.end, names: names)?.span }
        var context = SpeakerContext(recognizer: self, s: s, from: from,
                                     outside: SortedSpans(outsideNames(found, addressed, s, from: from, names: names)))
        var quotes: [Span] = []
        for (index, f) in found.enumerated() {
            let (speaker, isQuestion) = context.speaker(of: f, addressed: addressed[index])
            quotes.append(Span(start: f.start, end: f.end, label: .QUOTE, leader: speaker?.leader,
                               speaker: speaker.map { $0.start..<$0.end }))
            if let speaker, !isQuestion { context.previous = speaker }
        }
        return quotes
    }

    /// The names that can speak: not addressed (`Құрметті X,`) and not inside a quote.
    private func outsideNames(_ found: [Found], _ addressed: [Span?], _ s: [Unicode.Scalar], from: Int,
                              names: SortedSpans) -> [Span] {
        var vocative = Set(addressed.compactMap { $0?.start })
        for n in names.spans where !vocative.contains(n.start) {
            if let w = wordRanges(s, max(from, n.start - 30)..<n.start).last, s[w.upperBound..<n.start].allSatisfy({ $0 == " " }),
               verbs.vocatives.contains(lowerWord(s, w)),
               addressee(s, at: w.lowerBound, limit: s.count, names: names)?.span.start == n.start {
                vocative.insert(n.start)
            }
        }
        // A name is inside a quote when, among the quotes starting at or before it, the furthest
        // end reaches its end: one binary search per name, not a scan of the quotes.
        let quoteRanges = found.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
        var furthestEnd: [Int] = []
        for r in quoteRanges { furthestEnd.append(max(furthestEnd.last ?? Int.min, r.upperBound)) }
        func insideQuote(_ n: Span) -> Bool {
            var low = 0, high = quoteRanges.count
            while low < high {
                let mid = (low + high) / 2
                if quoteRanges[mid].lowerBound <= n.start { low = mid + 1 } else { high = mid }
            }
            return low > 0 && furthestEnd[low - 1] >= n.end
        }
        return names.spans.filter { n in !vocative.contains(n.start) && !insideQuote(n) }
    }

    /// A headline quote with no speaker whose words recur in a quote below is that quote's speaker's
    /// (`«Тәжікстан – сенімді досымыз ...»` headline, the same words in the President's turn). Only
    /// a first line of at most `maxQuoteScalars` is a headline (a one-line document is not).
    private func headlineSpeakers(_ quotes: inout [Span], _ found: [Found], _ s: [Unicode.Scalar], firstLine first: Range<Int>) {
        guard first.count <= Self.maxQuoteScalars else { return }
        var joined: [String?] = Array(repeating: nil, count: quotes.count)
        func joinedWords(_ k: Int) -> String {
            if let w = joined[k] { return w }
            let w = self.words(s, quotes[k].start..<quotes[k].end).joined(separator: " ")
            joined[k] = w
            return w
        }
        for i in quotes.indices where quotes[i].speaker == nil && !found[i].question {
            let q = quotes[i]
            guard q.start >= first.lowerBound, q.end <= first.upperBound, wordRanges(s, q.start..<q.end).count >= 3 else { continue }
            let headline = joinedWords(i)
            if let later = quotes.indices.dropFirst(i + 1).first(where: { quotes[$0].speaker != nil && joinedWords($0).contains(headline) }) {
                quotes[i].speaker = quotes[later].speaker
                quotes[i].leader = quotes[later].leader
            }
        }
    }

    // MARK: addressees, reporters, roles

    /// The person a quote or paragraph starting at `start` speaks to: a name in the nominative at its
    /// start (after vocative words only, `Құрметті`), then a comma or `!` (`Құрметті Қасым-Жомарт Кемелұлы,
    /// Сіз ...`, `– Асқар Серқұлұлы, бұған дейінгі ...`, `Тоқаев мырза, ...`); `marked` when a vocative word
    /// opens it. A name with a title after its comma (`Тоқаев, Мемлекет басшысы, ...`) is in apposition.
    func addressee(_ s: [Unicode.Scalar], at start: Int, limit: Int, names: SortedSpans) -> (span: Span, marked: Bool)? {
        // The first name starting in `start...start + 40` (and before `limit`).
        guard let n = names.starting(from: start, through: min(limit - 1, start + 40)).first,
              n.end <= limit,
              s[start..<n.start].allSatisfy({ UTF8Scan.isAlphabetic($0) || $0 == " " || $0 == "\u{00A0}" }),
              !hasEnding(s, n, caseEndings) else { return nil }
        let before = words(s, start..<n.start)
        guard before.allSatisfy({ verbs.vocatives.contains($0) }) else { return nil }
        var j = n.end
        while j < limit && s[j] == " " { j += 1 }
        if let w = wordRanges(s, j..<min(limit, j + 20), limit: 1).first, w.lowerBound == j,
           verbs.vocativesAfter.contains(lowerWord(s, w)) {
            j = w.upperBound
            while j < limit && s[j] == " " { j += 1 }
        }
        guard j < limit, s[j] == "," || s[j] == "!" else { return nil }
        var k = j + 1
        while k < limit && s[k] == " " { k += 1 }
        if names.anyStarts(at: k) { return nil }
        return (n, !before.isEmpty)
    }

    /// Whether `n` names the person `p` names: the same leader, the same words, or (persons) the same
    /// surname, inflected or not (`Айбек Смадияров` … `А. Смадияров`, `Әлмағамбетовтің`).
    func samePerson(_ s: [Unicode.Scalar], _ p: Span, _ n: Span) -> Bool {
        if p.leader != nil { return n.leader == p.leader }
        let a = words(s, p.start..<p.end), b = words(s, n.start..<n.end)
        if a == b { return true }
        guard p.label == .PERSON, n.label == .PERSON, n.leader == nil, let x = a.last, let y = b.last else { return false }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        return short.count >= 4 && long.hasPrefix(short) && long.count - short.count <= 4
    }

    /// Whether the name's last word ends in one of `endings` (after a stem of at least three letters).
    func hasEnding(_ s: [Unicode.Scalar], _ n: Span, _ endings: [String]) -> Bool {
        let word = lowerWord(s, n.start..<n.end)
        return endings.contains { word.hasSuffix($0) && word.count > $0.count + 2 }
    }

    /// Whether a non-person source is the subject of the sentence part `r` (`Баспасөз қызметі ... «...» деді`,
    /// `Ақорданың баспасөз қызметі «...» деді`): a reporter before any name in the nominative.
    func reported(_ s: [Unicode.Scalar], _ r: Range<Int>, _ names: SortedSpans) -> Bool {
        let firstName = names.inside(r).first { !hasEnding(s, $0, caseEndings) }
        let ws = words(s, r.lowerBound..<(firstName?.start ?? r.upperBound))
        return verbs.reporters.contains { phrase in
            ws.count >= phrase.count && (0...(ws.count - phrase.count)).contains { ws[$0..<($0 + phrase.count)].elementsEqual(phrase) }
        }
    }

    /// Whether `n` is joined to a following name by a conjunction (`Беларусь басшысы мен Қазақстанның ...`).
    func coordinated(_ s: [Unicode.Scalar], _ n: Span, _ names: SortedSpans) -> Bool {
        guard let w = wordRanges(s, n.end..<min(s.count, n.end + 12), limit: 1).first,
              s[n.end..<w.lowerBound].allSatisfy({ $0 == " " }),
              conjunctions.contains(lowerWord(s, w)) else { return false }
        var k = w.upperBound
        while k < s.count && s[k] == " " { k += 1 }
        return names.anyStarts(at: k)
    }

    /// The role noun right after an attribution ending at `at` (`деді министр`, `деді палата спикері`),
    /// and where it ends.
    func roleNoun(_ s: [Unicode.Scalar], after at: Int) -> (String, Int)? {
        let ws = wordRanges(s, at..<min(s.count, at + 40), limit: 2)
        guard let first = ws.first, first.lowerBound <= at + 2, !s[at..<first.lowerBound].contains("\n") else { return nil }
        for w in ws {
            let word = String(String.UnicodeScalarView(s[w]))
            guard word.first?.isLowercase == true else { return nil }
            let lower = FastCase.lowercased(word)
            if let role = verbs.roleNouns.first(where: { inflects(lowercased: lower, $0) }) { return (role, w.upperBound) }
        }
        return nil
    }

    /// `word` is `base` with nothing, a third-person possessive and/or a case ending (`министрі`,
    /// `спикерінің`), not a derived word (`министрлік`).
    func inflects(_ word: String, _ base: String) -> Bool {
        inflects(lowercased: FastCase.lowercased(word), base)
    }

    /// `inflects` for a word already lower-cased.
    func inflects(lowercased word: String, _ base: String) -> Bool {
        guard word.hasPrefix(base) else { return false }
        var rest = String(word.dropFirst(base.count))
        if rest.isEmpty || caseEndings.contains(rest) { return true }
        for px in possessiveEndings where rest.hasPrefix(px) {
            rest = String(rest.dropFirst(px.count))
            return rest.isEmpty || caseEndings.contains(rest)
        }
        return false
    }

    // MARK: marks

    /// The marks that close a quote opened by `c` at `i`, or nil when `c` opens nothing here.
    func closers(for c: Unicode.Scalar, _ s: [Unicode.Scalar], _ i: Int, _ para: Range<Int>) -> [Unicode.Scalar]? {
        guard let pair = marks.pair(opening: c) else { return nil }
        if pair.kind == .straight {
            // A straight quote opens after a space, a bracket or a colon, or at the paragraph start.
            let before: Unicode.Scalar = i > para.lowerBound ? s[i - 1] : " "
            guard before == " " || before == "(" || before == ":" || before == "\t" || isDash(before) else { return nil }
        }
        return pair.closers
    }

    /// The closing mark of the quote opened at `i` and its paragraph; a quote may run into later
    /// paragraphs only when its closing mark is followed by an attribution or ends its paragraph.
    func closing(_ s: [Unicode.Scalar], from i: Int, closers: [Unicode.Scalar], opener: Unicode.Scalar,
                 paragraphs: [Range<Int>], _ p: Int) -> (Int, Int)? {
        var depth = 0
        var q = p
        var j = i + 1
        // A closing mark further than `maxQuoteScalars` away closes nothing: each mark reads a
        // bounded stretch, so a document of unclosed marks stays linear.
        let searchEnd = min(s.count, i + Self.maxQuoteScalars)
        while q < paragraphs.count && q <= p + 8 {
            let para = paragraphs[q]
            if q > p {
                j = para.lowerBound
                if j < para.upperBound, s[j] == opener { return nil }
            }
            while j < min(para.upperBound, searchEnd) {
                // Nesting counts only for a mark that does not also close itself (not `"`, `“`).
                if closers.contains(s[j]) {
                    if depth == 0 {
                        if q == p { return (j, q) }
                        let rest = trim(s, (j + 1)..<para.upperBound)
                        if rest.isEmpty || s[rest].allSatisfy({ ".!?".unicodeScalars.contains($0) }) || attribution(s, after: j + 1) != nil {
                            return (j, q)
                        }
                        return nil
                    }
                    depth -= 1
                } else if s[j] == opener && !closers.contains(opener) {
                    depth += 1
                    if depth > Self.maxNesting { return nil }
                }
                j += 1
            }
            q += 1
        }
        return nil
    }

    /// Whether the marked words between `open` and `close` are a quote, and how to find its speaker.
    func classify(_ s: [Unicode.Scalar], open: Int, close: Int, content: Range<Int>, paragraph: Range<Int>,
                  isFirstLine: Bool, names: SortedSpans) -> SpeakerRule? {
        if let rule = attribution(s, after: close + 1) { return rule }
        // A colon before the opening mark: `Тоқаев ... алғыс айтты: “...”`.
        var b = open - 1
        while b >= 0 && (s[b] == " " || s[b] == "\n" || s[b] == "\t") { b -= 1 }
        // The words after the closing mark must not go on with the sentence (`Сондықтан: «Хабар»
        // арнасының ...` names a channel).
        var a = close + 1
        while a < s.count && (s[a] == " " || s[a] == "\t") { a += 1 }
        let sentenceGoesOn = close < paragraph.upperBound && a < s.count && UTF8Scan.isAlphabetic(s[a])
        if b >= 0 && s[b] == ":" && !sentenceGoesOn {
            if !(onlyWordOfLine(s, before: b).map { verbs.captionLabels.contains($0) } ?? false) { return .before(b) }
        }
        // A whole paragraph in marks: a headline quote or a quote with no attribution.
        let rest = trim(s, min(close + 1, paragraph.upperBound)..<paragraph.upperBound)
        let onlyPunctuation = s[rest].allSatisfy { ".!?".unicodeScalars.contains($0) }
        if open == paragraph.lowerBound && onlyPunctuation && wordRanges(s, content).count >= 5 { return .inherit }
        if open == paragraph.lowerBound && isFirstLine, let rule = speakerAfterHeadlineColon(s, rest: rest, content: content) {
            return rule
        }
        // `«...» - Президент` headline.
        if open == paragraph.lowerBound && isFirstLine, !rest.isEmpty, isDash(s[rest.lowerBound]),
           let n = names.starting(from: rest.lowerBound + 1, through: rest.lowerBound + 2).first, n.end == rest.upperBound {
            return .after(n.start)
        }
        return nil
    }

    /// The speaker rule of an attribution right after offset `i` (`, – деді X`, `» деп сұрады`),
    /// or nil when none follows.
    func attribution(_ s: [Unicode.Scalar], after i: Int) -> SpeakerRule? {
        guard i < s.count else { return nil }
        var j = i
        func skipSpaces() { while j < s.count && (s[j] == " " || s[j] == "\u{00A0}") { j += 1 } }
        skipSpaces()
        if j < s.count && s[j] == "," { j += 1; skipSpaces() }
        var dashed = false
        if j < s.count && isDash(s[j]) { j += 1; dashed = true; skipSpaces() }
        // At most 80 scalars ahead: a long one-line document stays linear.
        let limit = min(s.count, j + 80)
        // The first word must start right here and may start a speech verb: asked before the
        // line's words are gathered (a word ends at a line break, so the line need not be known).
        guard j < limit, UTF8Scan.isAlphabetic(s[j]), let first = wordRanges(s, j..<limit, limit: 1).first,
              verbs.mayStart(lowerWord(s, first)) else { return nil }
        let lineEnd = s[j..<limit].firstIndex(of: "\n") ?? limit
        let ws = wordRanges(s, j..<lineEnd, limit: 4)
        let lower = ws.map { lowerWord(s, $0) }
        guard let (length, impersonal) = verbs.match(lower, at: 0) else { return dashed ? dashedDepAttribution(lower, ws) : nil }
        if impersonal { return SpeakerRule.none }
        let end = ws[length - 1].upperBound
        if length < lower.count && verbs.pronouns.contains(lower[length]) { return .inherit }
        return .after(end)
    }

    /// A paragraph with no opening mark closed by `, – деді X.` (or `», – деді`, `", - деді` with a
    /// stray closing mark): where its quote ends and the speaker rule.
    func attributionInside(_ s: [Unicode.Scalar], _ para: Range<Int>, dashRequired: Bool) -> (Int, SpeakerRule)? {
        var best: (Int, SpeakerRule)?
        var i = para.lowerBound
        while i < para.upperBound {
            // The next comma, found through the buffer (no bounds check per scalar).
            // The next comma, or a `!` / `?` that ends the quoted words (`тілеймін! – деді министр`).
            guard let comma = s.withUnsafeBufferPointer({ p in
                (i..<para.upperBound).first { p[$0] == "," || p[$0] == "!" || p[$0] == "?" }
            }) else { break }
            i = comma
            let endsSentence = s[i] != ","
            var j = i + 1
            while j < para.upperBound && s[j] == " " { j += 1 }
            if j < para.upperBound && (isDash(s[j]) || (!dashRequired && !endsSentence)), let rule = attribution(s, after: i + 1) {
                var end = endsSentence ? i + 1 : i
                if !endsSentence && end > para.lowerBound && marks.isCloser(s[end - 1]) { end -= 1 }
                best = (end, rule)
            }
            i += 1
        }
        return best
    }

    /// `Қасым-Жомарт Тоқаев: ҚТЖ-ны трансформациялайтын уақыт келді` and
    /// `Құрылтай шақыру ... ата дәстүріміз - Тоқаев` as a document's first line.
    func headline(_ s: [Unicode.Scalar], _ para: Range<Int>, names: SortedSpans) -> Found? {
        let inLine = names.inside(para)
        if let colon = s[para].firstIndex(of: ":"), let n = inLine.last(where: { $0.end <= colon }),
           s[n.end..<colon].allSatisfy({ $0 == " " }) || wordRanges(s, n.end..<colon).count <= 5 {
            let q = trim(s, (colon + 1)..<para.upperBound)
            if wordRanges(s, q).count >= 3 { return Found(start: q.lowerBound, end: q.upperBound, rule: .before(colon)) }
        }
        if let n = inLine.last, n.end == para.upperBound, n.start >= para.lowerBound + 3 {
            var d = n.start - 1
            while d > para.lowerBound && s[d] == " " { d -= 1 }
            if isDash(s[d]) {
                let q = trim(s, para.lowerBound..<d)
                if wordRanges(s, q).count >= 3 { return Found(start: q.lowerBound, end: q.upperBound, rule: .after(n.start)) }
            }
        }
        return nil
    }

    // MARK: helpers

    /// Where the sentence holding offset `i` starts (after `.`, `!`, `?` or a line break).
    /// It looks back at most `maxQuoteScalars` (a sentence is never that long; a text with no
    /// sentence end is not read back to its start for every quote).
    func sentenceStart(_ s: [Unicode.Scalar], before i: Int, from: Int) -> Int {
        let limit = max(from, i - Self.maxQuoteScalars)
        var j = i - 1
        while j >= limit {
            if s[j] == "\n" || ((s[j] == "." || s[j] == "!" || s[j] == "?") && j + 1 < s.count && s[j + 1] == " "
                                 && !(j >= 1 && s[j - 1].properties.isUppercase && (j < 2 || !UTF8Scan.isAlphabetic(s[j - 2])))) {
                return j + 1
            }
            j -= 1
        }
        return limit
    }

    /// The first name in `r` (Kazakh puts the subject first); a title right before a name
    /// gives the name (`Сенат Төрағасы Қасым-Жомарт Тоқаев:` → `Қасым-Жомарт Тоқаев`).
    func subject(_ s: [Unicode.Scalar], _ names: SortedSpans, _ r: Range<Int>) -> Span? {
        var inside = names.inside(r)
        let nominative = inside.filter { n in
            let word = lowerWord(s, n.start..<n.end)
            return !caseEndings.contains { word.hasSuffix($0) && word.count > $0.count + 2 }
        }
        if !nominative.isEmpty { inside = nominative } else if !inside.isEmpty { return nil }
        guard let first = inside.first else { return nil }
        if first.label == .POSITION, inside.count > 1, inside[1].label == .PERSON, inside[1].start <= first.end + 1 {
            return inside[1]
        }
        return first
    }

    /// The word of the line before `b` when the line holds exactly one word before it (`Сұрақ:`),
    /// read backwards: it stops at a second word, and looks back at most `maxQuoteScalars`. The
    /// words are those of `words(s, lineStart..<b)`: letters, joined by a hyphen between letters.
    func onlyWordOfLine(_ s: [Unicode.Scalar], before b: Int) -> String? {
        let limit = max(0, b - Self.maxQuoteScalars)
        var word: Range<Int>? = nil
        var wordEnd: Int? = nil
        var k = b - 1
        while k >= limit && s[k] != "\n" {
            let inWord = UTF8Scan.isAlphabetic(s[k])
                || (s[k] == "-" && k + 1 < b && UTF8Scan.isAlphabetic(s[k + 1]) && k >= 1 && UTF8Scan.isAlphabetic(s[k - 1]))
            if inWord {
                if wordEnd == nil {
                    if word != nil { return nil }   // a second word
                    wordEnd = k + 1
                }
            } else if let end = wordEnd {
                word = (k + 1)..<end
                wordEnd = nil
            }
            k -= 1
        }
        guard k >= limit || limit == 0 else { return nil }   // the line runs on past the look-back: no label
        if let end = wordEnd { word = (k + 1)..<end }
        return word.map { lowerWord(s, $0) }
    }

    /// A dash that introduces an attribution or a dialogue turn (`, – деді`, `– Иә`).
    @inline(__always)
    func isDash(_ c: Unicode.Scalar) -> Bool { dashes.opensTurn(c) }

    /// False when no layout can apply, so the quote passes can be skipped: every quote (and every
    /// warning) needs a quotation mark, a dash or a colon; a hyphen between letters or digits
    /// (`Қасым-Жомарт`, `1-інші`, `5-6`) is no dash. A byte scan: only the first byte of a
    /// trigger scalar is looked at twice.
    func mayHoldQuote(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            triggerLeads.withUnsafeBufferPointer { leads in
                guard let base = b.baseAddress else { return false }
                var i = 0
                while i < b.count {
                    guard leads[Int(base[i])] else { i += 1; continue }
                    let (c, n) = UTF8Scan.scalar(b, at: i)
                    if c == "-" {
                        let inWord = i > 0 && i + 1 < b.count && Self.isWordCharacter(UTF8Scan.lastScalar(b, before: i))
                            && Self.isWordCharacter(UTF8Scan.scalar(b, at: i + 1).0)
                        if !inWord { return true }
                    } else if c == ":" || isDash(c) || marks.isMark(c) {
                        return true
                    }
                    i += n
                }
                return false
            }
        }
    }

    private static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        UTF8Scan.isAlphabetic(c) || (c.value >= 0x30 && c.value <= 0x39)
    }

    func trim(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound, b = r.upperBound
        while a < b && (UTF8Scan.isUnicodeWhitespace(s[a])) { a += 1 }
        while b > a && (UTF8Scan.isUnicodeWhitespace(s[b - 1])) { b -= 1 }
        return a..<b
    }

    func wordRanges(_ s: [Unicode.Scalar], _ r: Range<Int>, limit: Int = .max) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = r.lowerBound
        while i < r.upperBound && result.count < limit {
            if UTF8Scan.isAlphabetic(s[i]) {
                var j = i
                while j < r.upperBound && (UTF8Scan.isAlphabetic(s[j]) || (s[j] == "-" && j + 1 < r.upperBound && UTF8Scan.isAlphabetic(s[j + 1]))) { j += 1 }
                result.append(i..<j)
                i = j
            } else {
                if !(s[i] == " " || s[i] == "\u{00A0}") && result.isEmpty == false && limit < .max { break }
                i += 1
            }
        }
        return result
    }

    func words(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [String] {
        wordRanges(s, r).map { lowerWord(s, $0) }
    }

    /// The lower-cased word at `r`.
    func lowerWord(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String { FastCase.lowercased(s[r]) }
}

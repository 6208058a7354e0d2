/// Pass 3 of ``QuoteRecognizer``: who said each quote, read in document order (decisions 3 and 4
/// of Corpus/quotes/README.md). Each rule of ``QuoteRecognizer/SpeakerRule`` has its own method;
/// what one quote leaves for the next (the previous speaker, an interview's addressee and
/// interviewee) is kept here.
struct SpeakerContext {
    let recognizer: QuoteRecognizer
    let s: [Unicode.Scalar]
    /// Where the text starts (after a corpus header).
    let from: Int
    /// The names that can speak (not addressed, not inside a quote), in document order.
    let outside: SortedSpans
    /// The last speaker found.
    var previous: Span?
    /// Interview layout: who the last question addressed (and so answers next), and the interviewee.
    var answerer: Span?
    var interviewee: Span?

    init(recognizer: QuoteRecognizer, s: [Unicode.Scalar], from: Int, outside: SortedSpans) {
        self.recognizer = recognizer
        self.s = s
        self.from = from
        self.outside = outside
    }

    /// The speaker of quote `f` (nil: nobody) and whether the quote is a question; `addressed` is
    /// the name the quote speaks to, if any.
    mutating func speaker(of f: QuoteRecognizer.Found, addressed: Span?) -> (Span?, isQuestion: Bool) {
        var speaker: Span?
        var isQuestion = false
        switch f.rule {
        case .none: speaker = nil
        case .after(let at): speaker = afterAttribution(at, f)
        case .before(let at):
            let begin = recognizer.sentenceStart(s, before: at, from: from)
            if !recognizer.reported(s, begin..<at, outside) { speaker = recognizer.subject(s, outside, begin..<at) ?? inherited(f) }
        case .inherit where addressed != nil || (interviewee != nil && f.end > f.start && s[f.end - 1] == "?"):
            // A question to someone (`Құрметті X, ...`, `– Асқар Серқұлұлы, ...`, in an interview `...?`):
            // the interviewer's, when the text names one; its addressee answers next.
            isQuestion = true
            speaker = interviewer(before: f.start)
            answerer = addressed ?? interviewee
        case .inherit where answerer != nil:
            // The answer to a question: the nearest span naming the addressee, else as any other turn.
            speaker = naming(answerer!, before: f.start) ?? continued(f)
            interviewee = speaker
            answerer = nil
        case .inherit:
            speaker = continued(f)
        }
        if let speaker, !isQuestion { previous = speaker }
        // Only the turn right after a question answers it.
        if !isQuestion { answerer = nil }
        return (speaker, isQuestion)
    }

    /// `.after(at)`: the name right after the attribution, the name after a role noun or the
    /// nearest earlier one with that noun, else the subject that opens the sentence.
    private func afterAttribution(_ at: Int, _ f: QuoteRecognizer.Found) -> Span? {
        if let n = nameRightAfter(at) { return personAfterTitle(n) ?? n }
        if let (role, end) = recognizer.roleNoun(s, after: at) {
            // `– деді ресми өкіл Айбек Смадияров`: the name after the role noun; `«Болды», – деді министр.`:
            // the nearest earlier span with that noun names the speaker.
            if let n = nameRightAfter(end) { return n }
            if let n = outside.last(endingBy: f.start, where: { recognizer.words(s, $0.start..<$0.end).contains { recognizer.inflects($0, role) } }) {
                let person = n.label == .POSITION
                    ? outside.starting(from: n.end + 1, through: n.end + 2).first { $0.label == .PERSON } : nil
                return latest(person ?? n, before: f)
            }
        }
        // `Тоқаев Түркияны «...» деп атады.`: the subject opens the sentence.
        let open = max(from, f.start - 1)
        let begin = recognizer.sentenceStart(s, before: open, from: from)
        if recognizer.wordRanges(s, begin..<open, limit: 1).isEmpty { return inherited(f) }
        guard !recognizer.reported(s, begin..<open, outside) else { return nil }
        // `Тоқаев пен Мирзиёев «...» деді`: two persons are no single speaker.
        return recognizer.subject(s, outside, begin..<open).flatMap { recognizer.coordinated(s, $0, outside) ? nil : $0 }
    }

    /// A title followed by the name it gives (`деді аудан әкімінің орынбасары Нұрлан Сейітов`,
    /// `деді Бас прокуратураның ресми өкілі Оксана Лоскутова`): the name is the speaker.
    private func personAfterTitle(_ title: Span) -> Span? {
        guard title.label == .POSITION else { return nil }
        return outside.starting(from: title.end, through: title.end + 2).first {
            $0.label == .PERSON && s[title.end..<$0.start].allSatisfy { $0 == " " || $0 == "\u{00A0}" }
        }
    }

    /// The first name starting within two scalars after `at`, on the same line.
    private func nameRightAfter(_ at: Int) -> Span? {
        outside.starting(from: at, through: at + 2).first { !s[at..<$0.start].contains("\n") }
    }

    /// The previous speaker `p`, as named by the nearest span before the quote that names the
    /// same person (same leader id, or the same words).
    private func latest(_ p: Span?, before f: QuoteRecognizer.Found) -> Span? {
        guard let p else { return nil }
        return outside.last(endingBy: f.start, stop: { $0.start < p.start }, where: { recognizer.samePerson(s, p, $0) }) ?? p
    }

    private func inherited(_ f: QuoteRecognizer.Found) -> Span? {
        latest(previous, before: f) ?? outside.last(endingBy: f.start, where: { _ in true })
    }

    /// The previous quote's speaker, else the subject of the reporting sentence before.
    private func continued(_ f: QuoteRecognizer.Found) -> Span? {
        var end = f.start
        while end > from && (s[end - 1].properties.isWhitespace || recognizer.isDash(s[end - 1]) || recognizer.marks.isOpener(s[end - 1])) {
            end -= 1
        }
        return latest(previous, before: f)
            ?? recognizer.subject(s, outside, recognizer.sentenceStart(s, before: max(from, end - 1), from: from)..<end)
            ?? outside.last(endingBy: f.start, where: { _ in true })
    }

    /// The interviewer: a person in the dative before the word for an interview (`Бабажанұлына берген
    /// ... сұхбаты`, `X-ға сұхбат берді`).
    private func interviewer(before: Int) -> Span? {
        outside.last(endingBy: before) { n in
            n.label == .PERSON && recognizer.hasEnding(s, n, recognizer.dativeEndings)
                && recognizer.wordRanges(s, n.end..<min(s.count, n.end + 60), limit: 4).contains { w in
                    let word = recognizer.lowerWord(s, w)
                    return recognizer.verbs.interviewWords.contains { word.hasPrefix($0) }
                }
        }
    }

    /// The nearest span before `before` that names the person `a` (same leader, or a word in common).
    private func naming(_ a: Span, before: Int) -> Span? {
        let aWords = Set(recognizer.words(s, a.start..<a.end))
        return outside.last(endingBy: before) { n in
            a.leader != nil ? n.leader == a.leader : n.leader == nil && !aWords.isDisjoint(with: recognizer.words(s, n.start..<n.end))
        }
    }
}

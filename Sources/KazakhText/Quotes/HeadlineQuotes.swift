/// Headline quotes followed by a colon (issue 17): `«Ол бізге болмайды екен»: Бағлан
/// Әбдірайымов ...`, `«Дауыл соғады»: Қала әкімдігі Астана тұрғындарын ...`. The marked words (at
/// least two) open the first line and a colon right after the closing mark goes on with the
/// headline; a name right after the colon is the speaker, else nobody.
extension QuoteRecognizer {
    /// The speaker rule of a first-line quote in marks followed by `: words`, where `rest` is what
    /// follows the closing mark on its line (trimmed) and `content` the marked words; nil when no
    /// colon follows or the marked words are one word (a name: `«Хабар»: ...`).
    func speakerAfterHeadlineColon(_ s: [Unicode.Scalar], rest: Range<Int>, content: Range<Int>) -> SpeakerRule? {
        guard rest.count > 2, s[rest.lowerBound] == ":", wordRanges(s, content, limit: 2).count == 2,
              wordRanges(s, (rest.lowerBound + 1)..<rest.upperBound, limit: 2).count == 2 else { return nil }
        return .after(rest.lowerBound + 1)
    }
}

/// Headline quotes whose speaker follows a colon (issue 17): `«Ол бізге болмайды екен»: Бағлан
/// Әбдірайымов ...`, `"Жол жөнделеді": облыс әкімі тұрғындармен кездесті`. The marked words open
/// the first line and a colon right after the closing mark leads to the speaker's name.
extension QuoteRecognizer {
    /// The speaker rule of a first-line quote in marks followed by `: NAME`, where `rest` is what
    /// follows the closing mark on its line (trimmed); nil when no name follows the colon.
    func speakerAfterHeadlineColon(_ s: [Unicode.Scalar], rest: Range<Int>, names: SortedSpans) -> SpeakerRule? {
        guard rest.count > 2, s[rest.lowerBound] == ":",
              names.starting(from: rest.lowerBound + 1, through: rest.lowerBound + 2).first != nil else { return nil }
        return .after(rest.lowerBound + 1)
    }
}

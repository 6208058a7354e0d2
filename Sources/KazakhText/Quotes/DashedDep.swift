/// `, – деп` as an attribution whatever verb follows (issue 17): `– Өлең жазатыным бар еді, – деп,
/// екі ұшты жауап қаттым.`, `— Талаптарың тасып, қанаттарың қатая берсін, — деп мен оларға батамды
/// бердім.`. After a comma and a dash the quotative particle marks the words before it as speech
/// even when its verb comes later or is one `speech-verbs.tsv` does not hold; a verb that reports
/// news (`..., - деп хабарлайды Opennews.kz`, `news-verb` in `quote-words.tsv`) is no attribution.
extension QuoteRecognizer {
    /// The speaker rule for the words `lower` (at `ws`) after `, –` when no speech verb matched:
    /// the previous speaker after a pronoun (`деп ол`), else the name after `деп` or the sentence's
    /// subject; nil when the first word is not `деп` or a news verb follows it.
    func dashedDepAttribution(_ lower: [String], _ ws: [Range<Int>]) -> SpeakerRule? {
        guard let first = lower.first, verbs.depWords.contains(first) else { return nil }
        if lower.count > 1 && verbs.newsVerbs.contains(lower[1]) { return nil }
        if lower.count > 1 && verbs.pronouns.contains(lower[1]) { return .inherit }
        return .after(ws[0].upperBound)
    }
}

/// Dash lines around a quote that are not turns of their own (issue 17).
extension QuoteRecognizer {
    /// A dash turn that runs on into the next line, which an attribution closes
    /// (`- Менің отбасым көпбалалы. ... білмеймін.⏎Бірақ ... 100 мыңдай болды, - деді қала әкімі ...`):
    /// `last` is the turn opened on the line right before paragraph `k`, with no attribution of its
    /// own, so both lines are one quote with the attribution of the second.
    func continuesDashTurn(_ s: [Unicode.Scalar], _ last: Found, _ paragraphs: [Range<Int>], _ k: Int) -> Bool {
        guard k > 0, case .inherit = last.rule, !last.question else { return false }
        let previous = paragraphs[k - 1]
        return !previous.isEmpty && opensWithDash(s, previous) && last.end == previous.upperBound && last.start > previous.lowerBound
    }

    /// A dash line that is the attribution of the quote above it (`«..., »⏎— деп жазады ол.`):
    /// it opens with `деп` and a speech verb.
    func isAttributionLine(_ s: [Unicode.Scalar], from start: Int) -> Bool {
        guard let first = wordRanges(s, start..<min(s.count, start + 20), limit: 1).first, first.lowerBound == start,
              verbs.depWords.contains(lowerWord(s, first)) else { return false }
        return attribution(s, after: start) != nil
    }
}

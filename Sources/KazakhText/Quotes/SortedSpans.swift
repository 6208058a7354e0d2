/// Spans in document order, searched by start offset. The quote rules ask for the names near an
/// offset once or more per quote; a binary search answers each in O(log n), so a document with
/// many quotes and many names is not read names × quotes times.
///
/// ```swift
/// let names = SortedSpans(spans)          // PERSON and POSITION spans of `Тоқаев: «...»`
/// names.inside(0..<6)                      // the span of `Тоқаев`
/// ```
struct SortedSpans {
    let spans: [Span]

    /// `spans`, put in document order when they are not (a stable sort: spans already in order
    /// keep it, and the searches below give what a scan of them would).
    init(_ spans: [Span]) {
        var inOrder = true
        for k in spans.indices.dropFirst() where Span.documentOrder(spans[k], spans[k - 1]) { inOrder = false; break }
        self.spans = inOrder ? spans : spans.enumerated().sorted {
            Span.documentOrder($0.element, $1.element) || (!Span.documentOrder($1.element, $0.element) && $0.offset < $1.offset)
        }.map(\.element)
    }

    /// The index of the first span starting at or after `offset` (`spans.count` when none does).
    func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The spans starting at or after `a` and at or before `b`, in order.
    func starting(from a: Int, through b: Int) -> ArraySlice<Span> {
        let i = firstIndex(startingAtOrAfter: a)
        guard b < Int.max else { return spans[i...] }
        return spans[i..<max(i, firstIndex(startingAtOrAfter: b + 1))]
    }

    /// The spans inside `r` (start and end within it), in order: `spans.filter` of that test.
    func inside(_ r: Range<Int>) -> [Span] {
        starting(from: r.lowerBound, through: r.upperBound - 1).filter { $0.end <= r.upperBound }
    }

    /// Whether a span starts at `offset`.
    func anyStarts(at offset: Int) -> Bool {
        let i = firstIndex(startingAtOrAfter: offset)
        return i < spans.count && spans[i].start == offset
    }

    /// The last span (in document order) that ends by `offset` and passes `test`: the spans
    /// starting after `offset` are skipped (a span is never empty, so none of them ends by it),
    /// and the rest are read backwards until `test` holds or `stop` says no earlier span can.
    func last(endingBy offset: Int, stop: (Span) -> Bool = { _ in false }, where test: (Span) -> Bool) -> Span? {
        var k = firstIndex(startingAtOrAfter: offset + 1) - 1
        while k >= 0 {
            let n = spans[k]
            if stop(n) { return nil }
            if n.end <= offset && test(n) { return n }
            k -= 1
        }
        return nil
    }
}

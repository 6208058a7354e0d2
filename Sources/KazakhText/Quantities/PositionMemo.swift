/// Results remembered by token position within one sentence (`QuantityRecognizer` asks about
/// the same positions several times: a number, its unit, the next number of a range).
///
/// A sentence asks about a few positions, so they are kept in a short list searched from the
/// end, with no hashing and nothing allocated for a sentence that asks nothing. Past
/// `linearLimit` entries (a long table of figures in one "sentence") an index keeps each
/// lookup constant-time.
struct PositionMemo<Value> {
    private var positions: [Int] = []
    private var values: [Value?] = []
    private var index: [Int: Int] = [:]
    private static var linearLimit: Int { 16 }

    /// `.some(result)` when position `i` was stored (the result itself may be nil), else nil.
    func lookup(_ i: Int) -> Value?? {
        if positions.count > Self.linearLimit {
            return index[i].map { values[$0] }
        }
        var k = positions.count - 1
        while k >= 0 {
            if positions[k] == i { return .some(values[k]) }
            k -= 1
        }
        return nil
    }

    mutating func store(_ value: Value?, at i: Int) {
        positions.append(i)
        values.append(value)
        if positions.count > Self.linearLimit {
            if index.isEmpty {
                for (k, p) in positions.enumerated() where index[p] == nil { index[p] = k }
            }
            index[i] = positions.count - 1
        }
    }
}

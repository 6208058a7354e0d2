/// Results remembered by token position within one sentence (`QuantityRecognizer` asks about
/// the same positions several times: a number, its unit, the next number of a range).
///
/// A sentence asks about a few positions, so they are kept in a short list searched from the
/// end, with no hashing and nothing allocated for a sentence that asks nothing. Past
/// `linearLimit` entries (a long table of figures in one "sentence") an index keeps each
/// lookup constant-time.
struct PositionMemo<Value> {
    /// Position and result, in the order stored: one array, allocated once with room for the
    /// few positions a sentence usually asks about.
    private var entries: [(position: Int, value: Value?)] = []
    private var index: [Int: Int] = [:]
    private static var linearLimit: Int { 16 }

    /// `.some(result)` when position `i` was stored (the result itself may be nil), else nil.
    func lookup(_ i: Int) -> Value?? {
        if entries.count > Self.linearLimit {
            return index[i].map { entries[$0].value }
        }
        var k = entries.count - 1
        while k >= 0 {
            if entries[k].position == i { return .some(entries[k].value) }
            k -= 1
        }
        return nil
    }

    mutating func store(_ value: Value?, at i: Int) {
        if entries.isEmpty { entries.reserveCapacity(8) }
        entries.append((i, value))
        if entries.count > Self.linearLimit {
            if index.isEmpty {
                for (k, e) in entries.enumerated() where index[e.position] == nil { index[e.position] = k }
            }
            index[i] = entries.count - 1
        }
    }
}

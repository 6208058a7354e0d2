import Synchronization

/// A bounded, thread-safe memo of per-word results (suffix analyses, lexicon lookups).
/// Words repeat (Zipf), so most lookups after the first are cheap; the cache is emptied when it
/// reaches `capacity` entries, so memory stays flat however long the input is.
final class WordCache<Value: Sendable>: Sendable {
    private let storage = Mutex<[UTF8Key: Value]>([:])
    private let capacity: Int

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    func value(for word: String, _ compute: (String) -> Value) -> Value {
        let key = UTF8Key(word)
        if let hit = storage.withLock({ $0[key] }) { return hit }
        let value = compute(word)
        storage.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
        return value
    }
}

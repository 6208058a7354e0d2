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
        if let hit = cached(word) { return hit }
        let value = compute(word)
        store(value, for: word)
        return value
    }

    /// The remembered value, if any. With `store`, this spares a hot caller building a closure
    /// (which copies everything the closure captures) on every hit.
    @inline(__always)
    func cached(_ word: String) -> Value? {
        let key = UTF8Key(word)
        return storage.withLock { $0[key] }
    }

    func store(_ value: Value, for word: String) {
        storage.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[UTF8Key(word)] = value
        }
    }
}

import Synchronization

/// A bounded, thread-safe memo of per-word results (suffix analyses, lexicon lookups).
/// Words repeat (Zipf), so most lookups after the first are cheap; a shard is emptied when it
/// reaches its share of `capacity` entries, so memory stays flat however long the input is.
///
/// The table is split into shards, each behind its own lock, chosen by a cheap function of the
/// word's bytes: threads extracting in parallel seldom wait for each other.
final class WordCache<Value: Sendable>: Sendable {
    private final class Shard: Sendable {
        let storage = Mutex<[UTF8Key: Value]>([:])
    }

    private static var shardCount: Int { 16 }
    private let shards: [Shard]
    private let shardCapacity: Int

    init(capacity: Int = 50_000) {
        shards = (0..<Self.shardCount).map { _ in Shard() }
        shardCapacity = max(1, capacity / Self.shardCount)
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
        return shard(for: word).storage.withLock { $0[key] }
    }

    func store(_ value: Value, for word: String) {
        let key = UTF8Key(word)
        let capacity = shardCapacity
        shard(for: word).storage.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = value
        }
    }

    /// The shard of a word: FNV-1a over its bytes (word endings repeat too often in Kazakh,
    /// `-ның`, `-дағы`, to choose by the last bytes alone).
    @inline(__always)
    private func shard(for word: String) -> Shard {
        var h: UInt32 = 2_166_136_261
        for b in word.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        let h2 = UInt(h ^ (h >> 16))
        return shards[Int(h2 % UInt(Self.shardCount))]
    }
}

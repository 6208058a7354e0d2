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

    /// The shard of a word: its length and last two bytes, mixed.
    @inline(__always)
    private func shard(for word: String) -> Shard {
        let u = word.utf8
        var h = UInt(u.count)
        if let last = u.last { h = h &* 31 &+ UInt(last) }
        if u.count >= 2 { h = h &* 31 &+ UInt(u[u.index(u.endIndex, offsetBy: -2)]) }
        return shards[Int(h % UInt(Self.shardCount))]
    }
}

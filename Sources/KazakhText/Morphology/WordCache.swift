import Synchronization

/// A bounded, thread-safe memo of per-word results (suffix analyses, lexicon lookups).
/// Words repeat (Zipf), so most lookups after the first are cheap; a shard is emptied when it
/// reaches its share of `capacity` entries, so memory stays flat however long the input is.
///
/// The table is split into shards, each a `WordTable` behind its own lock, chosen by the word's
/// hash: threads extracting in parallel seldom wait for each other.
final class WordCache<Value: Sendable>: Sendable {
    private final class Shard: Sendable {
        let storage = Mutex<WordTable<Value>>(WordTable())
    }

    private static var shardBits: Int { 4 }
    /// The shards, owned here.
    private let shards: [Shard]
    /// The same shards, reached without a retain and release of the shard object on every
    /// lookup (`withShard`): both would write its reference count, a cache line every thread
    /// shares, and the shards live as long as this cache.
    private let shardRefs: [Unmanaged<Shard>]
    private let shardCapacity: Int

    init(capacity: Int = 50_000) {
        shards = (0..<(1 << Self.shardBits)).map { _ in Shard() }
        shardRefs = shards.map { Unmanaged.passUnretained($0) }
        shardCapacity = max(1, capacity >> Self.shardBits)
    }

    /// Runs `body` with the table of the shard that holds hash `h`, under its lock.
    @inline(__always)
    private func withShard<R>(_ h: UInt64, _ body: (inout WordTable<Value>) -> R) -> R {
        shardRefs[Int(h >> (64 - UInt64(Self.shardBits)))]._withUnsafeGuaranteedRef { shard in
            shard.storage.withLock { body(&$0) }
        }
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
        let h = Self.hash(word)
        return withShard(h) { table in table.slot(of: word, h).flatMap { table.value(at: $0) } }
    }

    /// `cached(_:)` for a word given as UTF-8 bytes (a token in the document text): a hit
    /// builds no string.
    @inline(__always)
    func cached(bytes word: UnsafeBufferPointer<UInt8>) -> Value? {
        let h = Self.hashBytes(word)
        return withShard(h) { table in table.value(forBytes: word, h) }
    }

    func store(_ value: Value, for word: String) {
        let h = Self.hash(word)
        let capacity = shardCapacity
        withShard(h) { table in table.insert(word, h, value, capacity: capacity) }
    }

    /// `WordTable.hash`: a 64-bit hash of the word's UTF-8, never 0.
    @inline(__always)
    static func hash(_ word: String) -> UInt64 { WordTable<Value>.hash(word) }

    @inline(__always)
    static func hashBytes(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 { WordTable<Value>.hashBytes(p) }
}

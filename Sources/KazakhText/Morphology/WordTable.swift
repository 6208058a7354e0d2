/// An open-addressing table from words to values, for one thread at a time: the storage behind
/// `WordCache`'s shards (each under its lock) and behind the token-word tables an extraction
/// borrows for a whole document (`TokenWords`).
///
/// Keyed by one 64-bit hash of the word's UTF-8 (computed once per lookup, eight bytes at a
/// step), with the bytes compared on a hash match, and hash, word and value kept in one slot:
/// a hit costs a few dozen instructions, where a `Dictionary` would run SipHash over the word
/// again.
struct WordTable<Value> {
    /// One slot: the word's hash (0 when empty), the word and its value side by side, so a
    /// probe that hits reads one cache line of the table (and the word's bytes when it is too
    /// long to be stored inline in the string).
    fileprivate struct Entry {
        var hash: UInt64
        var key: String
        var value: Value?

        static var empty: Entry { Entry(hash: 0, key: "", value: nil) }
    }

    /// Power-of-two slots.
    fileprivate var entries: [Entry] = []
    private(set) var count = 0

    init() {}

    func slot(of word: String, _ h: UInt64) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ slot(ofBytes: $0, h) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { slot(ofBytes: $0, h) }
    }

    /// The slot holding the word given as UTF-8 bytes (a token in the document text), if any.
    func slot(ofBytes word: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Int? {
        entries.withUnsafeBufferPointer { e in
            guard !e.isEmpty else { return nil }
            let mask = e.count - 1
            var i = Int(truncatingIfNeeded: h) & mask
            while true {
                let s = e[i].hash
                if s == 0 { return nil }
                if s == h && UTF8Key.same(e[i].key, word[...]) { return i }
                i = (i + 1) & mask
            }
        }
    }

    func value(at i: Int) -> Value? { entries[i].value }

    /// The value stored for the word given as UTF-8 bytes, if any.
    @inline(__always)
    func value(forBytes word: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> Value? {
        slot(ofBytes: word, h).flatMap { value(at: $0) }
    }

    /// Stores `value` for `word` (hash `h`); when the table already holds `capacity` words it
    /// is emptied first.
    mutating func insert(_ word: String, _ h: UInt64, _ value: Value, capacity: Int = .max) {
        if let i = slot(of: word, h) { entries[i].value = value; return }
        if count >= capacity { removeAll() }
        if (count + 1) * 2 > entries.count { resize(Swift.max(16, entries.count * 2)) }
        let mask = entries.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while entries[i].hash != 0 { i = (i + 1) & mask }
        entries[i] = Entry(hash: h, key: word, value: value)
        count += 1
    }

    /// Empties the table, keeping its slots.
    mutating func removeAll() {
        for i in entries.indices where entries[i].hash != 0 { entries[i] = .empty }
        count = 0
    }

    private mutating func resize(_ n: Int) {
        let old = entries
        entries = [Entry](repeating: .empty, count: n)
        let mask = n - 1
        for e in old where e.hash != 0 {
            var i = Int(truncatingIfNeeded: e.hash) & mask
            while entries[i].hash != 0 { i = (i + 1) & mask }
            entries[i] = e
        }
    }

    /// A 64-bit hash of the word's UTF-8, never 0.
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        if let h = word.utf8.withContiguousStorageIfAvailable(hashBytes) { return h }
        return Array(word.utf8).withUnsafeBufferPointer(hashBytes)
    }

    /// A 64-bit hash of the bytes, never 0: eight bytes at a step, then a final mix.
    static func hashBytes(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(p.count &+ 1)
        var tail: UInt64 = 0
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i + 8 <= p.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i += 8
            }
            if i < p.count {
                if p.count >= 8 {
                    // The last eight bytes, overlapping bytes already read: one load for the rest.
                    tail = raw.loadUnaligned(fromByteOffset: p.count - 8, as: UInt64.self)
                } else {
                    var shift: UInt64 = 0
                    if p.count - i >= 4 { tail = UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)); i += 4; shift = 32 }
                    if p.count - i >= 2 { tail |= UInt64(raw.loadUnaligned(fromByteOffset: i, as: UInt16.self)) << shift; i += 2; shift += 16 }
                    if p.count - i >= 1 { tail |= UInt64(p[i]) << shift }
                }
            }
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        h = h &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        return h == 0 ? 1 : h
    }
}

extension WordTable: Sendable where Value: Sendable {}
extension WordTable.Entry: Sendable where Value: Sendable {}

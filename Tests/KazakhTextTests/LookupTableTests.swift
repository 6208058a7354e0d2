import Testing
@testable import KazakhText

/// The hot-path tables: `WordCache` (per-word memo) and `UInt64Set` (packed word starts, hashes).
struct LookupTableTests {
    @Test func wordCacheRemembersEveryWordByItsBytes() {
        let cache = WordCache<Int>(capacity: 100_000)
        let words = (0..<5_000).map { "сөз\($0)" } + ["", "а", "Қазақстан", "қазақстан", "миллиардқа", "тоннаны"]
        for (k, w) in words.enumerated() { cache.store(k, for: w) }
        for (k, w) in words.enumerated() { #expect(cache.cached(w) == k, "\(w)") }
        #expect(cache.cached("сөз5000") == nil)
        #expect(cache.cached("Тоннаны") == nil)   // bytes, not case-folded
        cache.store(-1, for: "тоннаны")
        #expect(cache.cached("тоннаны") == -1)    // a second store replaces the value
    }

    /// The same words found by their bytes (`cached(bytes:)`, how tokens are looked up) as by string.
    @Test func wordCacheFindsWordsByTheirBytes() {
        let cache = WordCache<Int>(capacity: 100_000)
        let words = (0..<2_000).map { "сөз\($0)" } + ["а", "Қазақстан", "миллиардқа"]
        for (k, w) in words.enumerated() { cache.store(k, for: w) }
        for (k, w) in words.enumerated() {
            var copy = w
            copy.withUTF8 { #expect(cache.cached(bytes: $0) == k) }
        }
        var absent = "қазақстан"
        absent.withUTF8 { #expect(cache.cached(bytes: $0) == nil) }
    }

    /// Position memos answer the same in their short-list form and past it, with their index;
    /// a stored nil (no number at that position) is remembered as such.
    @Test func positionMemoRemembersEveryPositionBeforeAndAfterItsIndex() {
        var memo = PositionMemo<String>()
        let positions = Array((0..<60).shuffled())
        for (n, p) in positions.enumerated() {
            memo.store(p % 3 == 0 ? nil : "v\(p)", at: p)
            for q in positions[...n] {
                #expect(memo.lookup(q) == .some(q % 3 == 0 ? nil : "v\(q)"))
            }
            #expect(memo.lookup(1000) == nil)
        }
    }

    @Test func wordCacheStaysBoundedAndKeepsWorkingAfterEmptyingAShard() {
        let cache = WordCache<Int>(capacity: 64)   // 4 entries a shard
        for k in 0..<1_000 { cache.store(k, for: "w\(k)") }
        let kept = (0..<1_000).filter { (k: Int) in cache.cached("w\(k)") == k }.count
        #expect(kept > 0 && kept <= 64)
        #expect(cache.value(for: "жаңа") { _ in 7 } == 7)
        #expect(cache.cached("жаңа") == 7)
    }

    @Test func wordHashesDifferForWordsThatShareLongPrefixes() {
        let a = WordCache<Int>.hash("президентінің"), b = WordCache<Int>.hash("президентіне")
        #expect(a != b && a != 0 && b != 0)
        #expect(WordCache<Int>.hash("") != 0)
    }

    @Test func uint64SetHasExactlyItsKeys() {
        let keys: [UInt64] = [0, 1, 42, 1 << 63, 0x0430_0431, UInt64.max] + (0..<1_000).map { UInt64($0) &* 0x9E37_79B9 }
        let set = UInt64Set(keys)
        for k in keys { #expect(set.contains(k)) }
        for k: UInt64 in [2, 43, 7, 1 << 62, UInt64.max - 1] where !keys.contains(k) { #expect(!set.contains(k)) }
        #expect(!UInt64Set([]).contains(0))
        #expect(!UInt64Set([5]).contains(0))
    }
}

/// `PrefixIndex.candidates(of:)` holds every listed word that is a prefix of the asked word
/// (one-letter, two-byte, empty and ASCII entries included).
@Test func prefixIndexKeepsEveryPrefix() {
    let words = ["мырза", "ханым", "аға", "а", "x", "", "ауданы", "облысы", "қала", "әкім", "ab"]
    let index = PrefixIndex(words)
    for query in ["мырзаға", "ханымның", "ағасы", "ауданында", "облысының", "қаласы", "xyz", "abc", "әкімі", "б", "", "а"] {
        let expected = Set(words.filter { query.bytesHavePrefix($0) })
        let got = Set(index.candidates(of: query).filter { query.bytesHavePrefix($0) })
        #expect(got == expected, "\(query)")
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A string used as a dictionary key by its UTF-8 bytes.
///
/// `String` hashes and compares by canonical equivalence, which normalizes any non-ASCII text on
/// every call; for Cyrillic words that is most of the cost of a lexicon lookup. Lexicon forms
/// and tokens are NFC already, so comparing bytes gives the same answers at a fraction of the
/// cost. Wrapping a `String` allocates nothing (small strings stay inline).
struct UTF8Key: Hashable, Sendable {
    let string: String

    @inline(__always)
    init(_ string: String) { self.string = string }

    @inline(__always)
    init(_ substring: Substring) { self.string = String(substring) }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        let x = a.string.utf8, y = b.string.utf8
        guard x.count == y.count else { return false }
        if let equal = x.withContiguousStorageIfAvailable({ p in
            y.withContiguousStorageIfAvailable { q in
                p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0
            }
        }), let equal { return equal }
        return x.elementsEqual(y)
    }

    /// True when `string` is exactly these bytes.
    static func same(_ string: String, _ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard string.utf8.count == bytes.count else { return false }
        guard !bytes.isEmpty, let base = bytes.base.baseAddress else { return true }
        return string.utf8.withContiguousStorageIfAvailable { p in
            memcmp(p.baseAddress!, base + bytes.startIndex, p.count) == 0
        } ?? false
    }

    func hash(into hasher: inout Hasher) {
        let u = string.utf8
        if u.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for b in u { hasher.combine(b) }   // the same byte stream as combine(bytes:)
        }
    }
}

/// Byte-wise comparisons of NFC strings: the same answers as `==`, `hasPrefix` and `hasSuffix`
/// for text that is already NFC (tokens and lexicon forms), without normalizing on every call.
extension String {
    @inline(__always)
    func bytesEqual(_ other: String) -> Bool { UTF8Key(self) == UTF8Key(other) }

    @inline(__always)
    func bytesHavePrefix(_ prefix: String) -> Bool {
        let n = prefix.utf8.count
        guard utf8.count >= n else { return false }
        return Self.bytesMatch(self, at: 0, prefix, count: n)
    }

    @inline(__always)
    func bytesHaveSuffix(_ suffix: String) -> Bool {
        let n = suffix.utf8.count
        guard utf8.count >= n else { return false }
        return Self.bytesMatch(self, at: utf8.count - n, suffix, count: n)
    }

    /// True when `count` bytes of `a` from byte `offset` equal the first `count` bytes of `b`
    /// (`memcmp` on contiguous UTF-8; native strings, small or not, always have it).
    @inline(__always)
    private static func bytesMatch(_ a: String, at offset: Int, _ b: String, count: Int) -> Bool {
        if count == 0 { return true }
        if let equal = a.utf8.withContiguousStorageIfAvailable({ p in
            b.utf8.withContiguousStorageIfAvailable { q in
                memcmp(p.baseAddress! + offset, q.baseAddress!, count) == 0
            }
        }), let equal { return equal }
        return a.utf8.dropFirst(offset).prefix(count).elementsEqual(b.utf8.prefix(count))
    }

    /// True when the UTF-8 holds `byte` (`memchr`, not the generic `contains`).
    @inline(__always)
    func containsByte(_ byte: UInt8, from offset: Int = 0) -> Bool {
        let u = utf8
        guard u.count > offset else { return false }
        if let found = u.withContiguousStorageIfAvailable({ p in
            memchr(p.baseAddress! + offset, Int32(byte), p.count - offset) != nil
        }) { return found }
        return u.dropFirst(offset).contains(byte)
    }

    /// The text after the first `count` bytes (`count` must fall on a scalar boundary).
    @inline(__always)
    func bytesDropping(_ count: Int) -> String {
        String(decoding: utf8.dropFirst(count), as: UTF8.self)
    }
}

import Foundation

/// Appends JSON to a byte buffer. Writing JSON is simple enough to do directly (and is the hot
/// path of `tokenize --format jsonl`); *reading* JSON always goes through Foundation.
///
/// ```swift
/// var out = JSONWriter()
/// out.raw("{\"text\":"); out.string("«Бәрі жақсы»"); out.raw(",\"n\":"); out.int(62); out.raw("}")
/// out.bytes   // {"text":"«Бәрі жақсы»","n":62} in UTF-8
/// ```
public struct JSONWriter: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Number of bytes written.
    /// (`10` after `out.string("Бәрі")`: two quotes and four two-byte letters.)
    public private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes (it grows as needed: a whole `seed.txt` fits).
    /// (`JSONWriter(capacity: text.utf8.count * 2)` for a `Қазақстан…` article.)
    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// A copy of the bytes written.
    /// (`"Бәрі"` written gives the bytes of `"Бәрі"`, quotes included.)
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n <= capacity { return }
        var newCapacity = capacity * 2
        while newCapacity < count + n { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: storage, count: count)
        storage.deallocate()
        storage = grown
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>.SubSequence) {
        let n = source.count
        guard n > 0 else { return }
        reserve(n)
        (storage + count).update(from: source.base.baseAddress! + source.startIndex, count: n)
        count += n
    }

    mutating func append<S: Sequence>(contentsOf source: S) where S.Element == UInt8 {
        for byte in source { append(byte) }
    }

    /// Appends `s` as it is, unescaped: JSON punctuation and keys (`{"text":` before `"Бәрі"`).
    @inline(__always)
    public mutating func raw(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        reserve(n)
        (storage + count).update(from: s.utf8Start, count: n)
        count += n
    }

    /// Appends a decimal integer (`62` for `62%-ға`).
    public mutating func int(_ value: Int) {
        if value == 0 { append(0x30); return }
        var v = value.magnitude
        reserve(21)
        if value < 0 { storage[count] = 0x2D; count += 1 }
        var digits = 0
        var probe = v
        while probe > 0 { digits += 1; probe /= 10 }
        var i = count + digits - 1
        while v > 0 { storage[i] = UInt8(truncatingIfNeeded: 0x30 + v % 10); v /= 10; i -= 1 }
        count += digits
    }

    /// A JSON string from UTF-8 bytes (escaping quotes, backslashes and control characters).
    mutating func string(utf8 source: UnsafeBufferPointer<UInt8>.SubSequence) {
        append(0x22)
        var runStart = source.startIndex
        var i = source.startIndex
        let base = source.base
        let raw = UnsafeRawPointer(base.baseAddress!)
        while i < source.endIndex {
            // Eight bytes at a step while none needs escaping (a control byte, `"` or `\`).
            while i + 8 <= source.endIndex {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if Self.mayNeedEscape(x) { break }
                i += 8
            }
            guard i < source.endIndex else { break }
            let c = base[i]
            if c >= 0x20 && c != 0x22 && c != 0x5C { i += 1; continue }
            append(base[runStart..<i])
            escape(c)
            i += 1
            runStart = i
        }
        append(base[runStart..<i])
        append(0x22)
    }

    mutating func string(utf8 source: UnsafeBufferPointer<UInt8>) {
        string(utf8: source[...])
    }

    /// True when one of the eight bytes of `x` may be below 0x20, `"` or `\` (exact for the
    /// first such byte; a byte after it may be flagged by the borrow, which only ends the step).
    @inline(__always)
    static func mayNeedEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let control = (x &- ones &* 0x20) & ~x & highs != 0
        return control || hasZero(x ^ (ones &* 0x22)) || hasZero(x ^ (ones &* 0x5C))
    }

    private mutating func escape(_ c: UInt8) {
        switch c {
        case 0x22: raw("\\\"")
        case 0x5C: raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        default:
            raw("\\u00")
            let hex: StaticString = "0123456789abcdef"
            append(hex.utf8Start[Int(c >> 4)]); append(hex.utf8Start[Int(c & 0xF)])
        }
    }

    /// Appends `s` as a quoted, escaped JSON string (`"«Бәрі жақсы»"`; `"` and control characters escaped).
    public mutating func string(_ s: String) {
        var copy = s
        copy.withUTF8 { string(utf8: $0) }
    }

    /// Any JSON value Foundation can serialize (used for fields passed through untouched). The
    /// keys of objects inside it are written sorted: Foundation's dictionaries do not keep the
    /// input's order, and without sorting the same input gave a different key order on each run.
    mutating func value(_ any: Any) {
        if let data = try? JSONSerialization.data(withJSONObject: any, options: [.fragmentsAllowed, .withoutEscapingSlashes, .sortedKeys]) {
            data.withUnsafeBytes { raw in
                append(raw.bindMemory(to: UInt8.self)[...])
            }
        } else {
            raw("null")
        }
    }
}

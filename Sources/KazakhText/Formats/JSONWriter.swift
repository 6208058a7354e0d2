import Foundation

/// Appends JSON to a byte buffer. Writing JSON is simple enough to do directly (and is the hot
/// path of `tokenize --format jsonl`); *reading* JSON always goes through Foundation.
public struct JSONWriter {
    public var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    public mutating func raw(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    public mutating func int(_ value: Int) {
        if value == 0 { bytes.append(0x30); return }
        var v = value
        if v < 0 { bytes.append(0x2D); v = -v }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 { d[n] = UInt8(0x30 + v % 10); v /= 10; n += 1 }
            while n > 0 { n -= 1; bytes.append(d[n]) }
        }
    }

    /// A JSON string from UTF-8 bytes (escaping quotes, backslashes and control characters).
    public mutating func string<C: Collection>(utf8 source: C) where C.Element == UInt8 {
        bytes.append(0x22)
        for c in source {
            switch c {
            case 0x22: bytes.append(0x5C); bytes.append(0x22)
            case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
            case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
            case 0x0D: bytes.append(0x5C); bytes.append(0x72)
            case 0x09: bytes.append(0x5C); bytes.append(0x74)
            case 0x00..<0x20:
                raw("\\u00")
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(hex[Int(c >> 4)]); bytes.append(hex[Int(c & 0xF)])
            default: bytes.append(c)
            }
        }
        bytes.append(0x22)
    }

    public mutating func string(_ s: String) {
        var copy = s
        copy.withUTF8 { string(utf8: $0) }
    }

    /// Any JSON value Foundation can serialize (used for fields passed through untouched).
    public mutating func value(_ any: Any) {
        if let data = try? JSONSerialization.data(withJSONObject: any, options: [.fragmentsAllowed, .withoutEscapingSlashes]) {
            bytes.append(contentsOf: data)
        } else {
            raw("null")
        }
    }
}

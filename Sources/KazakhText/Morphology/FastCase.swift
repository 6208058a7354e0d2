/// Lower-casing for the hot path: ASCII and Cyrillic (with the Kazakh letters) by table, any
/// other letter through the standard library. Same result as `String.lowercased()` for text
/// in these scripts, without its per-character overhead.
enum FastCase {
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> String {
        var needsLowering = false
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { needsLowering = true }
                i += 1
            } else if b >= 0xD0 && b <= 0xD3, i + 1 < bytes.endIndex {
                // U+0400…U+04FF (Cyrillic, with the Kazakh letters): upper case only where `lower` changes it.
                let v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                if lowerValue(v) != v { needsLowering = true }
                i += 2
            } else if b == 0xC2, i + 1 < bytes.endIndex {
                i += 2   // U+0080…U+00BF: signs and punctuation (« » ° §), no case
            } else if b == 0xE2, i + 2 < bytes.endIndex, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
                i += 3   // U+2000…U+207F: general punctuation (– — “ ” „ …), no case
            } else {
                return String(decoding: bytes, as: UTF8.self).lowercased()
            }
        }
        if !needsLowering { return String(decoding: bytes, as: UTF8.self) }
        // Only the cases above: lower ASCII and U+0400…U+04FF in place (a lowered letter stays in
        // that block, so it keeps its two-byte length), copy the rest.
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var i = bytes.startIndex, o = 0
            while i < bytes.endIndex {
                let b = bytes[i]
                if b < 0x80 {
                    out[o] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    i += 1; o += 1
                } else if b >= 0xD0 && b <= 0xD3 {
                    let l = lowerValue(UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
                    out[o] = UInt8(0xC0 | l >> 6)
                    out[o + 1] = UInt8(0x80 | l & 0x3F)
                    i += 2; o += 2
                } else {
                    let n = b == 0xC2 ? 2 : 3
                    for k in 0..<n { out[o + k] = bytes[i + k] }
                    i += n; o += n
                }
            }
            return o
        }
    }

    /// `string.lowercased()`, through the table for the scripts above.
    static func lowercased(_ string: String) -> String {
        var copy = string
        return copy.withUTF8 { lowercased($0[...]) }
    }

    /// The lower-cased string of these scalars (the quote rules read words out of a scalar array).
    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { buffer in
            var n = 0
            for c in scalars {
                UTF8.encode(c) { buffer[n] = $0; n += 1 }
            }
            return lowercased(UnsafeBufferPointer(rebasing: buffer[..<n])[...])
        }
    }

    @inline(__always)
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value, l = lowerValue(v)
        return l == v ? s : Unicode.Scalar(l)!
    }

    /// `lower` on the scalar value (ASCII and U+0400…U+04FF; other values unchanged).
    @inline(__always)
    static func lowerValue(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A: return v + 0x20
        case 0x0410...0x042F: return v + 0x20
        case 0x0400...0x040F: return v + 0x50          // Ѐ…Џ, incl. Ё І
        case 0x0460...0x04FF where v & 1 == 0 && v != 0x04C0:            // pairs: Ғ Қ Ң Ү Ұ Һ Ә Ө
            if v >= 0x04C1 && v <= 0x04CE { return v }                       // odd-paired block
            return v + 1
        case 0x04C1...0x04CE where v & 1 == 1:
            return v + 1
        default: return v
        }
    }
}

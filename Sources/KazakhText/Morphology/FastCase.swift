/// Lower-casing for the hot path: ASCII and Cyrillic (with the Kazakh letters) by table, any
/// other letter through the standard library. Same result as `String.lowercased()` for text
/// in these scripts, without its per-character overhead.
enum FastCase {
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> String {
        var needsLowering = false
        var simple = true
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { needsLowering = true }
                i += 1
            } else if b == 0xD0 || b == 0xD1 || b == 0xD2 || b == 0xD3 {
                if b == 0xD0, i + 1 < bytes.endIndex, bytes[i + 1] <= 0xAF { needsLowering = true }
                if b == 0xD2 || b == 0xD3 { needsLowering = true }
                i += 2
            } else {
                simple = false
                break
            }
        }
        if !needsLowering && simple { return String(decoding: bytes, as: UTF8.self) }
        if !simple { return String(decoding: bytes, as: UTF8.self).lowercased() }
        // ASCII and two-byte letters of U+0400…U+04FF only: lower them in place, byte by byte
        // (a lowered letter stays in that block, so it keeps its two-byte length).
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var i = bytes.startIndex, o = 0
            while i < bytes.endIndex {
                let b = bytes[i]
                if b < 0x80 {
                    out[o] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                    i += 1; o += 1
                } else {
                    let v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    let l = lower(Unicode.Scalar(v)!).value
                    out[o] = UInt8(0xC0 | l >> 6)
                    out[o + 1] = UInt8(0x80 | l & 0x3F)
                    i += 2; o += 2
                }
            }
            return o
        }
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
        let v = s.value
        switch v {
        case 0x41...0x5A: return Unicode.Scalar(v + 0x20)!
        case 0x0410...0x042F: return Unicode.Scalar(v + 0x20)!
        case 0x0400...0x040F: return Unicode.Scalar(v + 0x50)!          // Ѐ…Џ, incl. Ё І
        case 0x0460...0x04FF where v & 1 == 0 && v != 0x04C0:            // pairs: Ғ Қ Ң Ү Ұ Һ Ә Ө
            if v >= 0x04C1 && v <= 0x04CE { return s }                       // odd-paired block
            return Unicode.Scalar(v + 1)!
        case 0x04C1...0x04CE where v & 1 == 1:
            return Unicode.Scalar(v + 1)!
        default: return s
        }
    }
}

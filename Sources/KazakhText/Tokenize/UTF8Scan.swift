/// Small helpers for reading Unicode scalars straight out of UTF-8 bytes (valid UTF-8 only).
enum UTF8Scan {
    /// The scalar starting at byte `i` and its length in bytes.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (Unicode.Scalar(b0)!, 1) }
        if b0 < 0xE0 {
            let v = (b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 2)
        }
        if b0 < 0xF0 {
            let v = (b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
            return (Unicode.Scalar(v) ?? "\u{FFFD}", 3)
        }
        let v = (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
        return (Unicode.Scalar(v) ?? "\u{FFFD}", 4)
    }

    /// The last scalar before byte `end`.
    static func lastScalar(_ b: UnsafeBufferPointer<UInt8>, before end: Int) -> Unicode.Scalar {
        var i = end - 1
        while i > 0 && b[i] & 0xC0 == 0x80 { i -= 1 }
        return scalar(b, at: i).0
    }

    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// `properties.isAlphabetic`, with ASCII and Cyrillic answered by range.
    @inline(__always)
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0x0400...0x0481, 0x048A...0x04FF: return true
        case 0...0x40, 0x5B...0x60, 0x7B...0x7F: return false
        default: return s.properties.isAlphabetic
        }
    }

    /// `properties.isWhitespace` (Unicode White_Space), with ASCII answered by range.
    @inline(__always)
    static func isUnicodeWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D: return true
        case 0...0x7F: return false
        default: return s.properties.isWhitespace
        }
    }

    @inline(__always)
    static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Number of scalars in the byte range.
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var n = 0
        for i in start..<end where b[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    @inline(__always)
    static func isUppercaseLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x0410...0x042F: return true
        case 0x00...0x40, 0x5B...0x7F, 0x0430...0x044F, 0xA0...0xBF, 0x2000...0x206F: return false
        default: return s.properties.isUppercase && s.properties.isAlphabetic
        }
    }

    @inline(__always)
    static func isLowercaseLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x61...0x7A, 0x0430...0x044F: return true
        case 0x41...0x5A, 0x0410...0x042F, 0x20...0x40: return false
        default: return s.properties.isLowercase && s.properties.isAlphabetic
        }
    }
}

extension UTF8Scan {
    /// The text's scalars, decoded from its UTF-8 in one pass (`Array(text.unicodeScalars)`
    /// counts them first, then copies).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var copy = text
        return copy.withUTF8 { b in
            // At most one scalar a byte: written straight into the new array's storage.
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, count in
                guard let input = b.baseAddress, let output = out.baseAddress else { count = 0; return }
                var i = 0, n = 0
                while i < b.count {
                    let b0 = input[i]
                    if b0 < 0x80 {
                        (output + n).initialize(to: Unicode.Scalar(b0))
                        i += 1
                    } else if b0 >= 0xC2 && b0 < 0xE0 {
                        // Two bytes (Cyrillic): U+0080–U+07FF, always a scalar.
                        let v = UInt32(b0 & 0x1F) << 6 | UInt32(input[i + 1] & 0x3F)
                        (output + n).initialize(to: Unicode.Scalar(v).unsafelyUnwrapped)
                        i += 2
                    } else {
                        let (s, length) = scalar(b, at: i)
                        (output + n).initialize(to: s)
                        i += length
                    }
                    n += 1
                }
                count = n
            }
        }
    }
}

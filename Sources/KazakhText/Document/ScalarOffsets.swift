/// Converts increasing UTF-8 byte offsets into Unicode scalar offsets with one pass over the
/// bytes: the conversion at the API edge (internally everything works in UTF-8 bytes).
struct ScalarOffsetCounter {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var bytePosition = 0
    private var scalarPosition = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar offset of `byteOffset`; offsets must not decrease between calls unless
    /// `reset()` is called.
    mutating func scalarOffset(ofByte byteOffset: Int) -> Int {
        if byteOffset < bytePosition { reset() }
        var b = bytePosition
        var s = scalarPosition
        // Eight bytes at a step: a continuation byte (10xxxxxx) starts no scalar.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while b + 8 <= byteOffset {
                let x = raw.loadUnaligned(fromByteOffset: b, as: UInt64.self)
                let continuation = (x >> 7) & ~(x >> 6) & 0x0101_0101_0101_0101
                s += 8 - continuation.nonzeroBitCount
                b += 8
            }
        }
        while b < byteOffset {
            if bytes[b] & 0xC0 != 0x80 { s += 1 }
            b += 1
        }
        bytePosition = b
        scalarPosition = s
        return s
    }

    mutating func reset() {
        bytePosition = 0
        scalarPosition = 0
    }
}

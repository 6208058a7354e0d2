import ICUBridge

/// The per-token fold the tokenizer applies to fill a token's `norm`: NFC, and look-alike letters
/// inside Cyrillic words to Cyrillic from `homoglyphs.tsv` (`мемлекеттiк` → `мемлекеттік`,
/// `Aстана` → `Астана`). A word with no Cyrillic letter is left alone (`Apple`).
enum TokenFold {
    /// The normalized form of one token's bytes, or nil when it is unchanged.
    /// With `legacy`, a word with letters of a legacy 8-bit font (`Јзірбайжан`) is repaired
    /// when that makes it Kazakh (`KazakhTransliterator.repairedLegacyFont`).
    static func normalizedToken(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence, homoglyphs: [Unicode.Scalar: Unicode.Scalar],
                                legacy: KazakhTransliterator? = nil) -> String? {
        var hasCyrillic = false
        var hasCandidate = false
        var needsNFCCheck = false
        var hasLegacy = false
        let base = bytes.base.baseAddress!
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let byte = base[i]
            if byte >= 0xD0 && byte <= 0xD3 {
                hasCyrillic = true
                if i + 1 < end {
                    let next = base[i + 1]
                    // ӊ Ӊ Ӏ are Cyrillic code points that still fold.
                    if byte == 0xD3 && (next == 0x80 || next == 0x89 || next == 0x8A) { hasCandidate = true }
                    // Ѐ–Џ and ѐ–џ but Ё ё І і, and Ґ ґ: the stand-ins of legacy fonts.
                    if byte == 0xD0 ? next < 0x90 && next != 0x81 && next != 0x86
                        : byte == 0xD1 ? next >= 0x90 && next != 0x91 && next != 0x96
                        : byte == 0xD2 && (next == 0x90 || next == 0x91) { hasLegacy = true }
                }
                i += 2
                continue
            }
            if byte < 0x80 {
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { hasCandidate = true }
            } else if byte == 0xC6 || byte == 0xC9 {
                hasCandidate = true
            } else if byte == 0xCC || byte == 0xCD || byte >= 0xE0 {
                needsNFCCheck = true
            }
            i += 1
        }
        var folded: String? = nil
        if hasLegacy, let legacy {
            folded = legacy.repairedLegacyFont(String(decoding: bytes, as: UTF8.self))
        }
        if hasCyrillic && hasCandidate {
            var out = String.UnicodeScalarView()
            var changed = false
            for scalar in (folded ?? String(decoding: bytes, as: UTF8.self)).unicodeScalars {
                if let target = homoglyphs[scalar] { out.append(target); changed = true } else { out.append(scalar) }
            }
            if changed { folded = String(out) }
        }
        if needsNFCCheck {
            let source = folded.map { Array($0.utf8) } ?? Array(bytes)
            if let nfc = Self.nfc(source) { folded = nfc }
        }
        return folded
    }

    /// The NFC form of UTF-8 bytes, or nil when they are already NFC.
    static func nfc(_ utf8: [UInt8]) -> String? {
        let isNFC = utf8.withUnsafeBufferPointer { p in
            kt_is_nfc_utf8(UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(p.count))
        }
        guard isNFC == 0 else { return nil }
        var capacity = utf8.count * 3 + 16
        while true {
            var out = [UInt8](repeating: 0, count: capacity)
            let written = utf8.withUnsafeBufferPointer { p in
                out.withUnsafeMutableBufferPointer { o in
                    kt_nfc_utf8(UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(p.count),
                                UnsafeMutableRawPointer(o.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(capacity))
                }
            }
            if written < 0 { return nil }
            if Int(written) <= capacity { return String(decoding: out[0..<Int(written)], as: UTF8.self) }
            capacity = Int(written)
        }
    }
}

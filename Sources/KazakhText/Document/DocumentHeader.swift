extension Document {
    /// The date of a raw text that starts with ` date YYYY-MM-DD ` (as the corpus files do), or nil.
    ///
    /// ```swift
    /// Document.headerDate(" date 2025-10-21 Қасым-Жомарт Тоқаев")  // "2025-10-21"
    /// Document.headerDate("Қасым-Жомарт Тоқаев")                  // nil
    /// ```
    public static func headerDate(_ text: String) -> String? {
        var utf8 = text.utf8.prefix(32).makeIterator()
        var byte = utf8.next()
        while byte == 0x20 { byte = utf8.next() }
        for expected in "date ".utf8 {
            guard byte == expected else { return nil }
            byte = utf8.next()
        }
        var date: [UInt8] = []
        for k in 0..<10 {
            guard let b = byte else { return nil }
            let ok = (k == 4 || k == 7) ? b == 0x2D : (b >= 0x30 && b <= 0x39)
            guard ok else { return nil }
            date.append(b)
            byte = utf8.next()
        }
        return String(decoding: date, as: UTF8.self)
    }
}

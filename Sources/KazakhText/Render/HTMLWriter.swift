/// Appends HTML to a byte buffer: trusted markup with `raw`, anything else with `text`,
/// which escapes it (the one escaping function of the HTML views).
///
/// ```swift
/// var html = HTMLWriter()
/// html.raw("<p title=\"")
/// html.text("«Ақ жол» & <b>")      // «Ақ жол» &amp; &lt;b&gt;
/// html.raw("\">")
/// ```
package struct HTMLWriter: Sendable {
    /// The HTML written so far, UTF-8.
    package private(set) var bytes: [UInt8] = []

    package init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends trusted markup as it is.
    package mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends a decimal integer.
    package mutating func int(_ n: Int) {
        bytes.append(contentsOf: String(n).utf8)
    }

    /// Appends `text` escaped for element content or a double-quoted attribute value.
    package mutating func text(_ text: some StringProtocol) {
        for byte in text.utf8 { escape(byte) }
    }

    /// Appends other HTML as it is (a section rendered elsewhere).
    package mutating func append(_ html: [UInt8]) {
        bytes.append(contentsOf: html)
    }

    /// Appends one byte of UTF-8 text, escaped.
    ///
    /// `& < > " '` become character references. A carriage return becomes `&#13;`: written as
    /// is, the HTML parser would turn it (and CR LF) into a line feed, and the page's text would
    /// no longer be the document's text. NUL, which a page cannot hold, becomes U+FFFD.
    /// Every other byte, including the bytes of right-to-left letters, combining marks and
    /// control characters, is copied, so the page shows the text as written.
    @inline(__always)
    mutating func escape(_ byte: UInt8) {
        switch byte {
        case 0x26: bytes.append(contentsOf: "&amp;".utf8)
        case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
        case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
        case 0x22: bytes.append(contentsOf: "&quot;".utf8)
        case 0x27: bytes.append(contentsOf: "&#39;".utf8)
        case 0x0D: bytes.append(contentsOf: "&#13;".utf8)
        case 0x00: bytes.append(contentsOf: "&#xFFFD;".utf8)
        default: bytes.append(byte)
        }
    }

    /// `label` reduced to the characters a CSS class name may hold (`QUANTITY` → `QUANTITY`,
    /// `ORGANISATION` → `ORGANISATION`, anything else → `_`).
    package static func className(_ label: String) -> String {
        String(decoding: label.utf8.map { b in
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F ? b : 0x5F
        }, as: UTF8.self)
    }
}

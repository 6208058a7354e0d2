import Foundation

/// How documents are read (annotation-format.md, "Input documents").
public enum InputFormat: String, Sendable, CaseIterable {
    /// One JSON document a line with at least `id` and `text`.
    case jsonl
    /// A whole file is one document, `id` = the file name (`-` for standard input).
    case text
    /// Every non-empty line is a document, `id` = `FILE:LINE`.
    case lines

    /// `.jsonl` files are JSONL (also compressed: `.jsonl.gz`, `.jsonl.zst`, `.jsonl.xz`),
    /// anything else is text.
    public static func guess(path: String) -> InputFormat {
        Compression.strippingExtension(path).hasSuffix(".jsonl") ? .jsonl : .text
    }
}

/// A problem found in the input that was handled without stopping (reported on stderr and,
/// where it belongs to a document, in its `warnings`).
public struct InputWarning: Sendable {
    public var file: String
    public var line: Int?
    /// Byte offset in the file.
    public var byteOffset: Int?
    public var message: String

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let byteOffset { place += " (byte \(byteOffset))" }
        return "\(place): \(message)"
    }
}

/// One unit of input: the raw bytes of a JSONL line, a text line or a whole text file.
public struct InputRecord: Sendable {
    public var file: String
    public var line: Int
    /// Byte offset of the record in its file.
    public var fileOffset: Int
    public var format: InputFormat
    public var bytes: [UInt8]
}

/// A note about a document's text that goes into its `warnings` (annotation-format.md): where
/// the input was not Unicode text and was replaced, or a field that could not be kept.
///
/// ```swift
/// // {"id": "d", "text": "Сәлем \ud800 әлем"} is read as "Сәлем \u{FFFD} әлем" with
/// InputTextWarning(utf8Range: 11..<14, message: "lone surrogate escape replaced with U+FFFD")
/// // written as {"start": 6, "end": 7, "message": "lone surrogate escape replaced with U+FFFD"}
/// ```
public struct InputTextWarning: Sendable, Hashable {
    /// UTF-8 byte range in the document text; nil when the warning names no stretch of it.
    public var utf8Range: Range<Int>?
    public var message: String

    public init(utf8Range: Range<Int>?, message: String) {
        self.utf8Range = utf8Range
        self.message = message
    }

    static let invalidUTF8 = "invalid UTF-8 replaced with U+FFFD"
    static let loneSurrogate = "lone surrogate escape replaced with U+FFFD"
}

/// A document decoded from an input record, with the fields it carried besides `id`, `text`
/// and `date` (kept in input order, as JSON, to pass through untouched).
public struct InputDocument: @unchecked Sendable {
    // Safety: `extraFields` holds Foundation JSON values (immutable after decoding).
    public var document: Document
    public var extraFields: [(String, Any)]
    /// Problems for standard error, with file, line and byte in the file.
    public var warnings: [InputWarning]
    /// The same problems as they go into the output document's `warnings`, with offsets in its text.
    public var documentWarnings: [InputTextWarning]
}

public enum InputDecodeError: Error, Sendable, CustomStringConvertible {
    case invalid(id: String?, message: String)

    public var description: String {
        switch self { case .invalid(_, let message): return message }
    }

    public var id: String? {
        switch self { case .invalid(let id, _): return id }
    }
}

/// Decodes input records into documents; errors name the file and line.
///
/// ```swift
/// let record = InputRecord(file: "news.jsonl", line: 1, fileOffset: 0, format: .jsonl,
///                          bytes: Array(#"{"text": "Сәлем, әлем"}"#.utf8))
/// DocumentDecoder.decode(record)   // id "news.jsonl:1", text "Сәлем, әлем"
/// ```
public enum DocumentDecoder {
    public static func decode(_ record: InputRecord) -> Result<InputDocument, InputDecodeError> {
        switch record.format {
        case .text, .lines:
            let (text, repairs) = repairUTF8(record.bytes)
            let id = record.format == .text ? record.file : "\(record.file):\(record.line)"
            let warnings = repairs.map {
                InputWarning(file: record.file, line: record.format == .lines ? record.line : nil,
                             byteOffset: record.fileOffset + $0.inputByte, message: InputTextWarning.invalidUTF8)
            }
            let documentWarnings = repairs.map {
                InputTextWarning(utf8Range: $0.textByte..<($0.textByte + 3), message: InputTextWarning.invalidUTF8)
            }
            return .success(InputDocument(document: Document(id: id, text: text, date: headerDate(text)),
                                          extraFields: [], warnings: warnings, documentWarnings: documentWarnings))
        case .jsonl:
            return JSONLDocumentDecoder.decode(record)
        }
    }

    /// Where one invalid UTF-8 sequence was: its byte in the input and the byte of its U+FFFD
    /// in the repaired text.
    public struct Repair: Sendable, Hashable {
        public var inputByte: Int
        public var textByte: Int
    }

    /// Valid UTF-8 as a String, with where each invalid sequence was (each replaced by U+FFFD).
    public static func repairUTF8(_ bytes: [UInt8]) -> (String, [Repair]) {
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, []) }
        var repairs: [Repair] = []
        var i = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var scalars = String.UnicodeScalarView()
        var textByte = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                i += encoded.count
                textByte += encoded.count
            case .error(let length):
                repairs.append(Repair(inputByte: i, textByte: textByte))
                scalars.append("\u{FFFD}")
                i += length
                textByte += 3
            case .emptyInput:
                break loop
            }
        }
        return (String(scalars), repairs)
    }

    /// The date of a raw text that starts with ` date YYYY-MM-DD ` (as the corpus files do).
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

    /// The object's keys in the order they appear in the line (Foundation's dictionary loses
    /// it). A `"key"` followed by `:` outside a string can only be a key.
    static func orderedKeys(_ line: [UInt8], _ keys: [String]) -> [String] {
        if keys.count <= 1 { return keys }
        func position(of key: String) -> Int {
            let needle = [0x22] + Array(key.utf8) + [0x22]
            var i = 0
            while i + needle.count <= line.count {
                if line[i] == 0x22 && (i == 0 || line[i - 1] != 0x5C) && Array(line[i..<(i + needle.count)]) == needle {
                    var j = i + needle.count
                    while j < line.count && (line[j] == 0x20 || line[j] == 0x09) { j += 1 }
                    if j < line.count && line[j] == 0x3A { return i }
                }
                i += 1
            }
            return Int.max
        }
        return keys.map { ($0, position(of: $0)) }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    static func jsonErrorSummary(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return context.underlyingError.map(jsonErrorSummary) ?? context.debugDescription
        }
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }
}

import Foundation

/// How documents are read (annotation-format.md, "Input documents").
///
/// `InputFormat.guess(path: "news.jsonl")` is `.jsonl`; `seed.txt` (`Қазақстан Президенті…`) is `.text`.
public enum InputFormat: String, Sendable, CaseIterable {
    /// One JSON document a line with at least `id` and `text`.
    case jsonl
    /// A whole file is one document, `id` = the file name (`-` for standard input).
    case text
    /// Every non-empty line is a document, `id` = `FILE:LINE`.
    case lines

    /// `.jsonl` files are JSONL, anything else is text.
    /// (`.text` for `seed.txt`, a Kazakh article.)
    /// (`жаңалықтар.jsonl` is `.jsonl`.)
    public static func guess(path: String) -> InputFormat {
        path.hasSuffix(".jsonl") ? .jsonl : .text
    }
}

/// A problem found in the input that was handled without stopping (reported on stderr and,
/// where it belongs to a document, in its `warnings`).
///
/// `news.jsonl:3 (byte 120): invalid UTF-8 replaced by U+FFFD`, say, for a broken `Қазақстан`.
public struct InputWarning: Sendable {
    /// The file (`news.jsonl`; `-` for standard input).
    /// (`жаңалықтар.jsonl`.)
    public var file: String
    /// The line in the file, when the warning has one (`3`).
    /// (The line of the broken `Қазақстан`.)
    public var line: Int?
    /// Byte offset in the file.
    /// (`120` where a broken `Қ` starts.)
    public var byteOffset: Int?
    /// What was wrong (`invalid UTF-8 replaced by U+FFFD` for a broken `Қ`).
    public var message: String

    /// `file:line (byte N): message` (`news.jsonl:3 (byte 120): invalid UTF-8…`, for a broken `Қ`).
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let byteOffset { place += " (byte \(byteOffset))" }
        return "\(place): \(message)"
    }
}

/// One unit of input: the raw bytes of a JSONL line, a text line or a whole text file.
///
/// The line `{"id":"d","text":"Былтыр 62%-ға өсті."}` of `news.jsonl` is one record.
public struct InputRecord: Sendable {
    /// The file it came from (`news.jsonl`).
    /// (`жаңалықтар.jsonl`.)
    public var file: String
    /// Its first line in the file, from 1 (`1` for `{"id":"d","text":"Былтыр 62%-ға өсті."}` on top).
    public var line: Int
    /// Byte offset of the record in its file.
    /// (`0` for the first line `{"id":"d","text":"Былтыр 62%-ға өсті."}`.)
    public var fileOffset: Int
    /// How to decode `bytes` (`.jsonl` for `{"id":"d","text":"Былтыр 62%-ға өсті."}`).
    public var format: InputFormat
    /// The raw bytes, as read (`{"id":"d","text":"Былтыр 62%-ға өсті."}` in UTF-8).
    public var bytes: [UInt8]
}

/// A document decoded from an input record, with the fields it carried besides `id`, `text`
/// and `date` (kept in input order, as JSON, to pass through untouched).
///
/// `{"id":"d","text":"Былтыр 62%-ға өсті.","source":"baq"}` gives the document and the extra
/// field `source`.
public struct InputDocument: @unchecked Sendable {
    // Safety: `extraFields` holds Foundation JSON values (immutable after decoding).
    /// The document (`Былтыр 62%-ға өсті.`).
    public var document: Document
    /// Fields besides `id`, `text`, `date` (`source: "baq"` beside `Былтыр 62%-ға өсті.`).
    public var extraFields: [(String, Any)]
    /// Problems handled while decoding (a broken `Қ` replaced by U+FFFD).
    public var warnings: [InputWarning]
    /// Byte offsets (in the document text) where invalid UTF-8 was replaced by U+FFFD.
    /// (`[0]` when the `Қ` of `Қазақстан` was broken.)
    public var replacedBytes: [Int]
}

/// A record that is not a document (`news.jsonl:3: a document must be a JSON object`, for
/// `["Былтыр 62%-ға өсті."]`); the tool writes an error line for it and goes on.
public enum InputDecodeError: Error, Sendable, CustomStringConvertible {
    case invalid(id: String?, message: String)

    /// The message, with file and line (`news.jsonl:3: document has no string field 'text'`).
    /// (For `{"id":"d","мәтін":"…"}`, which has no `text`.)
    public var description: String {
        switch self { case .invalid(_, let message): return message }
    }

    /// The record's `id` when it could be read (`"d"` in `{"id":"d","text":42}`).
    /// (`"d"` in `{"id":"d","мәтін":"…"}`.)
    public var id: String? {
        switch self { case .invalid(let id, _): return id }
    }
}

/// Decodes input records into documents; errors name the file and line.
///
/// ```swift
/// let record = InputRecord(file: "x.txt", line: 1, fileOffset: 0, format: .text,
///                          bytes: Array("Былтыр 62%-ға өсті.".utf8))
/// let doc = try DocumentDecoder.decode(record).get().document   // id "x.txt"
/// ```
public enum DocumentDecoder {
    /// The document a record holds, or an error that names its file and line (see the example above
    /// for `Былтыр 62%-ға өсті.`).
    public static func decode(_ record: InputRecord) -> Result<InputDocument, InputDecodeError> {
        switch record.format {
        case .text, .lines:
            let (text, bad) = repairUTF8(record.bytes)
            let id = record.format == .text ? record.file : "\(record.file):\(record.line)"
            let warnings = bad.map {
                InputWarning(file: record.file, line: record.format == .lines ? record.line : nil,
                             byteOffset: record.fileOffset + $0, message: "invalid UTF-8 replaced with U+FFFD")
            }
            return .success(InputDocument(document: Document(id: id, text: text, date: Document.headerDate(text)),
                                          extraFields: [], warnings: warnings, replacedBytes: bad))
        case .jsonl:
            // Parsed straight from the record's bytes: JSONSerialization rejects invalid UTF-8, so
            // the line is repaired (and the repairs reported) only when that parse fails.
            var bad: [Int] = []
            var warnings: [InputWarning] = []
            let object: Any
            do {
                // Borrowed, not copied: the Data does not outlive the parse.
                object = try record.bytes.withUnsafeBytes { raw in
                    guard let base = raw.baseAddress else { return try JSONSerialization.jsonObject(with: Data(), options: []) }
                    return try JSONSerialization.jsonObject(
                        with: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none),
                        options: [])
                }
            } catch let firstError {
                let (lineText, repaired) = repairUTF8(record.bytes)
                bad = repaired
                warnings = bad.map {
                    InputWarning(file: record.file, line: record.line, byteOffset: record.fileOffset + $0,
                                 message: "invalid UTF-8 replaced with U+FFFD")
                }
                do {
                    guard !bad.isEmpty else { throw firstError }
                    object = try JSONSerialization.jsonObject(with: Data(lineText.utf8), options: [])
                } catch {
                    return .failure(.invalid(id: nil, message: "\(record.file):\(record.line): not valid JSON: \(jsonErrorSummary(error))"))
                }
            }
            guard let dict = object as? [String: Any] else {
                return .failure(.invalid(id: nil, message: "\(record.file):\(record.line): a document must be a JSON object"))
            }
            let id = (dict["id"] as? String) ?? (dict["id"].map { "\($0)" })
            guard let text = dict["text"] as? String else {
                return .failure(.invalid(id: id, message: "\(record.file):\(record.line): document has no string field 'text'"))
            }
            guard let id else {
                return .failure(.invalid(id: nil, message: "\(record.file):\(record.line): document has no 'id'"))
            }
            if !bad.isEmpty { warnings = warnings.map { var w = $0; w.message += " (inside the JSON line)"; return w } }
            let date = (dict["date"] as? String) ?? (text.utf8.first == 0x20 || text.utf8.first == 0x64 ? Document.headerDate(text) : nil)
            var extra: [(String, Any)] = []
            if dict.count > (dict["date"] == nil ? 2 : 3) {
                let extraKeys = dict.filter { $0.key != "id" && $0.key != "text" && $0.key != "date" }
                for key in orderedKeys(record.bytes, extraKeys) { extra.append((key, dict[key]!)) }
            }
            return .success(InputDocument(document: Document(id: id, text: text, date: date), extraFields: extra,
                                          warnings: warnings, replacedBytes: []))
        }
    }

    /// Valid UTF-8 as a String, with the byte offsets of invalid sequences (each replaced by U+FFFD).
    static func repairUTF8(_ bytes: [UInt8]) -> (String, [Int]) {
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, []) }
        var bad: [Int] = []
        var i = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                i += encoded.count
            case .error(let length):
                bad.append(i)
                scalars.append("\u{FFFD}")
                i += length
            case .emptyInput:
                break loop
            }
        }
        return (String(scalars), bad)
    }

    /// The object's keys in the order they appear in the line (Foundation's dictionary loses
    /// it). A `"key"` followed by `:` outside a string can only be a key.
    static func orderedKeys(_ line: [UInt8], _ dict: [String: Any]) -> [String] {
        let keys = Array(dict.keys)
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
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }
}

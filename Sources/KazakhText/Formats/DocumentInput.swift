import Foundation

/// How documents are read (annotation-format.md, "Input documents").
public enum InputFormat: String, Sendable, CaseIterable {
    /// One JSON document a line with at least `id` and `text`.
    case jsonl
    /// A whole file is one document, `id` = the file name (`-` for standard input).
    case text
    /// Every non-empty line is a document, `id` = `FILE:LINE`.
    case lines

    /// `.jsonl` files are JSONL, anything else is text.
    public static func guess(path: String) -> InputFormat {
        path.hasSuffix(".jsonl") ? .jsonl : .text
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

/// A document decoded from an input record, with the fields it carried besides `id`, `text`
/// and `date` (kept in input order, as JSON, to pass through untouched).
public struct InputDocument: @unchecked Sendable {
    // Safety: `extraFields` holds Foundation JSON values (immutable after decoding).
    public var document: Document
    public var extraFields: [(String, Any)]
    public var warnings: [InputWarning]
    /// Byte offsets (in the document text) where invalid UTF-8 was replaced by U+FFFD.
    public var replacedBytes: [Int]
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
public enum DocumentDecoder {
    public static func decode(_ record: InputRecord) -> Result<InputDocument, InputDecodeError> {
        switch record.format {
        case .text, .lines:
            let (text, bad) = repairUTF8(record.bytes)
            let id = record.format == .text ? record.file : "\(record.file):\(record.line)"
            let warnings = bad.map {
                InputWarning(file: record.file, line: record.format == .lines ? record.line : nil,
                             byteOffset: record.fileOffset + $0, message: "invalid UTF-8 replaced with U+FFFD")
            }
            return .success(InputDocument(document: Document(id: id, text: text, date: headerDate(text)),
                                          extraFields: [], warnings: warnings, replacedBytes: bad))
        case .jsonl:
            let (lineText, bad) = repairUTF8(record.bytes)
            var warnings = bad.map {
                InputWarning(file: record.file, line: record.line, byteOffset: record.fileOffset + $0,
                             message: "invalid UTF-8 replaced with U+FFFD")
            }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(lineText.utf8), options: [])
            } catch {
                return .failure(.invalid(id: nil, message: "\(record.file):\(record.line): not valid JSON: \(jsonErrorSummary(error))"))
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
            let date = (dict["date"] as? String) ?? headerDate(text)
            var extra: [(String, Any)] = []
            for key in orderedKeys(lineText, dict) where key != "id" && key != "text" && key != "date" {
                extra.append((key, dict[key]!))
            }
            return .success(InputDocument(document: Document(id: id, text: text, date: date), extraFields: extra,
                                          warnings: warnings, replacedBytes: []))
        }
    }

    /// Valid UTF-8 as a String, with the byte offsets of invalid sequences (each replaced by U+FFFD).
    public static func repairUTF8(_ bytes: [UInt8]) -> (String, [Int]) {
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

    /// The date of a raw text that starts with ` date YYYY-MM-DD ` (as the corpus files do).
    public static func headerDate(_ text: String) -> String? {
        var scalars = text.unicodeScalars.prefix(24).makeIterator()
        var head = ""
        while let s = scalars.next() { head.unicodeScalars.append(s) }
        let trimmed = head.drop(while: { $0 == " " })
        guard trimmed.hasPrefix("date ") else { return nil }
        let date = trimmed.dropFirst(5).prefix(10)
        let ok = date.count == 10 && date.enumerated().allSatisfy { i, c in
            (i == 4 || i == 7) ? c == "-" : c.isASCII && c.isNumber
        }
        return ok ? String(date) : nil
    }

    /// The object's keys in the order they appear in the line (Foundation's dictionary loses it).
    static func orderedKeys(_ line: String, _ dict: [String: Any]) -> [String] {
        var positions: [(String.Index, String)] = []
        for key in dict.keys {
            let needle = "\"" + key + "\""
            if let r = line.range(of: needle) { positions.append((r.lowerBound, key)) } else { positions.append((line.endIndex, key)) }
        }
        return positions.sorted { $0.0 < $1.0 }.map(\.1)
    }

    static func jsonErrorSummary(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return ns.localizedDescription
    }
}

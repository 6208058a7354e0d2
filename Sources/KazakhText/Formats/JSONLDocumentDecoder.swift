import Foundation

/// Decodes one JSONL line into a document with Foundation's `JSONDecoder`, which keeps every
/// string exactly as written. Where the line is not Unicode text (invalid UTF-8, a lone
/// surrogate escape such as `\ud800`), only that stretch is replaced by U+FFFD and reported,
/// with its offsets in the document text; the rest of the document is kept.
enum JSONLDocumentDecoder {
    static func decode(_ record: InputRecord) -> Result<InputDocument, InputDecodeError> {
        let place = "\(record.file):\(record.line)"
        var fields: JSONLFields
        var warnings: [InputWarning] = []
        var documentWarnings: [InputTextWarning] = []
        switch JSONLFields.decode(record.bytes) {
        case .success(let decoded):
            fields = decoded
        case .failure(let error):
            let repairs = LineRepair.find(in: record.bytes)
            guard !repairs.isEmpty, case .success(let repaired) = JSONLFields.decode(LineRepair.apply(repairs, to: record.bytes, marked: false)),
                  case .success(let marked) = JSONLFields.decode(LineRepair.apply(repairs, to: record.bytes, marked: true)) else {
                return .failure(error.asInputError(place))
            }
            fields = repaired
            warnings = repairs.map {
                InputWarning(file: record.file, line: record.line, byteOffset: record.fileOffset + $0.offset,
                             message: $0.kind.message + " (inside the JSON line)")
            }
            documentWarnings = LineRepair.textWarnings(repaired: repaired.text, marked: marked.text)
            let outsideText = repairs.count - documentWarnings.count
            if outsideText > 0 {
                documentWarnings.append(InputTextWarning(utf8Range: nil, message: "\(outsideText) replacement(s) with U+FFFD in fields other than text"))
            }
        }
        guard let text = fields.text else {
            return .failure(.invalid(id: fields.id?.idText, message: "\(place): document has no string field 'text'"))
        }
        let id = fields.id?.idText ?? place
        for (key, value) in fields.extra where value.losesANumber {
            let message = "field '\(key)': a number beyond the range of a Double was written as null"
            warnings.append(InputWarning(file: record.file, line: record.line, byteOffset: nil, message: message))
            documentWarnings.append(InputTextWarning(utf8Range: nil, message: message))
        }
        let date = fields.date ?? (text.utf8.first == 0x20 || text.utf8.first == 0x64 ? DocumentDecoder.headerDate(text) : nil)
        var extra: [(String, Any)] = []
        if !fields.extra.isEmpty {
            for key in DocumentDecoder.orderedKeys(record.bytes, Array(fields.extra.keys)) {
                extra.append((key, fields.extra[key]!.foundationObject))
            }
        }
        return .success(InputDocument(document: Document(id: id, text: text, date: date), extraFields: extra,
                                      warnings: warnings, documentWarnings: documentWarnings))
    }
}

/// The fields of one JSONL document: `id`, `text` and `date`, and every other field as it is.
struct JSONLFields: Decodable {
    var id: JSONValue?
    /// nil when there is no `text` or it is not a string.
    var text: String?
    var date: String?
    var extra: [String: JSONValue] = [:]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// `text` and `date` are decoded as strings straight away (the common case, and twice as
    /// fast as going through `JSONValue`); only a value of another kind is skipped.
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        func string(_ key: Key) throws -> String? {
            do { return try container.decode(String.self, forKey: key) } catch DecodingError.typeMismatch { return nil }
        }
        for key in container.allKeys {
            switch key.stringValue {
            case "text": text = try string(key)
            case "date": date = try string(key)
            case "id":
                let value = try container.decode(JSONValue.self, forKey: key)
                id = value == .null ? nil : value
            default: extra[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
            }
        }
    }

    enum Failure: Error {
        case notJSON(String)
        case notAnObject

        func asInputError(_ place: String) -> InputDecodeError {
            switch self {
            case .notJSON(let why): return .invalid(id: nil, message: "\(place): not valid JSON: \(why)")
            case .notAnObject: return .invalid(id: nil, message: "\(place): a document must be a JSON object")
            }
        }
    }

    static func decode(_ bytes: [UInt8]) -> Result<JSONLFields, Failure> {
        do {
            // Borrowed, not copied: the Data does not outlive the decoding.
            return .success(try bytes.withUnsafeBytes { raw in
                let data = raw.baseAddress.map {
                    Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: raw.count, deallocator: .none)
                } ?? Data()
                return try JSONDecoder().decode(JSONLFields.self, from: data)
            })
        } catch DecodingError.typeMismatch {
            return .failure(.notAnObject)
        } catch {
            return .failure(.notJSON(DocumentDecoder.jsonErrorSummary(error)))
        }
    }
}

/// The stretches of a JSONL line that are not Unicode text, and the line with each replaced.
///
/// Finding them needs no JSON parsing: invalid UTF-8 is found by Swift's UTF-8 decoder, and a
/// `\u` escape can only stand inside a JSON string, so a high surrogate escape not followed by
/// a low one (or a low one alone) is a lone surrogate wherever it is.
enum LineRepair {
    enum Kind {
        case invalidUTF8, loneSurrogate

        var message: String {
            switch self {
            case .invalidUTF8: return InputTextWarning.invalidUTF8
            case .loneSurrogate: return InputTextWarning.loneSurrogate
            }
        }

        /// What replaces the stretch: U+FFFD, or (`marked`) a distinct scalar that shows where
        /// the replacement landed in the decoded text (U+FFFC, U+FFFB).
        func replacement(marked: Bool) -> [UInt8] {
            switch (self, marked) {
            case (.invalidUTF8, false): return [0xEF, 0xBF, 0xBD]
            case (.invalidUTF8, true): return [0xEF, 0xBF, 0xBC]
            case (.loneSurrogate, false): return Array("\\ufffd".utf8)
            case (.loneSurrogate, true): return Array("\\ufffb".utf8)
            }
        }

        static func marked(by scalar: Unicode.Scalar) -> Kind? {
            switch scalar.value {
            case 0xFFFC: return .invalidUTF8
            case 0xFFFB: return .loneSurrogate
            default: return nil
            }
        }
    }

    struct Stretch {
        var offset: Int
        var length: Int
        var kind: Kind
    }

    /// Every invalid UTF-8 sequence and lone surrogate escape of `line`, in order.
    static func find(in line: [UInt8]) -> [Stretch] {
        var found: [Stretch] = []
        if String(validating: line, as: UTF8.self) == nil {
            var iterator = line.makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            var i = 0
            loop: while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded): i += encoded.count
                case .error(let length):
                    found.append(Stretch(offset: i, length: length, kind: .invalidUTF8))
                    i += length
                case .emptyInput: break loop
                }
            }
        }
        found += loneSurrogateEscapes(line)
        return found.sorted { $0.offset < $1.offset }
    }

    /// `\uD800`–`\uDBFF` not followed by a `\uDC00`–`\uDFFF` escape, and a low one alone.
    static func loneSurrogateEscapes(_ line: [UInt8]) -> [Stretch] {
        func escape(at i: Int) -> UInt32? {
            guard i + 6 <= line.count, line[i] == 0x5C, line[i + 1] == 0x75 else { return nil }
            var value: UInt32 = 0
            for b in line[(i + 2)..<(i + 6)] {
                guard let digit = hexDigit(b) else { return nil }
                value = value << 4 | digit
            }
            return value
        }
        var found: [Stretch] = []
        var i = 0
        while i < line.count, let backslash = line[i...].firstIndex(of: 0x5C) {
            guard let value = escape(at: backslash) else { i = backslash + 2; continue }
            if (0xD800...0xDBFF).contains(value), let low = escape(at: backslash + 6), (0xDC00...0xDFFF).contains(low) {
                i = backslash + 12
            } else {
                if (0xD800...0xDFFF).contains(value) { found.append(Stretch(offset: backslash, length: 6, kind: .loneSurrogate)) }
                i = backslash + 6
            }
        }
        return found
    }

    static func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    /// `line` with every stretch replaced.
    static func apply(_ stretches: [Stretch], to line: [UInt8], marked: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(line.count + 4 * stretches.count)
        var i = 0
        for s in stretches {
            out += line[i..<s.offset]
            out += s.kind.replacement(marked: marked)
            i = s.offset + s.length
        }
        out += line[i...]
        return out
    }

    /// Where the replacements landed in the text: the scalars in which the text decoded from the
    /// repaired line and the one decoded from the marked line differ.
    static func textWarnings(repaired: String?, marked: String?) -> [InputTextWarning] {
        guard let repaired, let marked else { return [] }
        var warnings: [InputTextWarning] = []
        var byte = 0
        for (a, b) in zip(repaired.unicodeScalars, marked.unicodeScalars) {
            let width = UTF8.width(a)
            if a != b, let kind = Kind.marked(by: b) {
                warnings.append(InputTextWarning(utf8Range: byte..<(byte + width), message: kind.message))
            }
            byte += width
        }
        return warnings
    }
}

import Foundation

/// A span as read from a gold file: any label string (KazNERD has 25 classes), with the
/// optional fields of annotation-format.md.
public struct GoldSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var label: String
    public var value: String?
    public var max: String?
    public var approx: String?
    public var unit: String?
    public var leader: String?
    public var speaker: [Int]?

    public init(start: Int, end: Int, label: String, value: String? = nil, max: String? = nil, approx: String? = nil,
                unit: String? = nil, leader: String? = nil, speaker: [Int]? = nil) {
        self.start = start
        self.end = end
        self.label = label
        self.value = value
        self.max = max
        self.approx = approx
        self.unit = unit
        self.leader = leader
        self.speaker = speaker
    }

    /// The gold form of a predicted span.
    public init(_ span: Span) {
        self.init(start: span.start, end: span.end, label: span.label.rawValue, value: span.value?.description,
                  max: span.max?.description, approx: span.approx?.rawValue, unit: span.unit, leader: span.leader,
                  speaker: span.speaker.map { [$0.lowerBound, $0.upperBound] })
    }
}

/// A document with annotations (a gold file's line, or a prediction).
public struct AnnotatedDocument: Sendable {
    public var document: Document
    public var spans: [GoldSpan]
}

public enum AnnotationError: Error, Sendable, CustomStringConvertible {
    case invalid(String)
    public var description: String {
        switch self { case .invalid(let m): return m }
    }
}

/// Reads annotation JSONL (annotation-format.md) and checks every span against its text.
public enum AnnotationReader {
    /// Decodes one JSONL line; `place` names it in errors (`gold.jsonl:12`). Read with
    /// `JSONDecoder` (as documents to process are), so the text is exactly the file's.
    public static func decode(line: [UInt8], place: String) throws(AnnotationError) -> AnnotatedDocument {
        let (_, bad) = DocumentDecoder.repairUTF8(line)
        if !bad.isEmpty { throw .invalid("\(place): invalid UTF-8 at byte \(bad[0].inputByte)") }
        guard case .success(let object) = JSONLFields.decode(line) else {
            throw .invalid("\(place): not a JSON object")
        }
        guard let text = object.text else { throw .invalid("\(place): document has no string field 'text'") }
        let id = object.id?.idText ?? place
        let scalars = Array(text.unicodeScalars)
        var spans: [GoldSpan] = []
        var list: [JSONValue] = []
        if case .array(let given)? = object.extra["spans"] { list = given }
        for (k, raw) in list.enumerated() {
            let where_ = "\(place): document \(id) span \(k)"
            guard case .object(let o) = raw, case .integer(let start)? = o["start"], case .integer(let end)? = o["end"],
                  case .string(let label)? = o["label"] else {
                throw .invalid("\(where_): needs integer start, end and a string label")
            }
            guard start >= 0, start <= end, end <= scalars.count else {
                throw .invalid("\(where_): offsets \(start)-\(end) are outside the text (\(scalars.count) characters)")
            }
            let actual = String(String.UnicodeScalarView(scalars[start..<end]))
            if case .string(let claimed)? = o["text"], claimed != actual {
                throw .invalid("\(where_) (\(label) \(start)-\(end)): text \"\(claimed)\" does not match the offsets, which give \"\(actual)\"")
            }
            func string(_ key: String) -> String? {
                if case .string(let s)? = o[key] { return s }
                return o[key]?.numberText
            }
            var speaker: [Int]? = nil
            if case .array(let ends)? = o["speaker"] {
                speaker = ends.compactMap { if case .integer(let i) = $0 { return i } else { return nil } }
                if speaker?.count != ends.count { speaker = nil }
            }
            spans.append(GoldSpan(start: start, end: end, label: label, value: string("value"), max: string("max"),
                                  approx: string("approx"), unit: string("unit"), leader: string("leader"),
                                  speaker: speaker))
        }
        return AnnotatedDocument(document: Document(id: id, text: text, date: object.date), spans: spans)
    }

    /// Every document of a JSONL file.
    public static func read(path: String) throws(AnnotationError) -> [AnnotatedDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .invalid("\(path): cannot read") }
        var docs: [AnnotatedDocument] = []
        for (n, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            docs.append(try decode(line: Array(line), place: "\(path):\(n + 1)"))
        }
        return docs
    }
}

/// Reads CoNLL-2002 / IOB2 files (`token TAG`, blank line between sentences), as KazNERD:
/// each sentence becomes a document whose text is its tokens joined by single spaces.
public enum IOB2Reader {
    public static func read(_ contents: String, file: String) throws(AnnotationError) -> [AnnotatedDocument] {
        var docs: [AnnotatedDocument] = []
        var tokens: [(String, String)] = []
        var sentenceLine = 0
        func close() throws(AnnotationError) {
            defer { tokens = [] }
            guard !tokens.isEmpty else { return }
            var text = ""
            var spans: [GoldSpan] = []
            var open: GoldSpan? = nil
            var offset = 0
            for (k, (token, tag)) in tokens.enumerated() {
                if k > 0 { text += " "; offset += 1 }
                let start = offset
                text += token
                offset += token.unicodeScalars.count
                if tag == "O" {
                    if let o = open { spans.append(o); open = nil }
                } else if tag.hasPrefix("B-") {
                    if let o = open { spans.append(o) }
                    open = GoldSpan(start: start, end: offset, label: String(tag.dropFirst(2)))
                } else if tag.hasPrefix("I-") {
                    let label = String(tag.dropFirst(2))
                    if var o = open, o.label == label { o.end = offset; open = o } else {
                        if let o = open { spans.append(o) }
                        open = GoldSpan(start: start, end: offset, label: label)   // tolerate I- opening a span
                    }
                } else {
                    throw .invalid("\(file):\(sentenceLine + k): tag '\(tag)' is not O, B-X or I-X")
                }
            }
            if let o = open { spans.append(o) }
            docs.append(AnnotatedDocument(document: Document(id: "\(file):\(sentenceLine)", text: text), spans: spans))
        }
        var lineNumber = 0
        for raw in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingSpaces().isEmpty { try close(); continue }
            if tokens.isEmpty { sentenceLine = lineNumber }
            guard let space = line.lastIndex(where: { $0 == " " || $0 == "\t" }) else {
                throw .invalid("\(file):\(lineNumber): expected 'token TAG'")
            }
            tokens.append((String(line[..<space]), String(line[line.index(after: space)...])))
        }
        try close()
        return docs
    }
}

/// Writes spans as annotation-format.md JSON objects.
public enum SpanWriter {
    /// `"spans":[...]` members for `spans` over `text` (scalar offsets).
    public static func write(_ spans: [GoldSpan], text: String, to out: inout JSONWriter) {
        // The UTF-8 offsets of the span ends only, in one pass over the text.
        var needed: [Int] = []
        needed.reserveCapacity(spans.count * 2)
        for s in spans { needed.append(s.start); needed.append(s.end) }
        needed.sort()
        needed = needed.enumerated().compactMap { k, x in k == 0 || needed[k - 1] != x ? x : nil }
        var copy = text
        copy.withUTF8 { b in
            let bytes = utf8Offsets(b, ofScalarOffsets: needed)
            func utf8(_ scalarOffset: Int) -> Int {
                var low = 0, high = needed.count
                while low < high {
                    let mid = (low + high) / 2
                    if needed[mid] < scalarOffset { low = mid + 1 } else { high = mid }
                }
                return bytes[low]
            }
            out.raw("[")
            for (k, s) in spans.enumerated() {
                if k > 0 { out.raw(",") }
                out.raw("{\"start\":"); out.int(s.start); out.raw(",\"end\":"); out.int(s.end)
                out.raw(",\"label\":"); out.string(s.label)
                out.raw(",\"text\":"); out.string(utf8: b[utf8(s.start)..<utf8(s.end)])
                if let v = s.value { out.raw(",\"value\":"); out.string(v) }
                if let v = s.max { out.raw(",\"max\":"); out.string(v) }
                if let v = s.approx { out.raw(",\"approx\":"); out.string(v) }
                if let v = s.unit { out.raw(",\"unit\":"); out.string(v) }
                if let v = s.leader { out.raw(",\"leader\":"); out.string(v) }
                if let v = s.speaker, v.count == 2 { out.raw(",\"speaker\":["); out.int(v[0]); out.raw(","); out.int(v[1]); out.raw("]") }
                out.raw("}")
            }
            out.raw("]")
        }
    }

    /// The UTF-8 offset of each of the scalar offsets `needed` (sorted, unique) in the valid
    /// UTF-8 `b`, found in one pass that counts the bytes that start a scalar.
    static func utf8Offsets(_ b: UnsafeBufferPointer<UInt8>, ofScalarOffsets needed: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(needed.count)
        var scalar = 0, byte = 0
        let raw = UnsafeRawPointer(b.baseAddress ?? UnsafePointer(bitPattern: 1)!)
        for target in needed {
            // Eight bytes at a step while the target's first byte lies beyond them: `scalar`
            // counts the bytes that start a scalar (not 10xxxxxx) before `byte`.
            while byte + 8 <= b.count {
                let x = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                let starts = 8 - ((x >> 7) & ~(x >> 6) & 0x0101_0101_0101_0101).nonzeroBitCount
                if scalar + starts > target { break }
                scalar += starts
                byte += 8
            }
            // Now at or before the target: step to the byte where scalar `target` starts.
            while byte < b.count && b[byte] & 0xC0 == 0x80 { byte += 1 }
            while scalar < target && byte < b.count {
                byte += 1
                while byte < b.count && b[byte] & 0xC0 == 0x80 { byte += 1 }
                scalar += 1
            }
            result.append(byte)
        }
        return result
    }
}

import Foundation
import Testing
@testable import KazakhText

/// JSONL input keeps the text exactly; where a line is not Unicode text only that stretch is
/// replaced, and the document says where in its `warnings` (issue 20, part 2).
@Suite struct JSONLInputTests {
    func decode(_ bytes: [UInt8], line: Int = 1) -> InputDocument? {
        let record = InputRecord(file: "in.jsonl", line: line, fileOffset: 100, format: .jsonl, bytes: bytes)
        guard case .success(let input) = DocumentDecoder.decode(record) else { return nil }
        return input
    }

    func decode(_ line: String) -> InputDocument? { decode(Array(line.utf8)) }

    /// Output `warnings` as written by the tokenizer's JSONL writer.
    func writtenWarnings(_ input: InputDocument) throws -> [[String: Any]] {
        let tokenized = try Fixtures.tokenizer.tokenize(input.document)
        var out = JSONWriter()
        TokenizationWriter.write(tokenized, documentWarnings: input.documentWarnings, format: .jsonl, to: &out)
        let object = try JSONSerialization.jsonObject(with: Data(out.bytes)) as! [String: Any]
        return object["warnings"] as? [[String: Any]] ?? []
    }

    @Test func rawByteOrderMarkInsideTheTextIsKept() {
        for text in ["\u{FEFF}Сәлем", "Сәлем\u{FEFF}", "\u{FEFF}", "а\u{FEFF}\u{FEFF}б"] {
            let input = decode(#"{"id":"d","text":"\#(text)","title":"\#(text)"}"#)
            #expect(input?.document.text.unicodeScalars.elementsEqual(text.unicodeScalars) == true, "\(text.debugDescription)")
            #expect(input?.extraFields.first?.1 as? String == text)
        }
    }

    @Test func loneSurrogateBecomesReplacementWithOffsets() throws {
        let input = try #require(decode(#"{"id":"d","text":"Сәлем \ud800 әлем \udc00"}"#))
        #expect(input.document.id == "d")
        #expect(input.document.text == "Сәлем \u{FFFD} әлем \u{FFFD}")
        let warnings = try writtenWarnings(input)
        #expect(warnings.map { [$0["start"] as? Int, $0["end"] as? Int] } == [[6, 7], [13, 14]])
        #expect(warnings.allSatisfy { $0["message"] as? String == "lone surrogate escape replaced with U+FFFD" })
        #expect(input.warnings.map(\.byteOffset) == [100 + 29, 100 + 45])
    }

    @Test func surrogatePairsAndEscapedBackslashesAreNotLone() throws {
        let input = try #require(decode(#"{"id":"d","text":"\ud83d\ude00 \\ud800"}"#))
        #expect(input.document.text == "😀 \\ud800")
        #expect(input.documentWarnings.isEmpty)
    }

    @Test func aSurrogateElsewhereIsCountedWithoutOffsets() throws {
        let input = try #require(decode(#"{"id":"d","title":"\ud800","text":"ok \ud800"}"#))
        #expect(input.document.text == "ok \u{FFFD}")
        #expect(input.documentWarnings.map(\.utf8Range) == [3..<6, nil])
        #expect(input.extraFields.first?.1 as? String == "\u{FFFD}")
    }

    @Test func invalidUTF8InsideALineIsReportedInTheDocument() throws {
        let bytes = Array(#"{"id":"d","text":"Бір "#.utf8) + [0xFF, 0xC3] + Array(#" екі"}"#.utf8)
        let input = try #require(decode(bytes))
        #expect(input.document.text == "Бір \u{FFFD}\u{FFFD} екі")
        let warnings = try writtenWarnings(input)
        #expect(warnings.map { [$0["start"] as? Int, $0["end"] as? Int] } == [[4, 5], [5, 6]])
        #expect(warnings.allSatisfy { $0["message"] as? String == "invalid UTF-8 replaced with U+FFFD" })
    }

    @Test func hugeNumberInAnotherFieldKeepsTheDocument() throws {
        let input = try #require(decode(#"{"id":"d","text":"Сәлем","score":1e400,"n":12,"x":0.25}"#))
        #expect(input.document.text == "Сәлем")
        #expect(input.extraFields.map(\.0) == ["score", "n", "x"])
        #expect(input.extraFields[0].1 is NSNull)
        #expect(input.documentWarnings.map(\.message) == ["field 'score': a number beyond the range of a Double was written as null"])
        var out = JSONWriter()
        out.value(input.extraFields.map(\.1))
        #expect(String(decoding: out.bytes, as: UTF8.self) == "[null,12,0.25]")
    }

    @Test func documentWithoutIdIsNamedByFileAndLine() throws {
        let record = InputRecord(file: "news.jsonl", line: 7, fileOffset: 0, format: .jsonl, bytes: Array(#"{"text":"Сәлем"}"#.utf8))
        guard case .success(let input) = DocumentDecoder.decode(record) else { Issue.record("rejected"); return }
        #expect(input.document.id == "news.jsonl:7")
        #expect(decode(#"{"id":null,"text":"a"}"#)?.document.id == "in.jsonl:1")
        #expect(decode(#"{"id":5,"text":"a"}"#)?.document.id == "5")
    }

    @Test func notAnObjectAndNotJSONAreStillErrors() {
        for (line, message) in [("[1]", "in.jsonl:1: a document must be a JSON object"), ("{bad", "in.jsonl:1: not valid JSON")] {
            let record = InputRecord(file: "in.jsonl", line: 1, fileOffset: 0, format: .jsonl, bytes: Array(line.utf8))
            guard case .failure(let error) = DocumentDecoder.decode(record) else { Issue.record("accepted \(line)"); continue }
            #expect(error.description.hasPrefix(message))
        }
    }
}

/// Gold and prediction files for `eval` are read the same way: the text exactly as written.
@Suite struct AnnotationInputTests {
    @Test func goldTextKeepsALeadingByteOrderMark() throws {
        let line = #"{"id":"g","text":"\#u{FEFF}5 тонна","spans":[{"start":1,"end":8,"label":"QUANTITY","text":"5 тонна","value":"5","unit":"t","speaker":[1,2]}]}"#
        let doc = try AnnotationReader.decode(line: Array(line.utf8), place: "gold.jsonl:1")
        #expect(doc.document.text.unicodeScalars.first == "\u{FEFF}")
        #expect(doc.spans == [GoldSpan(start: 1, end: 8, label: "QUANTITY", value: "5", unit: "t", speaker: [1, 2])])
    }

    @Test func numericValuesReadAsText() throws {
        let line = #"{"text":"4,5 %","spans":[{"start":0,"end":5,"label":"PERCENTAGE","value":4.5,"max":12}]}"#
        let doc = try AnnotationReader.decode(line: Array(line.utf8), place: "gold.jsonl:3")
        #expect(doc.document.id == "gold.jsonl:3")
        #expect(doc.spans.first?.value == "4.5" && doc.spans.first?.max == "12")
    }
}

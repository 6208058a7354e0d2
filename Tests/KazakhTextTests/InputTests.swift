import Foundation
import Testing
@testable import KazakhText

@Suite struct InputTests {
    @Test func invalidUTF8IsReplacedAndReported() {
        let bytes: [UInt8] = Array("Бір ".utf8) + [0xFF, 0xFE] + Array(" екі".utf8)
        let record = InputRecord(file: "bad.txt", line: 1, fileOffset: 0, format: .text, bytes: bytes)
        guard case .success(let input) = DocumentDecoder.decode(record) else { Issue.record("decode failed"); return }
        #expect(input.document.text == "Бір \u{FFFD}\u{FFFD} екі")
        #expect(input.documentWarnings.map(\.utf8Range) == [7..<10, 10..<13])
        #expect(input.warnings.first?.description == "bad.txt (byte 7): invalid UTF-8 replaced with U+FFFD")
    }

    @Test func badJSONLineNamesFileAndLine() {
        let record = InputRecord(file: "in.jsonl", line: 3, fileOffset: 40, format: .jsonl, bytes: Array("{\"id\": 1, \"text\": ".utf8))
        guard case .failure(let error) = DocumentDecoder.decode(record) else { Issue.record("expected an error"); return }
        #expect(error.description.hasPrefix("in.jsonl:3: not valid JSON"))
    }

    @Test func documentWithoutTextKeepsItsId() {
        let record = InputRecord(file: "in.jsonl", line: 2, fileOffset: 0, format: .jsonl, bytes: Array("{\"id\": \"d2\"}".utf8))
        guard case .failure(let error) = DocumentDecoder.decode(record) else { Issue.record("expected an error"); return }
        #expect(error.id == "d2")
        #expect(error.description == "in.jsonl:2: document has no string field 'text'")
    }

    /// Span text is cut at the right bytes for every span, nested, touching or repeated, in text
    /// with one-, two- and four-byte scalars.
    @Test func spanTextMatchesItsScalarOffsets() throws {
        let text = "Тоқаев 4,5 млн 🙂 тонна, «Астана» ok"
        let scalars = Array(text.unicodeScalars)
        let spans = [(0, 6), (7, 14), (7, 10), (15, 16), (17, 22), (24, 32), (0, 6), (35, 35), (33, 35)]
            .map { GoldSpan(start: $0.0, end: $0.1, label: "X") }
        var out = JSONWriter()
        SpanWriter.write(spans, text: text, to: &out)
        let written = try JSONSerialization.jsonObject(with: Data(out.bytes)) as! [[String: Any]]
        #expect(written.count == spans.count)
        for (span, object) in zip(spans, written) {
            var expected = String.UnicodeScalarView()
            expected.append(contentsOf: scalars[span.start..<span.end])
            #expect(object["text"] as? String == String(expected))
        }
    }

    /// The writer's eight-bytes-at-a-step paths: strings with quotes, backslashes and control
    /// characters anywhere read back unchanged, and every scalar offset of mixed one- to
    /// four-byte text finds its byte, on random texts.
    @Test func stringEscapesAndOffsetsOnRandomText() throws {
        let alphabet: [String] = ["а", "Қ", "x", " ", "\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "«", "–", "🙂", "ә", "7", "/"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<500 {
            let text = (0..<next(80)).map { _ in alphabet[next(alphabet.count)] }.joined()
            var out = JSONWriter()
            out.string(text)
            #expect(try JSONSerialization.jsonObject(with: Data(out.bytes), options: .fragmentsAllowed) as? String == text)
            let scalars = Array(text.unicodeScalars)
            var expected: [Int] = []
            var byte = 0
            for s in scalars { expected.append(byte); byte += String(s).utf8.count }
            expected.append(byte)
            var copy = text
            let got = copy.withUTF8 { SpanWriter.utf8Offsets($0, ofScalarOffsets: Array(0...scalars.count)) }
            #expect(got == expected, "\(text.debugDescription)")
        }
    }

    /// A passed-through object is written the same on every run: its keys sorted (Foundation's
    /// dictionary order changes from process to process).
    @Test func passedThroughObjectsHaveSortedKeys() throws {
        let object = try JSONSerialization.jsonObject(with: Data(#"{"start":17,"leader":"x","label":"PERSON","end":36,"text":"Тоқаев"}"#.utf8))
        var out = JSONWriter()
        out.value([object])
        #expect(String(decoding: out.bytes, as: UTF8.self) == #"[{"end":36,"label":"PERSON","leader":"x","start":17,"text":"Тоқаев"}]"#)
    }

    @Test func extraFieldsPassThroughInOrder() {
        let line = "{\"id\":\"a\",\"source\":\"x\",\"text\":\"Сәлем\",\"date\":\"2025-10-21\",\"spans\":[]}"
        let record = InputRecord(file: "in.jsonl", line: 1, fileOffset: 0, format: .jsonl, bytes: Array(line.utf8))
        guard case .success(let input) = DocumentDecoder.decode(record) else { Issue.record("decode failed"); return }
        #expect(input.document.date == "2025-10-21")
        #expect(input.extraFields.map(\.0) == ["source", "spans"])
    }

    @Test func headerDateOfCorpusFiles() {
        #expect(DocumentDecoder.headerDate(" date 2025-10-21 Қасым-Жомарт Тоқаев") == "2025-10-21")
        #expect(DocumentDecoder.headerDate("Қасым-Жомарт Тоқаев") == nil)
    }

    @Test func malformedLexiconLineIsRejected() {
        #expect(throws: LexiconError(file: "abbreviations.tsv", line: 3, message: "expected 3 TAB-separated columns, found 2")) {
            _ = try TSVTable.rows("# c\nт.б.\tтағы басқа\tyes\nж.\tжыл\n", file: "abbreviations.tsv", minColumns: 3)
        }
    }

    /// Lines end at LF with or without a CR; fields lose the spaces around them; comment and
    /// blank lines are skipped but counted, so a message names the right line.
    @Test func lexiconLinesAndFields() throws {
        let rows = try TSVTable.rows("# form\texpansion\r\n т.б. \tтағы басқа\r\n\r\n \t \nж.\tжыл", file: "a.tsv", minColumns: 2)
        #expect(rows.map(\.fields) == [["т.б.", "тағы басқа"], ["ж.", "жыл"]])
        #expect(rows.map(\.line) == [2, 5])
        #expect(throws: LexiconError(file: "a.tsv", line: 3, message: "column 1 is empty")) {
            _ = try TSVTable.rows("# c\r\nа\tб\r\n \tб\r\n", file: "a.tsv", minColumns: 2)
        }
    }

    @Test func orderedParallelMapKeepsOrder() {
        var items = Array(0..<1000).makeIterator()
        var out: [Int] = []
        OrderedParallelMap<Int, Int>(batchSize: 64) { $0 * 2 }.run(next: { items.next() }) { out.append($0) }
        #expect(out == (0..<1000).map { $0 * 2 })
    }

    /// Pipelined: the next batch is read before the previous one is written out, and reading
    /// runs at most two batches ahead of writing (memory stays bounded).
    @Test func orderedParallelMapReadsAheadByAtMostTwoBatches() {
        let batch = 4
        var read = 0
        var emitted: [Int] = []
        var readBeforeFirstEmit = 0
        var mostAhead = 0
        OrderedParallelMap<Int, Int>(batchSize: batch) { $0 }.run(next: {
            guard read < 40 else { return nil }
            read += 1
            mostAhead = max(mostAhead, read - emitted.count)
            return read - 1
        }) { value in
            if emitted.isEmpty { readBeforeFirstEmit = read }
            emitted.append(value)
        }
        #expect(emitted == Array(0..<40))
        #expect(readBeforeFirstEmit == 2 * batch)
        #expect(mostAhead <= 2 * batch)
    }

    @Test func conlluMultiwordTokensCountOnce() throws {
        let text = """
            # sent_id = s1
            # text = Біз дайынбыз.
            1\tБіз\tбіз\tPRON\t_\t_\t2\tnsubj\t_\t_
            2-3\tдайынбыз\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No
            2\tдайын\tдайын\tADJ\t_\t_\t0\troot\t_\t_
            3\tбыз\tе\tAUX\t_\t_\t2\tcop\t_\t_
            4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

            """
        let sentences = try CoNLLUReader.read(text, file: "t.conllu")
        #expect(sentences.map(\.tokens) == [["Біз", "дайынбыз", "."]])
        #expect(throws: CoNLLUError.self) { _ = try CoNLLUReader.read("1\tа\n", file: "bad.conllu") }
    }
}

import Foundation
import FuzzSupport
@testable import KazakhText

/// Feeds the input as a JSONL file through the real `RecordReader` and `DocumentDecoder`, then
/// writes each document (or its error) as `kaztext tokenize` does. Checks: every non-blank line
/// is one record, in order, with its bytes; every record gives one output line, in order, with
/// its id; a document's output text is its decoded text, its warnings' offsets inside it; and
/// where a standard JSON reader reads the line's `text`, the decoded text is exactly that
/// (skippable as `jsonl-text`).
enum JSONLHarness {
    static let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("kaztext-fuzz-\(getpid()).jsonl").path
}

/// What a standard JSON reader sees in a line: only the `text` field matters here.
struct TextField: Decodable { var text: String }

/// The records the reader must give: non-blank lines (not only spaces and tabs), without the
/// line break, numbered from 1.
func expectedLines(_ bytes: [UInt8]) -> [(line: Int, bytes: ArraySlice<UInt8>)] {
    var lines: [(Int, ArraySlice<UInt8>)] = []
    var pieces = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    if pieces.last?.isEmpty == true { pieces.removeLast() }
    for (k, piece) in pieces.enumerated() {
        let body = piece.last == 0x0D ? piece.dropLast() : piece
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        lines.append((k + 1, body))
    }
    return lines
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzJSONL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = fuzzBytes(data, size)
    require(FileManager.default.createFile(atPath: JSONLHarness.path, contents: Data(input)), "cannot write the input file")
    let reader = try! RecordReader(path: JSONLHarness.path, format: .jsonl)
    var records: [InputRecord] = []
    while let record = reader.next() { records.append(record) }
    let expected = expectedLines(input)
    require(records.count == expected.count, "\(records.count) records from \(expected.count) non-blank lines")
    for (record, line) in zip(records, expected) {
        require(record.line == line.line && record.bytes == Array(line.bytes), "record for line \(line.line) differs from the line")
        var out = JSONWriter()
        switch DocumentDecoder.decode(record) {
        case .failure(let error):
            TokenizationWriter.writeError(id: error.id, message: error.description, format: .jsonl, to: &out)
            require(checkOutputLine(out.bytes, expectedText: nil) == error.id, "line \(line.line): the error line lost its id")
        case .success(let input):
            let doc = TokenizedDocument(document: input.document, tokens: [], sentences: [])
            // Gold `spans` and earlier `warnings` pass through untouched (their offsets are the
            // input's business, not this document's).
            let passed = input.extraFields.filter { $0.0 != "spans" && $0.0 != "warnings" }
            TokenizationWriter.write(doc, extraFields: passed, documentWarnings: input.documentWarnings, format: .jsonl, to: &out)
            let text = ScalarText(input.document.text)
            require(checkOutputLine(out.bytes, expectedText: text) == input.document.id, "line \(line.line): the output lost its id")
            if !KnownIssue.jsonlText.isSkipped, let standard = try? JSONDecoder().decode(TextField.self, from: Data(record.bytes)) {
                require(Array(standard.text.unicodeScalars) == text.scalars,
                        "line \(line.line): text read differently from a standard JSON reader")
            }
        }
    }
    return 0
}

runFuzzer(fuzzJSONL)

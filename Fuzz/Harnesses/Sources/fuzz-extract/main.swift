import FuzzSupport
@testable import KazakhText

/// Runs the whole extractor on the input as one document and checks tokens, sentences, spans
/// and the JSONL line `kaztext extract` would print.
enum ExtractHarness {
    static let extractor = try! Extractor()
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzExtract(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (text, _) = DocumentDecoder.repairUTF8(fuzzBytes(data, size))
    let result: Extractor.Result
    do { result = try ExtractHarness.extractor.extract(Document(id: "fuzz", text: text)) } catch {
        propertyFailed("extract threw on valid text: \(error)")
    }
    let scalars = ScalarText(text)
    require(Array(result.tokenized.document.text.unicodeScalars) == scalars.scalars, "the document text changed")
    checkTokens(result.tokenized.tokens, in: scalars)
    checkSentences(result.tokenized.sentences, tokens: result.tokenized.tokens, in: scalars)
    checkSpans(result.spans, in: scalars)
    for warning in result.warnings {
        _ = scalars.slice(warning.start, warning.end, "warning \(warning.message)")
    }
    var out = JSONWriter()
    ExtractionWriter.write(result, format: .jsonl, to: &out)
    checkOutputLine(out.bytes, expectedText: scalars)
    return 0
}

runFuzzer(fuzzExtract)

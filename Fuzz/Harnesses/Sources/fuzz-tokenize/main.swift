import FuzzSupport
@testable import KazakhText

/// Tokenizes the input as one document (invalid UTF-8 repaired as text input is) and checks
/// tokens, sentences and the JSONL line `kaztext tokenize` would print.
enum TokenizeHarness {
    static let tokenizer = try! Tokenizer()
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTokenize(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (text, _) = DocumentDecoder.repairUTF8(fuzzBytes(data, size))
    let document = Document(id: "fuzz", text: text)
    let tokenized: TokenizedDocument
    do { tokenized = try TokenizeHarness.tokenizer.tokenize(document) } catch {
        propertyFailed("tokenize threw on valid text: \(error)")
    }
    let scalars = ScalarText(text)
    checkTokens(tokenized.tokens, in: scalars)
    checkSentences(tokenized.sentences, tokens: tokenized.tokens, in: scalars)
    var out = JSONWriter()
    TokenizationWriter.write(tokenized, format: .jsonl, to: &out)
    checkOutputLine(out.bytes, expectedText: scalars)
    return 0
}

runFuzzer(fuzzTokenize)

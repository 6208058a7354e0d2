import FuzzSupport
@testable import KazakhText

/// Splits the input into words at spaces and line breaks (lower-cased, as the extractor gives
/// them) and parses a numeral at every word, with two parsers that see the starts in opposite
/// orders: their per-word and per-phrase memos must not change any answer.
enum NumeralHarness {
    static let forward = try! Extractor().quantities.parser
    static let backward: NumeralParser = {
        let store = try! LexiconStore.bundled()
        return try! NumeralParser(lexiconTSV: store.contents(of: "numerals.tsv")[0].contents,
                                  suffixTSV: store.contents(of: "suffixes.tsv")[0].contents,
                                  lettersTSV: store.contents(of: "letters.tsv")[0].contents)
    }()
}

/// A value as the format writes it: a plain decimal that reads back to the same number.
func checkPlainDecimal(_ value: ExactDecimal, _ what: String) {
    let text = value.description
    let body = text.hasPrefix("-") ? text.dropFirst() : text[...]
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    require((1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) },
            "\(what) \(text) is not a plain decimal")
    require(ExactDecimal(text) == value, "\(what) \(text) does not read back to the same number")
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzNumerals(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (text, _) = DocumentDecoder.repairUTF8(fuzzBytes(data, size))
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.lowercased() }
    var forward: [NumeralMatch?] = []
    for index in words.indices {
        let match = NumeralHarness.forward.parse(words, from: index)
        if let match {
            require(match.tokenCount >= 1 && index + match.tokenCount <= words.count,
                    "numeral at word \(index) covers \(match.tokenCount) of \(words.count - index) words")
            checkPlainDecimal(match.value, "value at word \(index)")
            if let max = match.max { checkPlainDecimal(max, "max at word \(index)") }
        }
        forward.append(match)
    }
    for index in words.indices.reversed() {
        let match = NumeralHarness.backward.parse(words, from: index)
        require(match == forward[index], "word \(index): the parse depends on what was parsed before")
    }
    require(NumeralHarness.forward.parse(words, from: words.count) == nil, "a numeral past the last word")
    return 0
}

runFuzzer(fuzzNumerals)

import Foundation
@testable import KazakhText

/// The package root, from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func readText(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

/// The parser built from the shipped lexicons.
let sharedParser: NumeralParser = {
    let lex = packageRoot.appendingPathComponent("Lexicons")
    return try! NumeralParser(
        lexiconTSV: readText(lex.appendingPathComponent("numerals.tsv")),
        suffixTSV: readText(lex.appendingPathComponent("suffixes.tsv")),
        lettersTSV: readText(lex.appendingPathComponent("letters.tsv")))
}()

/// The letter table shipped in `Lexicons/letters.tsv`.
let sharedLetters: LetterTable = {
    try! LetterTable(tsv: readText(packageRoot.appendingPathComponent("Lexicons/letters.tsv")), source: "letters.tsv")
}()

/// Splits an expression the way a tokenizer would for these tests: on plain spaces
/// (U+00A0 / U+202F stay inside a token; hyphenated and percent tokens stay whole).
func tokens(_ s: String) -> [String] {
    s.split(separator: " ").map(String.init)
}

func parseAll(_ s: String) -> NumeralMatch? {
    sharedParser.parse(tokens(s), from: 0)
}

func dec(_ s: String) -> ExactDecimal { ExactDecimal(s)! }

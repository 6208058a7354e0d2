import Foundation
import Testing
@testable import KazakhText

@Suite struct NormalizerTests {
    @Test func viewMapsBackToTheOriginal() throws {
        let text = "Бұл мемлекеттiк тiл, Apple емес."
        let view = NormalizedView(try Fixtures.tokenizer.tokenize(Document(id: "n", text: text)))
        #expect(view.text == "Бұл мемлекеттік тіл, Apple емес.")
        #expect(view.sourceRange(of: 4..<15) == 4..<15)
        #expect(view.text.unicodeScalars.count == text.unicodeScalars.count)
    }

    /// A look-alike is found wherever it stands in a long word: Latin `i`, `a`, `ӊ` (U+04CA)
    /// and `Ӏ` (U+04C0), at every position.
    @Test func lookAlikesAreFoundAtEveryPositionOfALongWord() throws {
        let plain = Array("мемлекеттіктерімізге")
        for (odd, fixed) in [("i", "і"), ("a", "а"), ("\u{4CA}", "ң"), ("\u{4C0}", "І")] {
            for k in plain.indices {
                var word = plain
                word[k] = Character(odd)
                let doc = try Fixtures.tokenizer.tokenize(Document(id: "w", text: String(word)))
                var expected = plain
                expected[k] = Character(fixed)
                #expect(doc.tokens.count == 1 && doc.tokens[0].norm == String(expected), "\(String(word))")
            }
        }
    }

    @Test func foreignLatinWordsAreLeftAloneAndLatinKazakhIsReadAsCyrillic() throws {
        let english = try Fixtures.tokenizer.tokenize(Document(id: "l", text: "Apple and the World Economic Outlook"))
        #expect(english.tokens.allSatisfy { $0.norm == nil })
        let kazakh = try Fixtures.tokenizer.tokenize(Document(id: "l", text: "Qazaqstan Respublikasy"))
        #expect(kazakh.tokens.map(\.norm) == ["Қазақстан", "Республикасы"])
    }

    @Test func nfcChangesLengthAndTheMapStaysExact() throws {
        let text = "ми\u{0306}н және"   // и + combining breve = й
        let view = NormalizedView(try Fixtures.tokenizer.tokenize(Document(id: "c", text: text)))
        #expect(view.text == "мйн және")
        #expect(view.sourceRange(of: 0..<3) == 0..<4)
        #expect(view.sourceRange(of: 4..<8) == 5..<9)
    }

    @Test func malformedHomoglyphLineIsRejectedWithFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kaztext-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bundled = Fixtures.root.appendingPathComponent("Lexicons")
        for name in ["abbreviations.tsv", "hyphen-suffixes.tsv", "quote-marks.tsv", "dashes.tsv"] {
            try FileManager.default.copyItem(at: bundled.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let bad = dir.appendingPathComponent("homoglyphs.tsv")
        try "# look-alike <TAB> Cyrillic\na\tа\nab\tа\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: LexiconError(file: bad.path, line: 3, message: "each of the first two columns must be one letter")) {
            _ = try TokenizerLexicons(store: LexiconStore(directories: [dir.path]))
        }
    }
}

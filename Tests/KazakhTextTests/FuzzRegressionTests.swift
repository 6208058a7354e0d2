import Foundation
import Testing
@testable import KazakhText

/// Inputs the libFuzzer harnesses (Fuzz/Harnesses, scripts/fuzz.sh) found, minimized; each
/// test checks the property that failed. See docs/notes/fuzz.md.
@Suite struct FuzzRegressionTests {
    /// Every token's offsets give back its own text, scalar for scalar.
    static func expectTokensMatchText(_ text: String) throws {
        let doc = try Fixtures.tokenizer.tokenize(Document(id: "fuzz", text: text))
        let scalars = Array(text.unicodeScalars)
        for t in doc.tokens {
            #expect(t.start < t.end && t.end <= scalars.count, "token \(t.start)..<\(t.end)")
            guard t.start < t.end && t.end <= scalars.count else { continue }
            #expect(Array(t.text(in: text).unicodeScalars) == Array(scalars[t.start..<t.end]),
                    "token \(t.start)..<\(t.end): \(String(t.text(in: text)).debugDescription)")
        }
    }

    /// fuzz-tokenize: a URL whose last letter ends in byte BB (`л` is D0 BB) lost that byte, as
    /// if it were the second byte of a trailing `»`, and the token ended inside a character
    /// (its text no longer `text[start:end]`, an empty token after it).
    @Test func urlEndingInACyrillicLetterKeepsTheLetter() throws {
        let text = "Сайт: https://abq.kz/n\u{FFFD}Ол әрі https://abq.kz/мақал, https://abq.kz/а»"
        try Self.expectTokensMatchText(text)
        let doc = try Fixtures.tokenizer.tokenize(Document(id: "fuzz", text: text))
        let urls = doc.tokens.filter { $0.kind == .url }.map { String($0.text(in: text)) }
        #expect(urls == ["https://abq.kz/n\u{FFFD}Ол", "https://abq.kz/мақал", "https://abq.kz/а"])
    }
}

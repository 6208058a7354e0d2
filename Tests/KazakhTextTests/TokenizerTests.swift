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

/// The tokenizer runs ICU's word and sentence iterators over a shortened copy of the text
/// (runs of letters or digits of one class cut to their first character); they must find
/// exactly the boundaries and rule statuses of the iterators run over the whole text. Checked
/// on every Corpus text, UD-KTB, KazNERD, and random strings of the characters the word and
/// sentence rules look at.
struct CompactSegmentationTests {
    func texts() throws -> [String] {
        var texts: [String] = []
        for folder in ["numbers", "leaders", "quotes", "tokenize", "limits"] {
            texts += try Fixtures.corpus(folder).compactMap { $0.object["text"] as? String }
        }
        if Fixtures.hasSharedData {
            let ud = try String(contentsOf: Fixtures.udDevHalf, encoding: .utf8)
            texts.append(ud.split(separator: "\n").filter { $0.hasPrefix("# text = ") }.map { $0.dropFirst(9) }.joined(separator: " "))
            let kaznerd = try String(contentsOf: Fixtures.kaznerdValid, encoding: .utf8)
            var sentence: [Substring] = []
            var joined: [String] = []
            for line in kaznerd.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.isEmpty {
                    if !sentence.isEmpty { joined.append(sentence.joined(separator: " ")) }
                    sentence = []
                } else if let space = line.lastIndex(of: " ") {
                    sentence.append(line[..<space])
                }
            }
            for k in stride(from: 0, to: joined.count, by: 5) { texts.append(joined[k..<min(k + 5, joined.count)].joined(separator: " ")) }
        }
        // Letters of both cases (Cyrillic, Latin, Greek, CJK), digits (ASCII, Arabic-Indic),
        // terminators (ASCII, `‼`, Armenian `։`, full-width `．`, `。`), closing marks,
        // continuations, spaces, paragraph separators, a soft hyphen (Format), a combining accent
        // (Extend), and a letter outside the Basic Multilingual Plane; for the word rules also
        // MidLetter (`·`, `’`), MidNum (`٬`), ExtendNumLet (`_`), Katakana, Hebrew letters, Thai
        // (dictionary breaks), Hangul, regional indicators, an emoji with ZWJ, and `@`, `#`;
        // and runs of lower-case Cyrillic.
        let alphabet: [String] = ["А", "а", "Қ", "ә", "B", "x", "Ω", "λ", "中", "1", "7", "٣", ".", ".", "!", "?", "…",
                                  "‼", "։", "．", "。", "«", "»", "\"", "'", ")", "(", "]", ",", ";", ":", "-", "–",
                                  "—", " ", " ", " ", "\n", "\r\n", "\u{2029}", "\u{85}", "\u{AD}", "\u{301}", "\t",
                                  "𝐀", "т.б.", "Н.", "2025 ж.", "Қазақстан", "ана", "ОДАҚ", "3.5", "%",
                                  "·", "’", "٬", "_", "ア", "カ", "א", "ב", "ก", "ข", "한", "🇰", "🇿", "👍", "\u{200D}",
                                  "@", "#", "4,5", "ab'c", "әл-Фараби", "x_1",
                                  // Lower-case Cyrillic runs (skipped four letters at a step), with
                                  // U+0450–U+045F, and the mixed-case U+0460 block just past them.
                                  "мемлекеттік", "абвгдежзийклмноп", "рстуфхцчшщъыьэюя", "ѐёђѓєѕіїјљњћќѝўџ", "ѠѡѢѣѤѥ", "\u{482}", "\u{483}"]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<6000 {
            texts.append((0..<(1 + next(60))).map { _ in alphabet[next(alphabet.count)] }.joined())
        }
        return texts
    }

    @Test func compactTextGivesTheBoundariesOfTheFullText() throws {
        let segmenter = try Segmenter(locale: "kk")
        var checked = 0, sentenceBoundaries = 0, wordBoundaries = 0
        for text in try texts() {
            var copy = text
            var full: [[Int32]] = [], compact: [[Int32]] = []
            try copy.withUTF8 { b in
                try segmenter.segment(b, mode: .full) { w, st, s in full = [Array(w), Array(st), Array(s)] }
                try segmenter.segment(b, mode: .compact) { w, st, s in compact = [Array(w), Array(st), Array(s)] }
            }
            #expect(compact[0] == full[0], "word boundaries of \(text.debugDescription)")
            #expect(compact[1] == full[1], "word statuses of \(text.debugDescription)")
            #expect(compact[2] == full[2], "sentence boundaries of \(text.debugDescription)")
            checked += 1
            wordBoundaries += full[0].count
            sentenceBoundaries += full[2].count
        }
        #expect(checked > 6000)
        #expect(sentenceBoundaries > 20_000)
        #expect(wordBoundaries > 200_000)
    }
}

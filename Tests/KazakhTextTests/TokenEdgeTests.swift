import Testing
@testable import KazakhText

/// No token starts or ends with whitespace, even where ICU joins a combining mark or a format
/// character to the space before it (issue 20): the whitespace stays between tokens and the
/// mark is a token of its own.
@Suite struct TokenEdgeTests {
    func tokens(_ text: String) throws -> [(Int, Int, String)] {
        try Fixtures.tokenizer.tokenize(Document(id: "t", text: text)).tokens.map { ($0.start, $0.end, String($0.text(in: text))) }
    }

    @Test(arguments: ["\u{0302}", "\u{0301}", "\u{00AD}", "\u{200D}", "\u{200C}", "\u{034F}"])
    func markAfterASpaceIsATokenWithoutTheSpace(_ mark: String) throws {
        let got = try tokens("а \(mark)б")
        #expect(got.map(\.0) == [0, 2, 3])
        #expect(got.map(\.1) == [1, 3, 4])
        #expect(got.map(\.2) == ["а", mark, "б"])
        let atStart = try tokens(" \n\(mark) сөз")
        #expect(atStart.map(\.0) == [2, 4] && atStart.map(\.1) == [3, 7])
    }

    @Test func byteOrderMarkAfterASpaceIsWhitespace() throws {
        #expect(try tokens("а \u{FEFF}б").map(\.2) == ["а", "б"])
        #expect(try tokens("а \u{FEFF}").map(\.2) == ["а"])
    }

    /// Random text of letters, spaces, marks and format characters: every token is non-empty,
    /// in order, without whitespace at either edge, and every scalar that is not whitespace is
    /// inside a token.
    @Test func noTokenHasWhitespaceAtAnEdge() throws {
        let alphabet: [Unicode.Scalar] = ["а", "Қ", "7", ".", " ", "\n", "\u{A0}", "\u{2009}", "\u{3000}", "\u{FEFF}", "\u{0302}",
                                          "\u{0301}", "\u{200B}", "\u{200D}", "\u{00AD}", "\u{2060}", "«", "-", "%"]
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<400 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<next(40) { scalars.append(alphabet[next(alphabet.count)]) }
            let text = String(scalars)
            let all = Array(text.unicodeScalars)
            let doc = try Fixtures.tokenizer.tokenize(Document(id: "t", text: text))
            var covered = Array(repeating: false, count: all.count)
            var previousEnd = 0
            for t in doc.tokens {
                #expect(t.start < t.end && t.start >= previousEnd, "\(text.debugDescription)")
                #expect(!UTF8Scan.isWhitespace(all[t.start]) && !UTF8Scan.isWhitespace(all[t.end - 1]), "\(text.debugDescription)")
                for k in t.start..<t.end { covered[k] = true }
                previousEnd = t.end
            }
            for (k, s) in all.enumerated() where !UTF8Scan.isWhitespace(s) {
                #expect(covered[k], "scalar \(k) of \(text.debugDescription) is in no token")
            }
        }
    }
}

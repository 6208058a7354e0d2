import Foundation
import Testing
@testable import KazakhText

/// Scores the UD Kazakh-KTB dev half (CoNLL 2018 tokenization scoring) and fails below the
/// targets: tokens F1 ≥ 99.0, sentences F1 ≥ 97.0 space-joined and ≥ 98.5 newline-joined.
@Suite(.enabled(if: Fixtures.hasSharedData, "needs ../shared/data beside the checkout"))
struct DevSetTests {
    func score(_ join: TokenizationScorer.Join) throws -> TokenizationScorer.Result {
        let contents = try String(contentsOf: Fixtures.udDevHalf, encoding: .utf8)
        let gold = try CoNLLUReader.read(contents, file: Fixtures.udDevHalf.path)
        #expect(gold.count == 524)
        let document = TokenizationScorer.goldDocument(gold, join: join)
        return try TokenizationScorer.score(gold: gold, join: join, predicted: Fixtures.tokenizer.tokenize(document))
    }

    @Test func spaceJoined() throws {
        let result = try score(.space)
        #expect(result.tokens.f1 >= 0.990, "tokens \(result.tokens)")
        #expect(result.sentences.f1 >= 0.970, "sentences \(result.sentences)")
    }

    @Test func newlineJoined() throws {
        let result = try score(.newline)
        #expect(result.tokens.f1 >= 0.990, "tokens \(result.tokens)")
        #expect(result.sentences.f1 >= 0.985, "sentences \(result.sentences)")
    }
}

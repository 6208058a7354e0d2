import Foundation
import Testing
@testable import KazakhText

/// Every example in `Corpus/tokenize/` is a test: tokens (with `norm`) and, where given,
/// sentences must come out exactly as annotated.
@Suite struct CorpusTokenizeTests {
    @Test func everyCorpusExample() throws {
        let documents = try Fixtures.corpus("tokenize")
        #expect(documents.count >= 25)
        for (file, line, object) in documents {
            let text = object["text"] as! String
            let id = object["id"] as! String
            let result = try Fixtures.tokenizer.tokenize(Document(id: id, text: text))
            let gold = (object["tokens"] as! [[String: Any]]).map {
                "\($0["start"] as! Int)-\($0["end"] as! Int)" + (($0["norm"] as? String).map { "=" + $0 } ?? "")
            }
            let predicted = result.tokens.map { "\($0.start)-\($0.end)" + ($0.norm.map { "=" + $0 } ?? "") }
            #expect(predicted == gold, "\(file):\(line) \(id): tokens \(result.tokens.map { String($0.text(in: text)) })")
            if let sentences = object["sentences"] as? [[String: Any]] {
                let goldSentences = sentences.map { "\($0["start"] as! Int)-\($0["end"] as! Int)" }
                let predictedSentences = result.sentences.map { "\($0.start)-\($0.end)" }
                #expect(predictedSentences == goldSentences, "\(file):\(line) \(id): sentences")
            }
            for token in result.tokens {
                let slice = String(token.text(in: text))
                #expect(slice == String(String.UnicodeScalarView(Array(text.unicodeScalars)[token.start..<token.end])))
            }
        }
    }
}

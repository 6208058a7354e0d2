/// Precision, recall and F1 of one kind of unit.
public struct PRF: Sendable, Hashable, CustomStringConvertible {
    public var gold: Int
    public var predicted: Int
    public var correct: Int

    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double { gold + predicted == 0 ? 0 : 2 * Double(correct) / Double(gold + predicted) }

    public var description: String {
        func pct(_ x: Double) -> String {
            let v = (x * 10000).rounded() / 100
            return String(v)
        }
        return "P \(pct(precision))  R \(pct(recall))  F1 \(pct(f1))  (gold \(gold), predicted \(predicted), correct \(correct))"
    }
}

/// Scores tokens and sentences the way the CoNLL 2018 UD shared task does: both sides become
/// character spans over the text with all whitespace removed, and a unit is correct when its
/// span matches exactly.
///
/// ```swift
/// let gold = try CoNLLUReader.read(conllu, file: "dev.conllu")
/// let document = TokenizationScorer.goldDocument(gold, join: .space)
/// let result = try TokenizationScorer.score(gold: gold, join: .space, predicted: tokenizer.tokenize(document))
/// ```
public enum TokenizationScorer {
    public enum Join: String, Sendable, CaseIterable {
        case space
        case newline
    }

    public struct Disagreement: Sendable {
        /// Text around the disagreement (original text, whitespace kept).
        public var context: String
        public var gold: [String]
        public var predicted: [String]
    }

    public struct Result: Sendable {
        public var tokens: PRF
        public var sentences: PRF
        public var tokenDisagreements: [Disagreement]
        public var sentenceDisagreements: [Disagreement]
    }

    /// The document the gold sentences make: their `# text` joined by a space or a newline.
    public static func goldDocument(_ sentences: [CoNLLUSentence], join: Join, id: String = "gold") -> Document {
        Document(id: id, text: sentences.map(\.text).joined(separator: join == .space ? " " : "\n"))
    }

    public enum ScoreError: Error, CustomStringConvertible {
        case textMismatch(String)
        public var description: String {
            switch self { case .textMismatch(let m): return m }
        }
    }

    public static func score(gold: [CoNLLUSentence], join: Join, predicted: TokenizedDocument) throws -> Result {
        let text = Array(predicted.document.text.unicodeScalars)
        // Position of each non-whitespace scalar in the stripped text.
        var strippedIndex = [Int](repeating: -1, count: text.count + 1)
        var stripped: [Unicode.Scalar] = []
        for (i, s) in text.enumerated() where !UTF8Scan.isWhitespace(s) {
            strippedIndex[i] = stripped.count
            stripped.append(s)
        }
        func strippedSpan(_ start: Int, _ end: Int) -> (Int, Int)? {
            var a = start, z = end
            while a < z && strippedIndex[a] < 0 { a += 1 }
            while z > a && strippedIndex[z - 1] < 0 { z -= 1 }
            guard a < z else { return nil }
            return (strippedIndex[a], strippedIndex[z - 1] + 1)
        }
        // Gold spans from token forms.
        var goldTokens: [(Int, Int)] = []
        var goldSentences: [(Int, Int)] = []
        var position = 0
        var goldStripped: [Unicode.Scalar] = []
        for sentence in gold {
            let sentenceStart = position
            for token in sentence.tokens {
                let scalars = token.unicodeScalars.filter { !UTF8Scan.isWhitespace($0) }
                goldStripped += scalars
                goldTokens.append((position, position + scalars.count))
                position += scalars.count
            }
            goldSentences.append((sentenceStart, position))
        }
        guard goldStripped == stripped else {
            let firstDifference = zip(goldStripped, stripped).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(goldStripped.count, stripped.count)
            throw ScoreError.textMismatch("gold tokens and text differ (after removing whitespace) at character \(firstDifference)")
        }
        var predictedTokens: [(Int, Int)] = []
        for t in predicted.tokens { if let span = strippedSpan(t.start, t.end) { predictedTokens.append(span) } }
        var predictedSentences: [(Int, Int)] = []
        for s in predicted.sentences { if let span = strippedSpan(s.start, s.end) { predictedSentences.append(span) } }

        // Map stripped positions back to original positions for context.
        var original = [Int](repeating: 0, count: stripped.count + 1)
        for (i, k) in strippedIndex.enumerated() where k >= 0 { original[k] = i }
        original[stripped.count] = text.count

        func compare(_ g: [(Int, Int)], _ p: [(Int, Int)]) -> (PRF, [Disagreement]) {
            let goldSet = Set(g.map { $0.0 << 32 | $0.1 })
            let correct = p.filter { goldSet.contains($0.0 << 32 | $0.1) }.count
            // Disagreement regions: walk both lists, group overlapping mismatches.
            var disagreements: [Disagreement] = []
            var i = 0, j = 0
            while i < g.count || j < p.count {
                if i < g.count && j < p.count && g[i] == p[j] { i += 1; j += 1; continue }
                var regionEnd = max(i < g.count ? g[i].1 : 0, j < p.count ? p[j].1 : 0)
                var gi: [(Int, Int)] = [], pj: [(Int, Int)] = []
                var changed = true
                while changed {
                    changed = false
                    while i < g.count && g[i].0 < regionEnd { gi.append(g[i]); regionEnd = max(regionEnd, g[i].1); i += 1; changed = true }
                    while j < p.count && p[j].0 < regionEnd { pj.append(p[j]); regionEnd = max(regionEnd, p[j].1); j += 1; changed = true }
                }
                if gi.isEmpty && pj.isEmpty { break }
                func render(_ spans: [(Int, Int)]) -> [String] {
                    spans.map { String(String.UnicodeScalarView(text[original[$0.0]..<(original[$0.1 - 1] + 1)])) }
                }
                let from = original[(gi.first ?? pj.first!).0]
                let to = original[regionEnd - 1] + 1
                let context = String(String.UnicodeScalarView(text[max(0, from - 30)..<min(text.count, to + 30)]))
                disagreements.append(Disagreement(context: context, gold: render(gi), predicted: render(pj)))
            }
            return (PRF(gold: g.count, predicted: p.count, correct: correct), disagreements)
        }
        let (tokens, tokenErrors) = compare(goldTokens, predictedTokens)
        let (sentences, sentenceErrors) = compare(goldSentences, predictedSentences)
        return Result(tokens: tokens, sentences: sentences, tokenDisagreements: tokenErrors, sentenceDisagreements: sentenceErrors)
    }
}

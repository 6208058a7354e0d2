/// Precision, recall and F1 of one kind of unit.
///
/// ```swift
/// let prf = PRF(gold: 4, predicted: 4, correct: 3)   // 3 of the 4 tokens of `Былтыр 62%-ға өсті.` right
/// prf.f1   // 0.75
/// ```
public struct PRF: Sendable, Hashable, CustomStringConvertible {
    /// Units in the gold (4 tokens in `Былтыр 62%-ға өсті.`).
    public var gold: Int
    /// Units predicted (5 if `62%-ға` were split in two).
    public var predicted: Int
    /// Predicted units that match a gold unit exactly (`Былтыр`, `өсті`, `.`).
    public var correct: Int

    /// `correct / predicted`, 0 when nothing was predicted (3 / 5 = 0.6 with `62%-ға` split).
    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    /// `correct / gold`, 0 when the gold is empty (3 / 4 = 0.75 with `62%-ға` split).
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    /// The harmonic mean of precision and recall (6 / 9 ≈ 0.667 with `62%-ға` split).
    public var f1: Double { gold + predicted == 0 ? 0 : 2 * Double(correct) / Double(gold + predicted) }

    /// `P 60.0  R 75.0  F1 66.67  (gold 4, predicted 5, correct 3)` with `62%-ға` split.
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
///
/// Gold `Былтыр | 62%-ға | өсті | .` against a prediction `Былтыр | 62% | -ға | өсті | .`:
/// three tokens right of four gold and five predicted.
public enum TokenizationScorer {
    /// How the gold sentences are joined into one text: `Былтыр 62%-ға өсті. Т.б. мәселелер.` by a
    /// space, or with a newline between the two.
    public enum Join: String, Sendable, CaseIterable {
        case space
        case newline
    }

    /// A stretch where gold and prediction split differently (`Көші | - | қон` against `Көші-қон`).
    public struct Disagreement: Sendable {
        /// Text around the disagreement (original text, whitespace kept).
        /// (`…Бұл-біздің үлкен жетістігіміз…`.)
        public var context: String
        /// The gold units there (`["Бұл", "-", "біздің"]`).
        public var gold: [String]
        /// The predicted units there (`["Бұл-біздің"]`).
        public var predicted: [String]
    }

    /// Token and sentence scores with their disagreements (`Бұл | - | біздің → Бұл-біздің`).
    public struct Result: Sendable {
        /// Token scores (a split `62%-ға` is one wrong token).
        public var tokens: PRF
        /// Sentence scores (`Т.б. мәселелер.` cut after `Т.б.` is one wrong sentence).
        public var sentences: PRF
        /// Where tokens differ, in text order (`Бұл | - | біздің → Бұл-біздің`).
        public var tokenDisagreements: [Disagreement]
        /// Where sentences differ, in text order (`[Т.б.] [мәселелер.]` against `[Т.б. мәселелер.]`).
        public var sentenceDisagreements: [Disagreement]
    }

    /// The document the gold sentences make: their `# text` joined by a space or a newline.
    /// (`Бұл біздің жетістігіміз.` and `Кездесу болды.` make `Бұл біздің жетістігіміз. Кездесу болды.`.)
    public static func goldDocument(_ sentences: [CoNLLUSentence], join: Join, id: String = "gold") -> Document {
        Document(id: id, text: sentences.map(\.text).joined(separator: join == .space ? " " : "\n"))
    }

    /// The gold tokens do not spell the text (gold tokens `Былтыр өсті` over `Былтыр 62%-ға өсті.`).
    public enum ScoreError: Error, CustomStringConvertible {
        case textMismatch(String)
        /// The message (`gold tokens and text differ (after removing whitespace) at character 7`, say, for gold tokens `Былтыр өсті` over the text `Былтыр 62%-ға өсті.`).
        public var description: String {
            switch self { case .textMismatch(let m): return m }
        }
    }

    /// Scores `predicted` against the gold sentences joined by `join`.
    ///
    /// ```swift
    /// let gold = try CoNLLUReader.read(conllu, file: "kk_ktb-dev.conllu")
    /// let text = TokenizationScorer.goldDocument(gold, join: .space)   // "Бұл біздің жетістігіміз. …"
    /// let result = try TokenizationScorer.score(gold: gold, join: .space,
    ///                                           predicted: Tokenizer().tokenize(text))
    /// print(result.tokens)   // P 99.33  R 99.17  F1 99.25  (…)
    /// ```
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

import Foundation
import Testing
@testable import KazakhText

/// Number rules: values, lexicon errors, KazNERD validation. Every document of `Corpus/numbers/`
/// is its own case in `CorpusExampleTests`.
@Suite struct CorpusNumbersTests {
    static let numeric = Set(Extractor.producedLabels.filter(\.isNumeric).map(\.rawValue))

    @Test func seedValues() throws {
        let text = "4,5 миллион тоннаны құрады. Бір жарым миллион тоннаға жуықтады. Оны бір миллиард долларға дейін жеткізу. 99999999999999999999999 теңге."
        let spans = try Fixtures.extractor.extract(Document(id: "s", text: text)).spans.map(GoldSpan.init)
        #expect(spans.map { "\($0.value ?? "-") \($0.unit ?? "-") \($0.approx ?? "-")" } == [
            "4500000 t -", "1500000 t -", "1000000000 USD up_to", "99999999999999999999999 KZT -",
        ])
    }

    @Test func malformedUnitLineIsRejectedWithFileAndLine() throws {
        let rows = try TSVTable.rows("# unit\tlabel\tcode\nтонна\tQUANTITY\tt\nлитр\tVOLUME\tl\n", file: "units.tsv", minColumns: 3)
        #expect(throws: LexiconError(file: "units.tsv", line: 3, message: "label must be MONEY, QUANTITY or PERCENTAGE, found 'VOLUME'")) {
            _ = try UnitLexicon(rows: rows, stripper: Fixtures.extractor.quantities.parser.stripper)
        }
    }

    @Test func nameHeadWithoutItsClassIsRejectedWithFileAndLine() throws {
        let rows = try TSVTable.rows("# word\trole\tclass\nсаммит\tname-head\tevent\nсоғыс\tname-head\n",
                                     file: "number-context.tsv", minColumns: 2, maxColumns: 3)
        #expect(throws: LexiconError(file: "number-context.tsv", line: 3,
                                     message: "a name head needs its class in column 3 (event, facility, law, organisation, post)")) {
            _ = try NumberContext(rows: rows, stripper: Fixtures.extractor.quantities.parser.stripper)
        }
    }

    @Test func userLexiconAddsAUnit() throws {
        let dir = try Fixtures.lexiconFolder(["units-user.tsv": "# unit\tlabel\tcode\nқап\tQUANTITY\tbag\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "Он қапқа жуық ұн жеткізілді."
        #expect(try Fixtures.extractor.extract(Document(id: "u", text: text)).spans.map(\.label) == [.CARDINAL])
        let extractor = try Extractor(store: Fixtures.store.adding(userPaths: [dir.path]))
        let spans = try extractor.extract(Document(id: "u", text: text)).spans.map(GoldSpan.init)
        #expect(spans.map { "\($0.label) \($0.value ?? "") \($0.unit ?? "") \($0.approx ?? "")" } == ["QUANTITY 10 bag about"])
    }
}

/// Exact-match F1 on KazNERD validation against the targets of the numbers and leaders issues.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.kaznerdValid.path), "needs ../shared/data"))
struct KazNERDNumbersTests {
    @Test func validationF1() throws {
        let contents = try String(contentsOf: Fixtures.kaznerdValid, encoding: .utf8)
        let golds = try IOB2Reader.read(contents, file: "IOB2_valid.txt")
        #expect(golds.count == 11167)
        let scorer = SpanScorer(labels: CorpusNumbersTests.numeric.union(["PERSON", "POSITION"]))
        var result = SpanScorer.Result()
        for gold in golds {
            let predicted = try Fixtures.extractor.extract(gold.document).spans.map(GoldSpan.init)
            scorer.add(document: gold.document, gold: gold.spans, predicted: predicted, to: &result)
        }
        let targets = ["CARDINAL": 0.93, "ORDINAL": 0.95, "MONEY": 0.95, "PERCENTAGE": 0.97, "QUANTITY": 0.90,
                       "PERSON": 0.90, "POSITION": 0.85]
        for (label, target) in targets {
            let prf = result.perLabel[label]!
            #expect(prf.f1 >= target, "\(label) \(prf)")
        }
    }
}

@Suite struct AnnotationFormatTests {
    @Test func spanTextMustMatchItsOffsets() {
        let line = Array(#"{"id":"d1","text":"Былтыр 62 пайызға өсті.","spans":[{"start":7,"end":17,"label":"PERCENTAGE","text":"62 пайыз"}]}"#.utf8)
        #expect(throws: AnnotationError.self) { _ = try AnnotationReader.decode(line: line, place: "gold.jsonl:4") }
        do {
            _ = try AnnotationReader.decode(line: line, place: "gold.jsonl:4")
        } catch {
            #expect(error.description.hasPrefix("gold.jsonl:4: document d1 span 0"))
        }
    }

    @Test func iob2SentencesBecomeDocuments() throws {
        let docs = try IOB2Reader.read("Елде O\n62 B-PERCENTAGE\nпайыз I-PERCENTAGE\nөсті O\n\nБір B-CARDINAL\n", file: "x.txt")
        #expect(docs.map(\.document.text) == ["Елде 62 пайыз өсті", "Бір"])
        #expect(docs[0].spans == [GoldSpan(start: 5, end: 13, label: "PERCENTAGE")])
    }

    @Test func scorerCountsOverlapWithOtherLabelsAsFalsePositive() {
        let doc = Document(id: "d", text: "2025 жылы 5 адам")
        let gold = [GoldSpan(start: 0, end: 9, label: "DATE"), GoldSpan(start: 10, end: 11, label: "CARDINAL")]
        let predicted = [GoldSpan(start: 0, end: 4, label: "CARDINAL"), GoldSpan(start: 10, end: 11, label: "CARDINAL")]
        var result = SpanScorer.Result()
        SpanScorer(labels: ["CARDINAL"]).add(document: doc, gold: gold, predicted: predicted, to: &result)
        #expect(result.perLabel["CARDINAL"] == PRF(gold: 1, predicted: 2, correct: 1))
        #expect(result.errors.first?.other?.label == "DATE")
    }
}

import Foundation
import Testing
@testable import KazakhText

@Suite struct QuoteTests {
    func quotes(_ text: String) throws -> (quotes: [Span], warnings: [DocumentWarning], text: [Unicode.Scalar]) {
        let result = try Fixtures.extractor.extract(Document(id: "q", text: text))
        return (result.spans.filter { $0.label == .QUOTE }, result.warnings, Array(text.unicodeScalars))
    }

    func string(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String { String(String.UnicodeScalarView(s[r])) }

    /// The seed's ten paragraph quotes `..., – деді Мемлекет басшысы.`: exact, with speaker and leader.
    @Test func seedQuotesExactWithSpeakers() throws {
        let gold = try AnnotationReader.read(path: Fixtures.root.appendingPathComponent("Corpus/quotes/seed.jsonl").path)[0]
        let predicted = try Fixtures.extractor.extract(gold.document).spans.filter { $0.label == .QUOTE }.map(GoldSpan.init)
        let expected = gold.spans.filter { $0.label == "QUOTE" }
        #expect(expected.count == 10)
        #expect(predicted.map { [$0.start, $0.end] } == expected.map { [$0.start, $0.end] })
        #expect(predicted.map(\.speaker) == expected.map(\.speaker))
        #expect(predicted.map(\.leader) == expected.map(\.leader))
    }

    /// Corpus/quotes/*.jsonl: QUOTE exact-match F1 and speaker accuracy over matched quotes.
    /// Measured: F1 97.6 (79 of 83 gold, no false positive), speakers 72 of 79 (91.1%).
    @Test func corpusQuotesScore() throws {
        let dir = Fixtures.root.appendingPathComponent("Corpus/quotes")
        let scorer = SpanScorer(labels: ["QUOTE"])
        var result = SpanScorer.Result()
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".jsonl") {
            for gold in try AnnotationReader.read(path: dir.appendingPathComponent(name).path) {
                let predicted = try Fixtures.extractor.extract(gold.document).spans.map(GoldSpan.init)
                scorer.add(document: gold.document, gold: gold.spans, predicted: predicted, to: &result)
            }
        }
        let quote = result.perLabel["QUOTE"]!
        #expect(quote.f1 >= 0.97, "QUOTE F1 \(quote.f1)")
        #expect(quote.precision >= 0.99, "QUOTE precision \(quote.precision)")
        let accuracy = Double(result.speakers.right) / Double(max(1, result.speakers.matched))
        #expect(accuracy >= 0.9, "speaker accuracy \(accuracy)")
    }

    @Test func layouts() throws {
        let (q1, _, s1) = try quotes("«Біз бүгін құрылтай жұмысының бағдарын айқындадық», деді Президент.")
        #expect(q1.map { string(s1, $0.start..<$0.end) } == ["Біз бүгін құрылтай жұмысының бағдарын айқындадық"])
        #expect(q1.first?.speaker.map { string(s1, $0) } == "Президент")
        let (q2, _, s2) = try quotes("Мұрат Нұртілеу айтты.\n\"Күн тәртібінде мұндай мәселе жоқ\", - деді Қасым-Жомарт Тоқаев.")
        #expect(q2.map { string(s2, $0.start..<$0.end) } == ["Күн тәртібінде мұндай мәселе жоқ"])
        #expect(q2.first?.leader == "kassym-jomart-tokayev")
        let (q3, _, s3) = try quotes("Сенат Төрағасы Қасым-Жомарт Тоқаев:\n«Болды ма?» деп сұрады.")
        #expect(q3.map { string(s3, $0.start..<$0.end) } == ["Болды ма?"])
        #expect(q3.first?.speaker.map { string(s3, $0) } == "Қасым-Жомарт Тоқаев")
        let (q4, _, s4) = try quotes("Тоқаев теміржол саласына тоқталды.\n– Отандық теміржол саласын дамыту керек, – деді Мемлекет басшысы.")
        #expect(q4.map { string(s4, $0.start..<$0.end) } == ["Отандық теміржол саласын дамыту керек"])
        #expect(q4.first?.speaker.map { string(s4, $0) } == "Мемлекет басшысы")
    }

    /// `«` never closed, a stray `»`: the quote ends with its paragraph, and the document gets a warning.
    @Test func unbalancedMarks() throws {
        let text = "Тоқаев: «Біз бұл мәселені шешеміз.\nЕкінші абзац жай баяндау. Ол «жасыл» энергия туралы айтты.\nҮшінші абзац» бітті."
        let (q, warnings, s) = try quotes(text)
        #expect(q.map { string(s, $0.start..<$0.end) } == ["Біз бұл мәселені шешеміз."])
        #expect(q.first?.speaker.map { string(s, $0) } == "Тоқаев")
        #expect(warnings.contains { $0.message.contains("never closed") && s[$0.start] == "«" })
        #expect(warnings.contains { s[$0.start] == "»" })
        // Nothing is swallowed: an unclosed mark at the end of a document.
        let (q2, w2, _) = try quotes("Ол «жасыл энергия туралы айтты")
        #expect(q2.isEmpty)
        #expect(w2.count == 1)
    }

    /// Names and terms in guillemets, copula dashes and indirect speech are not quotes.
    @Test func namesInGuillemetsAreNotQuotes() throws {
        for text in ["Елімізде «жасыл» энергия дамып келеді.",
                     "«Қазақстан темір жолы» АҚ басшысы жауапқа тартылды.",
                     "Ердоғанға «Достық» орденін тапсырды.",
                     "Екі елдің тамыры – бір, тарихы – ортақ.",
                     "Мұнай Баку – Тбилиси – Жейхан бағдары бойынша тасымалданады.",
                     "Тоқаев брифинг өткізді, деп хабарлайды BAQ.KZ Ақордаға сілтеме жасап.",
                     "Енді «Цифрлы Қазақстан» деген бағдарлама бар.",
                     "Қарттарға құрмет: «Хабар» арнасының ұжымы қонақта болды.",
                     "\"Turkistan\" газетінің тілшісі «2024-2026 жылдарға арналған бюджет туралы» заңды талқылады."] {
            let (q, w, _) = try quotes(text)
            #expect(q.isEmpty, "\(text)")
            #expect(w.isEmpty, "\(text)")
        }
    }
}

import Foundation
import Testing
@testable import KazakhText

/// The small conveniences a library user reaches for: a span's text, the labels an evaluation
/// scores by default, and a clear error when the lexicons cannot be found.
struct LibraryUseTests {
    static let extractor: Extractor = {
        do { return try Extractor(store: Fixtures.store) } catch { fatalError("\(error)") }
    }()

    @Test func spanTextIsTheCoveredText() throws {
        let document = Document(id: "d", text: "Былтыр 4,5 миллион тоннаны құрады, өсім 62%-ға жетті.")
        let spans = try Self.extractor.extract(document).spans
        #expect(spans.map { String($0.text(in: document)) } == ["4,5 миллион тоннаны", "62%-ға"])
    }

    @Test func spanTextCountsScalarsNotCharacters() {
        // "е" + combining acute: one Character, two scalars; a span may start on the mark.
        let text = "е\u{301}л 5 теңге"
        #expect(Span(start: 1, end: 3, label: .CARDINAL).text(in: text).unicodeScalars.elementsEqual("\u{301}л".unicodeScalars))
        #expect(Span(start: 4, end: 11, label: .MONEY).text(in: text) == "5 теңге")
        #expect(Span(start: 9, end: 40, label: .MONEY).text(in: text) == "ге")
    }

    @Test func evalScoresTheLabelsTheGoldAnnotates() throws {
        let path = Fixtures.root.appendingPathComponent("Corpus/numbers/seed.jsonl").path
        let labels = ScoredLabels(gold: try AnnotationReader.read(path: path))
        #expect(labels.fromGold)
        #expect(labels.labels.allSatisfy { $0.isNumeric })
        #expect(!labels.labels.isEmpty)
        #expect(labels.summary.contains("the labels the gold annotates"))
    }

    @Test func evalScoresEveryProducedLabelWhenTheGoldHasNone() {
        let gold = [AnnotatedDocument(document: Document(id: "d", text: "Сәлем."), spans: [])]
        let labels = ScoredLabels(gold: gold)
        #expect(!labels.fromGold)
        #expect(labels.labels == Extractor.producedLabels.sorted())
    }

    @Test func missingLexiconsSayHowToPointAtThem() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("kaztext-nolex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect {
            try LexiconStore.locateBundledDirectory(environment: nil, searchingUpFrom: [empty])
        } throws: { error in
            let text = "\(error)"
            return text.contains("KAZTEXT_LEXICONS") && text.contains("LexiconStore(directories:")
        }
        #expect {
            try LexiconStore.locateBundledDirectory(environment: empty.path, searchingUpFrom: [Fixtures.root])
        } throws: { error in "\(error)".contains("KAZTEXT_LEXICONS names no lexicon folder") }
        let found = try LexiconStore.locateBundledDirectory(
            environment: nil, searchingUpFrom: [Fixtures.root.appendingPathComponent("Sources/KazakhText")])
        #expect(found == Fixtures.root.appendingPathComponent("Lexicons").path)
    }
}

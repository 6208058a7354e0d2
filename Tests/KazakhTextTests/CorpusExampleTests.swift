import Foundation
import Testing
@testable import KazakhText

/// One annotated document of `Corpus/`, as one test case: `folder/file#id`.
struct CorpusExample: Sendable, CustomTestStringConvertible {
    let folder: String
    let file: String
    let gold: AnnotatedDocument
    /// The labels its file annotates: only these are compared.
    let labels: Set<String>
    /// Why the document is known to fail, from `Corpus/known-failures.tsv`, or nil.
    let knownFailure: String?

    var name: String { "\(folder)/\(file)#\(gold.document.id)" }
    var testDescription: String { name }

    /// The folders whose documents are checked exactly (`limits/` holds what the rules are known
    /// not to do, and `tokenize/` is checked by `CorpusTokenizeTests`).
    static let folders = ["numbers", "leaders", "quotes"]

    static let all: [CorpusExample] = {
        do {
            let known = try knownFailures()
            return try folders.flatMap { folder in
                let byFile = Dictionary(grouping: try Fixtures.annotated(folder), by: \.file)
                return byFile.keys.sorted().flatMap { file in
                    let documents = byFile[file]!.map(\.document)
                    let labels = Set(documents.flatMap { $0.spans.map(\.label) })
                    return documents.map {
                        CorpusExample(folder: folder, file: file, gold: $0, labels: labels,
                                      knownFailure: known["\(folder)/\(file)#\($0.document.id)"])
                    }
                }
            }
        } catch {
            fatalError("cannot read Corpus/: \(error)")
        }
    }()

    /// `Corpus/known-failures.tsv`: `folder/file#id` → what is wrong.
    static func knownFailures() throws -> [String: String] {
        let path = Fixtures.root.appendingPathComponent("Corpus/known-failures.tsv").path
        let rows = try TSVTable.rows(String(contentsOfFile: path, encoding: .utf8), file: "known-failures.tsv", minColumns: 2)
        return Dictionary(rows.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
    }

    /// A span as one comparable line: offsets, label, the text it covers and what it carries.
    func line(_ s: GoldSpan) -> String {
        let scalars = Array(gold.document.text.unicodeScalars)
        let covered = String(String.UnicodeScalarView(scalars[s.start..<min(s.end, scalars.count)]))
        var fields = ["\(s.label) \(s.start)-\(s.end) «\(covered)»"]
        for (key, value) in [("value", s.value), ("max", s.max), ("approx", s.approx), ("unit", s.unit), ("leader", s.leader)] {
            if let value { fields.append("\(key)=\(value)") }
        }
        if let speaker = s.speaker, speaker.count == 2 {
            let words = String(String.UnicodeScalarView(scalars[speaker[0]..<min(speaker[1], scalars.count)]))
            fields.append("speaker=«\(words)»")
        }
        return fields.joined(separator: " ")
    }

    /// Gold spans missing from the prediction, and predicted spans the gold does not have.
    func differences(from predicted: [GoldSpan]) -> (missing: [String], extra: [String]) {
        let expected = gold.spans.filter { labels.contains($0.label) }.map(line)
        let found = predicted.filter { labels.contains($0.label) }.map(line)
        return (expected.filter { !found.contains($0) }, found.filter { !expected.contains($0) })
    }
}

/// Every annotated document of `Corpus/numbers`, `Corpus/leaders` and `Corpus/quotes` is its
/// own test case: `extract` must give exactly the gold spans of the labels its file annotates,
/// with the same value, max, approximation, unit, leader and speaker. A document listed in
/// `Corpus/known-failures.tsv` is expected to fail (and the test fails when it passes, so the
/// list stays true).
@Suite struct CorpusExampleTests {
    @Test(arguments: CorpusExample.all)
    func corpusDocument(_ example: CorpusExample) throws {
        let predicted = try Fixtures.extractor.extract(example.gold.document).spans.map(GoldSpan.init)
        let (missing, extra) = example.differences(from: predicted)
        let check = {
            #expect(missing.isEmpty && extra.isEmpty,
                    "\(example.name)\nmissing:\n\(missing.joined(separator: "\n"))\nextra:\n\(extra.joined(separator: "\n"))")
        }
        if let why = example.knownFailure {
            withKnownIssue(Comment(rawValue: why)) { check() }
        } else {
            check()
        }
    }

    @Test func everyKnownFailureNamesACorpusDocument() throws {
        let names = Set(CorpusExample.all.map(\.name))
        for name in try CorpusExample.knownFailures().keys {
            #expect(names.contains(name), "Corpus/known-failures.tsv names \(name), which is no Corpus document")
        }
        #expect(CorpusExample.all.count >= 200)
    }
}

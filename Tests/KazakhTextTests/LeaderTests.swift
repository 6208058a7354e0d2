import Foundation
import Testing
@testable import KazakhText

@Suite struct LeaderTests {
    /// A store whose leader files are replaced by `files` (name → contents).
    func store(with files: [String: String]) throws -> (LexiconStore, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kaztext-leaders-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bundled = Fixtures.root.appendingPathComponent("Lexicons")
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) where files[name] == nil {
            try FileManager.default.copyItem(at: bundled.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        for (name, contents) in files { try contents.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return (LexiconStore(directories: [dir.path]), dir)
    }

    @Test func badLeaderLexiconsAreRejectedWithFileAndLine() throws {
        let leaders = "# id\tname\tkind\nkassym-jomart-tokayev\tҚасым-Жомарт Тоқаев\tfull\nkassym-jomart-tokayev\tҚасым-Жомарт  Тоқаев\tfull\n"
        let (s1, d1) = try store(with: ["leaders.tsv": leaders])
        defer { try? FileManager.default.removeItem(at: d1) }
        #expect(throws: LexiconError(file: d1.appendingPathComponent("leaders.tsv").path, line: 3,
                                     message: "duplicate name 'Қасым-Жомарт  Тоқаев' for kassym-jomart-tokayev")) {
            _ = try LeaderLexicon(store: s1)
        }
        let offices = "# id\toffice\tcountry\tstart\tend\nkassym-jomart-tokayev\tpresident\tKZ\t2019-03-20\t2019-01-01\n"
        let (s2, d2) = try store(with: ["leaders.tsv": "x\ty\tfull\nkassym-jomart-tokayev\tТоқаев\tsurname\n", "offices.tsv": offices])
        defer { try? FileManager.default.removeItem(at: d2) }
        #expect(throws: LexiconError(file: d2.appendingPathComponent("offices.tsv").path, line: 2,
                                     message: "end 2019-01-01 is before start 2019-03-20")) {
            _ = try LeaderLexicon(store: s2)
        }
        let (s3, d3) = try store(with: ["titles.tsv": "Президент\tpresident\n"])
        defer { try? FileManager.default.removeItem(at: d3) }
        #expect(throws: LexiconError.self) { _ = try LeaderLexicon(store: s3) }
    }

    @Test func titlesResolveByDate() throws {
        func leader(_ text: String, _ date: String?) throws -> [String] {
            try Fixtures.extractor.extract(Document(id: "d", text: text, date: date)).spans
                .filter { $0.label == .POSITION }.map { $0.leader ?? "-" }
        }
        #expect(try leader("Қазақстан Президенті келді.", "2018-05-01") == ["nursultan-nazarbayev"])
        #expect(try leader("Қазақстан Президенті келді.", "2025-10-21") == ["kassym-jomart-tokayev"])
        #expect(try leader("Мемлекет басшысы келді.", nil) == ["kassym-jomart-tokayev"])
        #expect(try leader("Әзербайжан Президентіне хат жолдады.", "2025-10-21") == ["ilham-aliyev"])
        // A title right before a name is that person only if they held the office.
        #expect(try leader("Президент Ильхам Әлиевті қарсы алды.", "2025-10-21") == ["ilham-aliyev"])
        #expect(try leader("Мемлекет басшысы Путинге алғыс айтты.", "2018-05-01") == ["nursultan-nazarbayev"])
        // A bare Президент is the president last named, else Kazakhstan's.
        #expect(try leader("Ильхам Әлиев келді. Президент сөйледі.", "2025-10-21") == ["ilham-aliyev"])
        #expect(try leader("Президент сөйледі.", "2018-05-01") == ["nursultan-nazarbayev"])
    }

    @Test func surnameAloneNeedsOneCandidate() throws {
        let spans = try Fixtures.extractor.extract(Document(id: "d", text: "Әлиев келді. Ильхам Әлиев сөйледі. Әлиевке рахмет.", date: "2025-10-21")).spans
        #expect(spans.filter { $0.label == .PERSON }.map { $0.leader ?? "-" } == ["-", "ilham-aliyev", "ilham-aliyev"])
    }
}

/// `Corpus/leaders/`: the seed's leader ids must all be right. The news mentions must not fall
/// below the level measured for this version (the target of the leaders issue is 98%; see its note).
@Suite struct CorpusLeaderTests {
    /// Measured for this version; raise it as the recognizer improves.
    static let floor = 0.94

    @Test func leaderIds() throws {
        var right = 0, total = 0
        for (file, gold) in try Fixtures.annotated("leaders") {
            let predicted = try Fixtures.extractor.extract(gold.document).spans
            for g in gold.spans where g.leader != nil {
                total += 1
                let p = predicted.first { $0.start == g.start && $0.end == g.end && $0.label.rawValue == g.label }
                if p?.leader == g.leader { right += 1 } else if file == "seed.jsonl" {
                    Issue.record("seed \(g.label) \(g.start)-\(g.end): expected \(g.leader!), got \(p?.leader ?? "no span")")
                }
            }
        }
        #expect(total >= 60)
        #expect(Double(right) / Double(total) >= Self.floor, "\(right) of \(total) leader ids right")
    }
}

/// One example per PERSON / POSITION rule that has no other test.
@Suite struct LeaderRuleTests {
    func spans(_ text: String, _ label: SpanLabel) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        return try Fixtures.extractor.extract(Document(id: "r", text: text)).spans.filter { $0.label == label }
            .map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    @Test func honorificOutsideMakesAName() throws {
        #expect(try spans("Ауылда Эльбрус атаның жасы сексенде.", .PERSON) == ["Эльбрус"])
    }

    @Test func placeNounsAndGuillemetsAreNotPersons() throws {
        #expect(try spans("Біз Абай ауданында тұрамыз.", .PERSON) == [])
        #expect(try spans("Ол « Абай жолы » романын оқыды.", .PERSON) == [])
        #expect(try spans("Жол Махамбет , Индер және Исатай аудандарына барады.", .PERSON) == [])
    }

    @Test func surnameMetEarlierIsAPerson() throws {
        #expect(try spans("Мұрат Нұртілеу келді. Кейін Нұртілеу сөйледі.", .PERSON) == ["Мұрат Нұртілеу", "Нұртілеу"])
    }

    @Test func titlesThatNameNoOne() throws {
        #expect(try spans("Президент сайлауы өтті.", .POSITION) == [])
        #expect(try spans("Президенттер кездесті.", .POSITION) == [])
        #expect(try spans("Мәжіліс депутаттары жиналды.", .POSITION) == [])
    }

    @Test func organisationBeforeAPost() throws {
        #expect(try spans("Кеше Денсаулық сақтау министрі Алексей Цой сөйледі.", .POSITION) == ["Денсаулық сақтау министрі"])
        #expect(try spans("Кеше Түркия сыртқы істер министрі келді.", .POSITION) == ["Түркия сыртқы істер министрі"])
        #expect(try spans("Кеше қала әкімі келді.", .POSITION) == [])
    }
}

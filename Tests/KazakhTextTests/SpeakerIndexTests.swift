import Testing
@testable import KazakhText

/// `SpeakerIndex` (issue 17, `kaztext quotes --by-speaker`): filing QUOTE spans under their
/// speakers. The spans are written by hand, so these tests check the filing, not the quote rules.
@Suite struct SpeakerIndexTests {
    let index = SpeakerIndex(extractor: Fixtures.extractor)

    /// A QUOTE span over `quote` said by `speaker` (both found in `text`), with an optional leader.
    func span(_ text: String, quote: String, speaker: String?, leader: String? = nil) -> Span {
        func range(_ part: String) -> Range<Int> {
            let scalars = Array(text.unicodeScalars), needle = Array(part.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
            return start..<(start + needle.count)
        }
        let q = range(quote)
        return Span(start: q.lowerBound, end: q.upperBound, label: .QUOTE, leader: leader, speaker: speaker.map(range))
    }

    /// Case endings go (genitive, accusative, dative, instrumental), possessives and given names stay.
    @Test func namesLoseTheirCaseEnding() {
        #expect(index.normalizedName("Асқар Алтайды") == "асқар алтай")
        #expect(index.normalizedName("Асқар  АЛТАЙМЕН") == "асқар алтай")
        #expect(index.normalizedName("Гүлмира Саринаның") == "гүлмира сарина")
        #expect(index.normalizedName("Самал Еслямоваға") == "самал еслямова")
        #expect(index.normalizedName("Мемлекет басшысының") == "мемлекет басшысы")
        #expect(index.normalizedName("Сәкен Ділдахмет") == "сәкен ділдахмет")
        // Given names that read as stem + case ending (амангел+ді, айза+да, дәр+мен) stay whole.
        #expect(index.normalizedName("Амангелді") == "амангелді")
        #expect(index.normalizedName("Айзада") == "айзада")
        #expect(index.normalizedName("Дәрмен") == "дәрмен")
    }

    /// Inflected mentions of one person in two documents make one speaker; quotes keep input order.
    @Test func oneSpeakerAcrossDocumentsAndInflections() {
        var index = index
        let a = "«Жігіттерге рахмет», – деді Асқар Алтай."
        let b = "Асқар Алтайдың айтуынша, ойын қиын болды. «Жеңіс оңай болған жоқ», – деді ол."
        index.add(documentID: "a", text: a, spans: [span(a, quote: "Жігіттерге рахмет", speaker: "Асқар Алтай")])
        index.add(documentID: "b", text: b, spans: [span(b, quote: "Жеңіс оңай болған жоқ", speaker: "Асқар Алтайдың")])
        #expect(index.speakers.count == 1)
        #expect(index.speakers.first?.name == "асқар алтай")
        #expect(index.speakers.first?.quotes.map(\.documentID) == ["a", "b"])
        #expect(index.speakers.first?.quotes.map(\.text) == ["Жігіттерге рахмет", "Жеңіс оңай болған жоқ"])
    }

    /// A leader id joins a title and a name; the speaker shows the name given most often.
    @Test func leaderJoinsTitleAndName() {
        var index = index
        let text = "«Бірлік керек», – деді Мемлекет басшысы. «Еңбек керек», – деді Қасым-Жомарт Тоқаев. «Білім керек», – деді Тоқаев."
        index.add(documentID: "d", text: text, spans: [
            span(text, quote: "Бірлік керек", speaker: "Мемлекет басшысы", leader: "kassym-jomart-tokayev"),
            span(text, quote: "Еңбек керек", speaker: "Қасым-Жомарт Тоқаев", leader: "kassym-jomart-tokayev"),
            span(text, quote: "Білім керек", speaker: "Тоқаев", leader: "kassym-jomart-tokayev"),
        ])
        #expect(index.speakers.map(\.leader) == ["kassym-jomart-tokayev"])
        #expect(index.speakers.first?.count == 3)
        #expect(index.speakers.first?.name == "мемлекет басшысы")
    }

    /// Most quotes first, ties in the order first met, quotes with no speaker last.
    @Test func speakersAreRankedAndUnattributedQuotesComeLast() {
        var index = index
        let text = "«Бір», – делінген хабарламада. «Екі», – деді Ерлан Сайыров. «Үш», – деді Айгүл Серікова. «Төрт», – деді Айгүл Серікова."
        index.add(documentID: "d", text: text, spans: [
            span(text, quote: "Бір", speaker: nil),
            span(text, quote: "Екі", speaker: "Ерлан Сайыров"),
            span(text, quote: "Үш", speaker: "Айгүл Серікова"),
        ])
        index.add(documentID: "e", text: text, spans: [span(text, quote: "Төрт", speaker: "Айгүл Серікова")])
        #expect(index.speakers.map(\.name) == ["айгүл серікова", "ерлан сайыров", nil])
        #expect(index.speakers.map(\.count) == [2, 1, 1])
        #expect(index.speakers.last?.leader == nil)
    }
}

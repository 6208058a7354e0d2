/// Who said what across a corpus: every quotation (QUOTE span) filed under its speaker, one
/// entry per person, with their quotes in input order (the newsroom view of issue 17).
///
/// A speaker is the leader id of the quotation when it has one (so `Мемлекет басшысы` and
/// `Қасым-Жомарт Тоқаевтың` are one person), else the speaker span's normalized name: its words
/// lower-cased and the case ending of the last word stripped by the suffix table the leader
/// rules use (`Асқар Алтайды` and `Асқар Алтай` are `асқар алтай`). Quotations the text gives
/// no speaker are kept under a speaker with neither name nor leader, listed last.
///
/// ```swift
/// let extractor = try Extractor()
/// var index = SpeakerIndex(extractor: extractor)
/// let text = "«Жігіттерге рахмет», – деді Қасым-Жомарт Тоқаев. «Жеңіс оңай болған жоқ», – деді Мемлекет басшысы."
/// let result = try extractor.extract(Document(id: "d1", text: text, date: "2025-10-21"))
/// index.add(documentID: "d1", text: text, spans: result.spans)
/// index.speakers[0].leader   // "kassym-jomart-tokayev"
/// index.speakers[0].count    // 2
/// index.normalizedName("Асқар Алтайдың")   // "асқар алтай"
/// ```
public struct SpeakerIndex: Sendable {
    /// One quotation: the document it is in, its Unicode scalar offsets and its words
    /// (`Жігіттерге рахмет` at 1..<18 of document `d1`).
    public struct Quote: Sendable, Hashable {
        /// The document's id (`d1` for `«Жігіттерге рахмет», – деді Тоқаев.`).
        public var documentID: String
        /// Where the words start, in Unicode scalars (1 in `«Жігіттерге рахмет»`: after the `«`).
        public var start: Int
        /// Where they end, exclusive (18 in `«Жігіттерге рахмет»`: before the `»`).
        public var end: Int
        /// The quoted words (`Жігіттерге рахмет`).
        public var text: String

        /// A quotation of `documentID` (`Quote(documentID: "d1", start: 1, end: 18, text: "Жігіттерге рахмет")`).
        public init(documentID: String, start: Int, end: Int, text: String) {
            self.documentID = documentID
            self.start = start
            self.end = end
            self.text = text
        }
    }

    /// A quotation with the speaker it is filed under (what ``entries(documentID:text:spans:)``
    /// finds in one document; ``add(_:)`` files them): `Жігіттерге рахмет` under `тоқаев`.
    public struct Entry: Sendable, Hashable {
        /// Normalized speaker name (`асқар алтай` for `Асқар Алтайдың`), nil when the text names no speaker.
        public var name: String?
        /// Leader id of the quotation, if any (`kassym-jomart-tokayev` for `деді Мемлекет басшысы`).
        public var leader: String?
        /// The quotation (`Жігіттерге рахмет`).
        public var quote: Quote
    }

    /// One speaker and everything filed under them (`тоқаев`, 25 quotes).
    public struct Speaker: Sendable, Hashable {
        /// The normalized name (for a leader, the name its quotes give most often: `тоқаев`), or nil.
        public var name: String?
        /// The leader id, when the quotes have one (`kassym-jomart-tokayev` for `Тоқаев`).
        public var leader: String?
        /// The quotations, in input order (`Жігіттерге рахмет`, `Жеңіс оңай болған жоқ`).
        public var quotes: [Quote]
        /// How many quotations (2 for `Жігіттерге рахмет` and `Жеңіс оңай болған жоқ`).
        public var count: Int { quotes.count }
    }

    let stripper: SuffixStripper
    let givenNames: [String: Bool]
    private var byKey: [String: Speaker] = [:]
    /// Keys in the order first met, and each key's names with how often its quotes gave them
    /// (in the order first met).
    private var order: [String] = []
    private var names: [String: [(name: String, count: Int)]] = [:]

    /// An empty index normalizing names with the extractor's suffix table and given names
    /// (`Асқар Алтайды` → `асқар алтай`; `Амангелді` is a given name, never cut).
    public init(extractor: Extractor) {
        stripper = extractor.leaders.stripper
        givenNames = extractor.leaders.names.givenNames
    }

    /// The speakers, most quotations first (ties in the order they were first met), the
    /// quotations with no speaker last: `тоқаев` (25), `олжас бектенов` (5), ….
    public var speakers: [Speaker] {
        let ranked = order.enumerated().sorted { a, b in
            let (x, y) = (byKey[a.element]!, byKey[b.element]!)
            let (xNamed, yNamed) = (x.name != nil || x.leader != nil, y.name != nil || y.leader != nil)
            if xNamed != yNamed { return xNamed }
            return x.count != y.count ? x.count > y.count : a.offset < b.offset
        }
        return ranked.map { _, key in
            var speaker = byKey[key]!
            if speaker.leader != nil, let counts = names[key] {
                // The most frequent name; `max` keeps the first of equals (the name met first).
                speaker.name = counts.max { $0.count < $1.count }?.name ?? speaker.name
            }
            return speaker
        }
    }

    /// The quotations of one document with their speakers (no filing: safe to run in parallel):
    /// `Жігіттерге рахмет` said by `тоқаев`.
    public func entries(documentID: String, text: String, spans: [Span]) -> [Entry] {
        let scalars = Array(text.unicodeScalars)
        func words(_ range: Range<Int>) -> String {
            String(String.UnicodeScalarView(scalars[max(0, range.lowerBound)..<min(range.upperBound, scalars.count)]))
        }
        return spans.filter { $0.label == .QUOTE }.map { span in
            let quote = Quote(documentID: documentID, start: span.start, end: span.end, text: words(span.start..<span.end))
            return Entry(name: span.speaker.map { normalizedName(words($0)) }, leader: span.leader, quote: quote)
        }
    }

    /// Files entries under their speakers, in the order given (`Жігіттерге рахмет` under `тоқаев`).
    public mutating func add(_ entries: [Entry]) {
        for entry in entries {
            let key = entry.leader.map { "leader\t" + $0 } ?? entry.name.map { "name\t" + $0 } ?? ""
            if byKey[key] == nil {
                byKey[key] = Speaker(name: entry.name, leader: entry.leader, quotes: [])
                order.append(key)
            }
            byKey[key]!.quotes.append(entry.quote)
            if let name = entry.name {
                if let i = names[key, default: []].firstIndex(where: { $0.name == name }) {
                    names[key]![i].count += 1
                } else {
                    names[key, default: []].append((name, 1))
                }
            }
        }
    }

    /// Files the quotations of one document (`«Жігіттерге рахмет», – деді Тоқаев.`).
    public mutating func add(documentID: String, text: String, spans: [Span]) {
        add(entries(documentID: documentID, text: text, spans: spans))
    }

    /// A speaker's words as one key: lower-cased, spaces collapsed, and the last word without a
    /// case ending (`Асқар Алтайдың` → `асқар алтай`, `Мемлекет басшысының` → `мемлекет
    /// басшысы`). A known given name is never cut (`Амангелді` stays whole).
    public func normalizedName(_ words: String) -> String {
        var parts = words.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        if let last = parts.last { parts[parts.count - 1] = withoutCaseEnding(last) }
        return parts.joined(separator: " ")
    }

    /// The longest stem of `word` under a chain of case suffixes, or the word itself.
    func withoutCaseEnding(_ word: String) -> String {
        guard givenNames[word] == nil else { return word }
        let stems = stripper.analyses(of: word)
            .filter { !$0.suffixes.isEmpty && $0.suffixes.allSatisfy(\.category.isCase) }
            .map(\.stem)
            .filter { $0.unicodeScalars.count >= 3 }
        return stems.max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? word
    }
}

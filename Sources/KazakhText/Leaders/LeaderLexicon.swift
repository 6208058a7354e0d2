/// Leaders, their names and their terms of office, from `Lexicons/leaders.tsv`,
/// `offices.tsv` and `titles.tsv`.
///
/// ```swift
/// lexicon.holders(office: "president", country: "KZ", on: "2018-05-01") // ["nursultan-nazarbayev"]
/// lexicon.ids(forName: ["қасым-жомарт", "тоқаев"])                       // ["kassym-jomart-tokayev"]
/// ```
public struct LeaderLexicon: Sendable {
    public struct Term: Sendable, Hashable {
        public var id: String
        public var office: String
        public var country: String
        public var start: String
        /// Empty when still in office.
        public var end: String

        /// In office on `date` (ISO `YYYY-MM-DD`; strings compare as dates).
        public func covers(_ date: String) -> Bool {
            start <= date && (end.isEmpty || date < end)
        }
    }

    public struct Title: Sendable, Hashable {
        /// Lower-cased words of the title (`["әзербайжан", "президенті"]`).
        public var words: [String]
        public var office: String
        /// ISO code, or nil when the title names no country (`Президент`, `Мемлекет басшысы`).
        public var country: String?
        /// Written in lower case in the lexicon (`ел Президенті`): no capital needed in text.
        public var lowercaseStart = false
        /// A modifier word inside the title (`Тұңғыш Президент`: the first holder).
        public var modifier: Modifier? = nil
    }

    /// What a modifier in a title says about its holder (`title-modifiers.tsv`).
    public enum Modifier: String, Sendable {
        /// `бұрынғы`, `экс-`: the holder before the one in office on the date.
        case former
        /// `алғашқы`, `тұңғыш`: the first holder.
        case first
        /// `жаңа`: the holder who took office most recently.
        case new
    }

    /// Lower-cased name (words joined by one space) → leader ids.
    /// Keyed by bytes: looked up for every capitalised word sequence (see ``UTF8Key``).
    private let byName: [UTF8Key: [String]]
    private let modifierKeys: [UTF8Key: Modifier]
    /// Lower-cased last word of every name → whether it is a surname alone for some id.
    public let nameLastWords: Set<String>
    public let names: [String: [String]]   // id → name forms
    public let terms: [Term]
    /// `terms` of one office in one country (`"president\tKZ"`), in file order: the resolver asks
    /// for them at every POSITION, and there are hundreds of terms.
    private let termsByOffice: [String: [Term]]
    /// `terms` of one leader id, in file order.
    private let termsByID: [String: [Term]]
    public let titles: [Title]
    /// Modifier words (`бұрынғы`) and hyphenated prefixes (`экс-`) → their meaning.
    public let modifiers: [String: Modifier]
    /// Longest name in words.
    public let longestName: Int

    static let offices: Set<String> = ["president", "prime-minister", "head-of-state", "vice-president", "senate-chair",
                                       "mazhilis-chair", "chancellor", "un-secretary-general", "ec-president",
                                       "euco-president", "supreme-leader", "king", "elbasy",
                                       "security-council-chair"]
    /// Offices of a head of state or government (`head` is `басшысы` with a country): such a title
    /// is a POSITION in lower case too, but only right before a name or after a country.
    static let headOffices: Set<String> = ["president", "prime-minister", "head", "head-of-state", "vice-president"]

    public init(store: LexiconStore) throws(LexiconError) {
        var byName: [String: [String]] = [:]
        var names: [String: [String]] = [:]
        var seen = Set<String>()
        var last = Set<String>()
        var longest = 1
        var firstRowOfName: [String: TSVRow] = [:]
        for row in try store.rows(of: "leaders.tsv", minColumns: 3) {
            let id = row[0]
            guard id.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) else {
                throw LexiconError(file: row.file, line: row.line, message: "id '\(id)' must be lower-case ASCII letters, digits and hyphens")
            }
            let key = Self.key(row[1])
            guard seen.insert(id + "\t" + key).inserted else {
                throw LexiconError(file: row.file, line: row.line, message: "duplicate name '\(row[1])' for \(id)")
            }
            try Self.checkNameOwner(row, key: key, firstRowOfName: &firstRowOfName)
            byName[key, default: []].append(id)
            names[id, default: []].append(row[1])
            let words = key.split(separator: " ")
            longest = max(longest, words.count)
            last.insert(String(words.last!))
        }
        var terms: [Term] = []
        var seenTerms = Set<String>()
        for row in try store.rows(of: "offices.tsv", minColumns: 4, maxColumns: 5) {
            let end = row.fields.count > 4 ? row[4] : ""
            guard names[row[0]] != nil else {
                throw LexiconError(file: row.file, line: row.line, message: "unknown leader id '\(row[0])' (not in leaders.tsv)")
            }
            guard Self.offices.contains(row[1]) else {
                throw LexiconError(file: row.file, line: row.line, message: "unknown office '\(row[1])'")
            }
            guard Self.isDate(row[3]), end.isEmpty || Self.isDate(end) else {
                throw LexiconError(file: row.file, line: row.line, message: "dates must be real days written YYYY-MM-DD, found '\(row[3])'\(end.isEmpty ? "" : " – '\(end)'")")
            }
            guard end.isEmpty || end >= row[3] else {
                throw LexiconError(file: row.file, line: row.line, message: "end \(end) is before start \(row[3])")
            }
            guard seenTerms.insert(row.fields.prefix(4).joined(separator: "\t")).inserted else {
                throw LexiconError(file: row.file, line: row.line, message: "duplicate term for \(row[0])")
            }
            terms.append(Term(id: row[0], office: row[1], country: row[2], start: row[3], end: end))
        }
        var titles: [Title] = []
        for row in try store.rows(of: "titles.tsv", minColumns: 3) {
            guard Self.offices.contains(row[1]) else {
                throw LexiconError(file: row.file, line: row.line, message: "unknown office '\(row[1])'")
            }
            titles.append(Title(words: Self.key(row[0]).split(separator: " ").map(String.init), office: row[1],
                                country: row[2] == "-" ? nil : row[2],
                                lowercaseStart: row[0].first.map { $0.isLowercase } ?? false))
        }
        var modifiers: [String: Modifier] = [:]
        for row in try store.rows(of: "title-modifiers.tsv", minColumns: 2, maxColumns: 2) {
            guard let m = Modifier(rawValue: row[1]) else {
                throw LexiconError(file: row.file, line: row.line, message: "meaning must be former, first or new, found '\(row[1])'")
            }
            modifiers[row[0].lowercased()] = m
        }
        for k in titles.indices {
            titles[k].modifier = titles[k].words.lazy.compactMap { modifiers[$0] }.first
        }
        self.modifiers = modifiers
        self.modifierKeys = Dictionary(uniqueKeysWithValues: modifiers.map { (UTF8Key($0.key), $0.value) })
        self.byName = Dictionary(uniqueKeysWithValues: byName.map { (UTF8Key($0.key), $0.value) })
        self.names = names
        self.nameLastWords = last
        self.terms = terms
        self.termsByOffice = Dictionary(grouping: terms) { $0.office + "\t" + $0.country }
        self.termsByID = Dictionary(grouping: terms) { $0.id }
        self.titles = titles
        self.longestName = longest
    }

    /// A name form listed for one leader in one file and given to another leader in another
    /// file contradicts it (a user's extra line would silently make `Тоқаев` ambiguous).
    /// Namesakes listed in the same file (`Әлиев` for Heydar and Ilham Aliyev) are deliberate.
    private static func checkNameOwner(_ row: TSVRow, key: String, firstRowOfName: inout [String: TSVRow]) throws(LexiconError) {
        guard let first = firstRowOfName[key] else { firstRowOfName[key] = row; return }
        if first[0] != row[0] && first.file != row.file {
            throw LexiconError(file: row.file, line: row.line,
                               message: "name '\(row[1])' is given to \(row[0]), but \(first.file):\(first.line) gives it to \(first[0])")
        }
    }

    /// The modifier a (lower-cased) word is (`бұрынғы`, `экс-`), if any.
    func modifier(_ word: String) -> Modifier? { modifierKeys[UTF8Key(word)] }

    /// Leader ids whose name is exactly these lower-cased words.
    public func ids(forName words: [String]) -> [String] {
        ids(forJoinedName: words.count == 1 ? words[0] : words.joined(separator: " "))
    }

    /// `ids(forName:)` for the words already joined by single spaces (a name's first words,
    /// joined once, then each candidate stem of its last word).
    func ids(forJoinedName name: String) -> [String] {
        byName[UTF8Key(name)] ?? []
    }

    /// Who held `office` in `country` on `date` (or today when nil: the open terms).
    public func holders(office: String, country: String, on date: String?) -> [String] {
        terms(office: office, country: country).filter { date.map($0.covers) ?? $0.end.isEmpty }.map(\.id)
    }

    /// The offices a leader held on `date`.
    public func offices(of id: String, on date: String?) -> [Term] {
        terms(of: id).filter { date.map($0.covers) ?? $0.end.isEmpty }
    }

    /// Every term of `office` in `country`, in file order.
    public func terms(office: String, country: String) -> [Term] { termsByOffice[office + "\t" + country] ?? [] }

    /// Every term `id` held, in file order.
    public func terms(of id: String) -> [Term] { termsByID[id] ?? [] }

    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// A real calendar day written `YYYY-MM-DD` (`2019-13-45` and `2023-02-29` are not).
    static func isDate(_ s: String) -> Bool {
        let c = Array(s.utf8)
        guard c.count == 10, c[4] == 0x2D, c[7] == 0x2D,
              c.enumerated().allSatisfy({ i, b in i == 4 || i == 7 || (0x30...0x39).contains(b) }) else { return false }
        func number(_ r: Range<Int>) -> Int { c[r].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}

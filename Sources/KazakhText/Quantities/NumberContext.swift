/// Words around a number that decide what it is, from `Lexicons/number-context.tsv`:
/// time nouns that make it a DATE or TIME, months, rate prefixes, `есе`, and difference words.
struct NumberContext: Sendable {
    enum Role: String, Sendable, Hashable, CaseIterable {
        case date, time, month, rate, multiplier, difference
        case notAfter = "not-after"
        case dateBefore = "date-before"
        case timeBefore = "time-before"
        case namePart = "name-part"
        case unitAfter = "unit-after"
        case approxTail = "approx-tail"
        case nameHead = "name-head"
        case genericOwner = "generic-owner"
        case oneNotAfter = "one-not-after"
        case oneNotBefore = "one-not-before"
        case fractionBefore = "fraction-before"
        case ageOrYoung = "age-or-young"
        case oneCountsAfter = "one-counts-after"

        /// The role's bit in a ``RoleMask`` (a switch: no hashing of the raw value).
        var bit: RoleMask {
            switch self {
            case .date: 1 << 0
            case .time: 1 << 1
            case .month: 1 << 2
            case .rate: 1 << 3
            case .multiplier: 1 << 4
            case .difference: 1 << 5
            case .notAfter: 1 << 6
            case .dateBefore: 1 << 7
            case .timeBefore: 1 << 8
            case .namePart: 1 << 9
            case .unitAfter: 1 << 10
            case .approxTail: 1 << 11
            case .nameHead: 1 << 12
            case .genericOwner: 1 << 13
            case .oneNotAfter: 1 << 14
            case .oneNotBefore: 1 << 15
            case .fractionBefore: 1 << 16
            case .ageOrYoung: 1 << 17
            case .oneCountsAfter: 1 << 18
            }
        }
    }

    /// A set of roles as bits: the hot path asks several roles of one word, each a bit test.
    typealias RoleMask = UInt32

    private let roles: [UTF8Key: RoleMask]
    private let heads: Set<UTF8Key>
    /// Two-word entries: first word → (second word, role).
    private let phrases: [UTF8Key: [(String, Role)]]
    private let details: [UTF8Key: String]
    private let stripper: SuffixStripper
    /// The most scalars an entry has: no stem of more Characters is cut out of a word (a
    /// Character holds at least one scalar), so a huge word costs no huge stems.
    private let longestEntry: Int
    /// A bit per `filterSlot` of every entry: a word whose bit is clear is no entry, known
    /// without hashing it (most tokens of a sentence are asked about and are none).
    private let entryFilter: [UInt64]

    init(rows: [TSVRow], stripper: SuffixStripper) throws(LexiconError) {
        var roles: [UTF8Key: Set<Role>] = [:]
        var phrases: [UTF8Key: [(String, Role)]] = [:]
        var details: [UTF8Key: String] = [:]
        for row in rows {
            guard let role = Role(rawValue: row[1]) else {
                throw LexiconError(file: row.file, line: row.line, message: "unknown role '\(row[1])'")
            }
            if role == .rate && row.fields.count < 3 {
                throw LexiconError(file: row.file, line: row.line, message: "a rate needs its unit suffix in column 3 (/h)")
            }
            if role == .namePart || role == .nameHead, row.fields.count < 3 || !Self.nameClasses.contains(row[2]) {
                throw LexiconError(file: row.file, line: row.line,
                                   message: "a name head needs its class in column 3 (\(Self.nameClasses.sorted().joined(separator: ", ")))")
            }
            let word = row[0].lowercased()
            let parts = word.split(separator: " ").map(String.init)
            if parts.count == 2 {
                phrases[UTF8Key(parts[0]), default: []].append((parts[1], role))
                roles[UTF8Key(parts[1]), default: []].formUnion([])   // the second word is looked up under its suffixes
                continue
            }
            guard parts.count == 1 else {
                throw LexiconError(file: row.file, line: row.line, message: "an entry is one word or two")
            }
            roles[UTF8Key(word), default: []].insert(role)
            if row.fields.count > 2 { details[UTF8Key(word)] = row[2] }
        }
        self.roles = roles.mapValues { $0.reduce(0) { $0 | $1.bit } }
        self.heads = Set(roles.keys.map { UTF8Key($0.string.prefix(2)) })
        self.phrases = phrases
        self.details = details
        self.stripper = stripper
        self.longestEntry = roles.keys.map { $0.string.unicodeScalars.count }.max() ?? 0
        var filter = [UInt64](repeating: 0, count: 1 << 10)
        for key in roles.keys {
            let slot = Self.filterSlot(key.string)
            filter[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.entryFilter = filter
    }

    /// 16 bits from the UTF-8 length and first four bytes of a word.
    @inline(__always)
    private static func filterSlot(_ word: String) -> Int {
        let u = word.utf8
        var h = UInt32(truncatingIfNeeded: u.count)
        if let slot = u.withContiguousStorageIfAvailable({ p -> Int in
            for k in 0..<Swift.min(4, p.count) { h = h &* 0x9E37_79B1 &+ UInt32(p[k]) }
            return Int((h ^ h >> 16) & 0xFFFF)
        }) { return slot }
        for b in u.prefix(4) { h = h &* 0x9E37_79B1 &+ UInt32(b) }
        return Int((h ^ h >> 16) & 0xFFFF)
    }

    /// False when `word` is certainly not an entry.
    @inline(__always)
    private func mayBeEntry(_ word: String) -> Bool {
        let slot = Self.filterSlot(word)
        return entryFilter[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// True when the lower-cased token, or its stem under suffixes (`жылдан` → `жыл`), has `role`.
    func has(_ role: Role, _ word: String) -> Bool {
        roleMask(of: word) & role.bit != 0
    }

    /// Every role of a lower-cased token, looking under its suffixes (`жылдан` → date).
    func roles(of word: String) -> Set<Role> {
        let mask = roleMask(of: word)
        return Set(Role.allCases.filter { mask & $0.bit != 0 })
    }

    /// `roles(of:)` as bits, computed once per word form.
    func roleMask(of word: String) -> RoleMask {
        if let hit = cache.cached(word) { return hit }
        let value = uncachedRoles(word)
        cache.store(value, for: word)
        return value
    }

    private let cache = WordCache<RoleMask>()

    private func uncachedRoles(_ word: String) -> RoleMask {
        var found = roles[UTF8Key(word)] ?? 0
        guard let first = word.first, first.isLetter, mayHaveRole(word) else { return found }
        for analysis in stripper.analyses(of: word, longestStem: longestEntry, isStem: { roles[UTF8Key($0)] != nil }) where !analysis.suffixes.isEmpty {
            found |= roles[UTF8Key(analysis.stem)] ?? 0
        }
        // Loan words break the harmony rules (`сентябрьде`): any allomorph after a long stem.
        let characters = Array(word)
        // Only stems whose rest can be a suffix chain (`SuffixStripper.stemLengths`): linear in the word's length.
        for length in stripper.stemLengths(wordLength: characters.count, minimum: 5, longestStem: longestEntry) {
            if let r = roles[UTF8Key(String(characters[..<length]))], stripper.chainsAfterDigits(String(characters[length...])).first != nil {
                found |= r
                break
            }
        }
        return found
    }

    /// Cheap pre-test: the word's first two letters start some entry.
    private func mayHaveRole(_ word: String) -> Bool {
        var it = word.unicodeScalars.makeIterator()
        guard let a = it.next(), let b = it.next() else { return false }
        var head = String.UnicodeScalarView()
        head.append(a)
        head.append(b)
        return heads.contains(UTF8Key(String(head)))
    }

    /// True when `words[j]` has `role`, or `words[j]` and `words[j + 1]` form a two-word entry
    /// with it (`сайлау учаскесінде`).
    func has(_ role: Role, in words: [String], at j: Int) -> Bool {
        guard j < words.count else { return false }
        if has(role, words[j]) { return true }
        guard j + 1 < words.count, let candidates = phrases[UTF8Key(words[j])] else { return false }
        let next = words[j + 1]
        return candidates.contains { second, r in
            r == role && (next == second || (next.hasPrefix(second) && stripper.chainsAfterDigits(String(next.dropFirst(second.count))).first != nil))
        }
    }

    /// A month name with a 3rd-person possessive (`маусымындағы` 'in its season'): after an ordinal
    /// it is a season or round, not a date (a day of a month is counted with a cardinal).
    func isPossessedMonth(_ word: String) -> Bool {
        let isMonth = { (stem: String) in (roles[UTF8Key(stem)] ?? 0) & Role.month.bit != 0 }
        return stripper.analyses(of: word, longestStem: longestEntry, isStem: isMonth)
            .contains { analysis in analysis.suffixes.contains { $0.category == .px3 } }
    }

    /// The classes of name heads (column 3 of a `name-part` or `name-head` row).
    static let nameClasses: Set<String> = ["event", "facility", "organisation", "law", "post"]

    /// True when `first second` is a two-word entry with `role`, both words exact
    /// (`қандай да` before `бір`).
    func hasPhrase(_ role: Role, _ first: String, _ second: String) -> Bool {
        guard let candidates = phrases[UTF8Key(first)] else { return false }
        return candidates.contains { $0.0 == second && $0.1 == role }
    }

    /// Exact-form role check, no suffix stripping (for prefixes such as `сағатына`).
    func hasExactly(_ role: Role, _ word: String) -> Bool {
        guard mayBeEntry(word) else { return false }
        return (roles[UTF8Key(word)] ?? 0) & role.bit != 0
    }

    func detail(of word: String) -> String? { details[UTF8Key(word)] }
}

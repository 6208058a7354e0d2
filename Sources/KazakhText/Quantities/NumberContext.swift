/// Words around a number that decide what it is, from `Lexicons/number-context.tsv`:
/// time nouns that make it a DATE or TIME, months, rate prefixes, `есе`, and difference words.
public struct NumberContext: Sendable {
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case date, time, month, rate, multiplier, difference
        case notAfter = "not-after"
        case dateBefore = "date-before"
        case timeBefore = "time-before"
        case namePart = "name-part"
        case unitAfter = "unit-after"
    }

    private let roles: [String: Set<Role>]
    private let details: [String: String]
    private let stripper: SuffixStripper

    public init(rows: [TSVRow], stripper: SuffixStripper) throws(LexiconError) {
        var roles: [String: Set<Role>] = [:]
        var details: [String: String] = [:]
        for row in rows {
            guard let role = Role(rawValue: row[1]) else {
                throw LexiconError(file: row.file, line: row.line, message: "unknown role '\(row[1])'")
            }
            if role == .rate && row.fields.count < 3 {
                throw LexiconError(file: row.file, line: row.line, message: "a rate needs its unit suffix in column 3 (/h)")
            }
            let word = row[0].lowercased()
            roles[word, default: []].insert(role)
            if row.fields.count > 2 { details[word] = row[2] }
        }
        self.roles = roles
        self.details = details
        self.stripper = stripper
    }

    /// True when the lower-cased token, or its stem under suffixes (`жылдан` → `жыл`), has `role`.
    public func has(_ role: Role, _ word: String) -> Bool {
        if let r = roles[word], r.contains(role) { return true }
        guard let first = word.first, first.isLetter else { return false }
        for analysis in stripper.analyses(of: word, isStem: { roles[$0]?.contains(role) ?? false }) where !analysis.suffixes.isEmpty {
            if roles[analysis.stem]?.contains(role) ?? false { return true }
        }
        return false
    }

    /// Exact-form role check, no suffix stripping (for prefixes such as `сағатына`).
    public func hasExactly(_ role: Role, _ word: String) -> Bool { roles[word]?.contains(role) ?? false }

    public func detail(of word: String) -> String? { details[word] }
}

/// Words around a number that decide what it is, from `Lexicons/number-context.tsv`:
/// time nouns that make it a DATE or TIME, months, rate prefixes, `есе`, and difference words.
public struct NumberContext: Sendable {
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case date, time, month, rate, multiplier, difference
        case notAfter = "not-after"
    }

    private let roles: [String: Role]
    private let details: [String: String]
    private let stripper: SuffixStripper

    public init(rows: [TSVRow], stripper: SuffixStripper) throws(LexiconError) {
        var roles: [String: Role] = [:]
        var details: [String: String] = [:]
        for row in rows {
            guard let role = Role(rawValue: row[1]) else {
                throw LexiconError(file: row.file, line: row.line, message: "unknown role '\(row[1])'")
            }
            if role == .rate && row.fields.count < 3 {
                throw LexiconError(file: row.file, line: row.line, message: "a rate needs its unit suffix in column 3 (/h)")
            }
            let word = row[0].lowercased()
            roles[word] = role
            if row.fields.count > 2 { details[word] = row[2] }
        }
        self.roles = roles
        self.details = details
        self.stripper = stripper
    }

    /// The role of a lower-cased token, looking under its suffixes (`жылдан` → date).
    public func role(of word: String) -> Role? {
        if let r = roles[word] { return r }
        guard let first = word.first, first.isLetter else { return nil }
        for analysis in stripper.analyses(of: word, isStem: { roles[$0] != nil }) where !analysis.suffixes.isEmpty {
            if let r = roles[analysis.stem] { return r }
        }
        return nil
    }

    /// Exact-form role, no suffix stripping (for prefixes such as `сағатына`).
    public func exactRole(of word: String) -> Role? { roles[word] }

    public func detail(of word: String) -> String? { details[word] }
}

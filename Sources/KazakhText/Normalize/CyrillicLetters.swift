/// The Cyrillic letters of Kazakh and what the Latin-script rules ask of them, from
/// `cyrillic-letters.tsv` (each role holds the lower- and upper-case letter).
struct CyrillicLetters: Sendable {
    /// The Kazakh Cyrillic alphabet: a legacy-font repair must give only these (`Әзірбайжан`).
    let kazakh: Set<Character>
    /// Letters only Kazakh writes among the Cyrillic alphabets (`ә`, `ғ`, `қ`, ...).
    let kazakhOnly: Set<Character>
    /// Vowels: `и` after one reads `й` in Latin (`аи` = `ай`).
    let vowels: Set<Character>
    /// Letters Latin Kazakh has none of (loan letters, `һ`).
    let noLatin: Set<Character>
    /// Letters 2018 writes as a capital `I` at a word's start (`и`, `й`, `і`).
    let initialI: Set<Character>

    static let roles = ["kazakh", "kazakh-only", "vowel", "no-latin", "initial-i"]

    init(rows: [TSVRow]) throws(LexiconError) {
        var byRole: [String: Set<Character>] = [:]
        for row in rows {
            guard row[0].count == 1, let letter = row[0].first else {
                throw LexiconError(file: row.file, line: row.line, message: "the first column must be one letter, found '\(row[0])'")
            }
            for role in row[1].split(separator: ",").map({ String($0.filter { !$0.isWhitespace }) }) {
                guard Self.roles.contains(role) else {
                    throw LexiconError(file: row.file, line: row.line,
                                       message: "role must be one of \(Self.roles.joined(separator: ", ")), found '\(role)'")
                }
                byRole[role, default: []].formUnion([letter, Character(letter.uppercased())])
            }
        }
        kazakh = byRole["kazakh"] ?? []
        kazakhOnly = byRole["kazakh-only"] ?? []
        vowels = byRole["vowel"] ?? []
        noLatin = byRole["no-latin"] ?? []
        initialI = byRole["initial-i"] ?? []
    }

    /// A word the rules may not bring back from Latin: a letter with no Latin counterpart, `и`
    /// after a vowel (`аи` reads `ай`), `иа` (2018 `ıa` reads я), or a first letter 2018 writes as
    /// a capital `I` (`ильхам`, `миллиард`).
    func mayNotComeBack(_ word: String) -> Bool {
        if word.contains(where: noLatin.contains) { return true }
        if let first = word.first, initialI.contains(first) { return true }
        var previous: Character = " "
        for c in word {
            if c == "и" && vowels.contains(previous) { return true }
            if c == "а" && previous == "и" { return true }
            previous = c
        }
        return false
    }
}

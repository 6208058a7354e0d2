/// The sound facts of Kazakh letters that the suffix rules read, from `letters.tsv`: the class
/// of a stem's final letter (what a suffix may follow), the vowel harmony a letter sets, and the
/// voiced letter a stem shows before a vowel (`қырығыншы` = `қырық` + `ыншы`).
///
/// ```swift
/// letters.soundClass(of: "ң")            // .nasal: мың + нан
/// letters.harmony(of: Array("миллиард".unicodeScalars)[...])  // [.back]
/// ```
struct LetterTable: Sendable {
    private let classes: [Unicode.Scalar: SoundClass]
    private let harmonies: [Unicode.Scalar: Harmony]
    /// Voiced final letter → the voiceless letter the stem is written with (`ғ` → `қ`).
    private let devoicing: [Unicode.Scalar: Unicode.Scalar]

    /// Parses the rows; throws ``LexiconError`` (file:line) for a malformed one.
    init(rows: [TSVRow]) throws(LexiconError) {
        var classes: [Unicode.Scalar: SoundClass] = [:]
        var harmonies: [Unicode.Scalar: Harmony] = [:]
        var devoicing: [Unicode.Scalar: Unicode.Scalar] = [:]
        for row in rows {
            func fail(_ m: String) -> LexiconError { LexiconError(file: row.file, line: row.line, message: m) }
            let scalars = Array(row[0].lowercased().unicodeScalars)
            guard scalars.count == 1, let letter = scalars.first else { throw fail("expected one letter, found '\(row[0])'") }
            guard let c = SoundClass(rawValue: row[1]), SoundClass.letterClasses.contains(c) else {
                throw fail("unknown class '\(row[1])'")
            }
            classes[letter] = c
            switch row[2] {
            case "back": harmonies[letter] = .back
            case "front": harmonies[letter] = .front
            case "neutral": break
            default: throw fail("harmony must be back, front or neutral, found '\(row[2])'")
            }
            if row.fields.count > 3 {
                let v = Array(row[3].unicodeScalars)
                guard v.count == 1 else { throw fail("expected one voiceless letter, found '\(row[3])'") }
                devoicing[letter] = v[0]
            }
        }
        self.classes = classes
        self.harmonies = harmonies
        self.devoicing = devoicing
    }

    /// Parses the table text; `source` names it in errors.
    init(tsv: String, source: String) throws(LexiconError) {
        try self.init(rows: TSVTable.rows(tsv, file: source, minColumns: 3, maxColumns: 4))
    }

    /// The class of a final letter (voiceless when the table does not list it).
    @inline(__always)
    func soundClass(of c: Unicode.Scalar) -> SoundClass { classes[c] ?? .voiceless }

    /// A vowel letter, `у` included.
    func isVowel(_ c: Unicode.Scalar) -> Bool {
        let k = soundClass(of: c)
        return k == .vowel || k == .u
    }

    /// Harmony of a stem from its last back or front vowel; both when it has none (`млн`, `%`).
    func harmony(of stem: ArraySlice<Unicode.Scalar>) -> Set<Harmony> {
        for c in stem.reversed() {
            if let h = harmonies[c] { return [h] }
        }
        return [.back, .front]
    }

    /// The voiceless letter a stem ending in this voiced one is written with (`ғ` → `қ`).
    func devoiced(_ c: Unicode.Scalar) -> Unicode.Scalar? { devoicing[c] }

    /// The voiced letter a stem ending in this voiceless one shows before a vowel (`қ` → `ғ`).
    func voiced(_ c: Unicode.Scalar) -> Unicode.Scalar? { devoicing.first { $0.value == c }?.key }
}

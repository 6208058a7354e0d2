/// The writing of one word (kazakh-reference.md §3), as `normalize` reports it: `Қазақстан` is
/// `cyrl`, `Qazaqstan` `latn-kk`, `Sputnik` `latn-foreign`.
public enum WordScript: String, Sendable, CaseIterable {
    /// Cyrillic letters only (`мемлекет`), or Cyrillic with look-alike Latin letters (`Aстана`).
    case cyrillic = "cyrl"
    /// Latin Kazakh with a letter only the 2021 alphabet has (`Qazaqstannyñ`, `bıyl`).
    case latin2021 = "latn2021"
    /// Latin Kazakh with a letter only the 2018 alphabet has (`Respýblıkasy`, `Álipbı`).
    case latin2018 = "latn2018"
    /// Latin Kazakh with no letter that tells the alphabet (`Astana`, `jyly`): read in the
    /// document's alphabet.
    case latinKazakh = "latn-kk"
    /// A Latin word that is not Kazakh (`Sputnik`, `World`): left as it is.
    case latinForeign = "latn-foreign"
    /// Latin and Cyrillic letters in one word, Latin ahead (`ákіmderі` with a Cyrillic і).
    case mixed
    /// Letters of a legacy 8-bit Kazakh font read as Windows-1251 (`Јзірбайжан`).
    case legacyFont = "legacy-font"
    /// Arabic script (төте жазу).
    case arabic = "arab"
    /// No letter (digits, punctuation) or another script.
    case other
}

/// Letter counts of one word: what script detection decides from.
struct LetterProfile {
    var cyrillic = 0
    var latin = 0
    var arabic = 0
    var legacy = 0
    /// Letters only the 2021 alphabet (or its drafts) has: ä ö ü ū ğ ş ñ İ ç ŋ ǧ.
    var only2021 = 0
    /// Letters only the 2018 alphabet has: á ó ú ǵ ń ý (and the non-official ś).
    var only2018 = 0
    /// Letters both write and English does not: ı, and q not followed by u.
    var kazakhLatin = 0
    /// The word starts with a lower-case letter.
    var lowerInitial = false
    /// What Kazakh words do not have (checked on the basic Latin letters only): c (but for
    /// `ch`), w or x; two consonants at the start (`Sputnik`, `Trump`); back vowels a o y with
    /// the front vowel e (`Apple`); a doubled vowel or `ou` (`Outlook`).
    var foreignShape = false

    init(_ word: Substring.UnicodeScalarView) {
        var previousQ = false
        var first = true
        var previous: UInt32 = 0
        var letterIndex = 0
        var leadingConsonants = 0
        var back = false, front = false
        for s in word {
            let v = s.value
            let lower = v | 0x20
            if (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) {
                let vowel = lower == 0x61 || lower == 0x65 || lower == 0x69 || lower == 0x6F || lower == 0x75 || lower == 0x79
                if letterIndex == leadingConsonants && !vowel { leadingConsonants += 1 }
                if lower == 0x61 || lower == 0x6F || lower == 0x79 { back = true }
                if lower == 0x65 { front = true }
                if lower == 0x77 || lower == 0x78 || (previous | 0x20) == 0x63 && lower != 0x68 { foreignShape = true }
                // `oo`, `ee`, `ou` (`Outlook`, `Greenpeace`).
                if vowel && (previous | 0x20 == lower && lower != 0x69 || (previous | 0x20) == 0x6F && lower == 0x75) { foreignShape = true }
            }
            if Self.isLetter(s) { letterIndex += 1 }
            previous = v
            if previousQ && v != 0x75 && v != 0x55 { kazakhLatin += 1 }
            previousQ = v == 0x71 || v == 0x51
            switch v {
            case 0x41...0x5A, 0x61...0x7A:
                latin += 1
            case 0xC0...0x24F, 0x1E00...0x1EFF:
                latin += 1
                if Self.letters2021.contains(v) { only2021 += 1 }
                else if Self.letters2018.contains(v) { only2018 += 1 }
                else if v == 0x131 { kazakhLatin += 1 }
            case 0x0400...0x04FF:
                if Self.legacyLetters.contains(v) { legacy += 1 } else { cyrillic += 1 }
            case 0x0600...0x06FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
                arabic += 1
            default:
                break
            }
            if first && Self.isLetter(s) {
                lowerInitial = s.properties.isLowercase
                first = false
            }
        }
        if previousQ { kazakhLatin += 1 }
        if (previous | 0x20) == 0x63 || leadingConsonants >= 2 || (back && front) { foreignShape = true }
    }

    /// ä Ä ö Ö ü Ü ū Ū ğ Ğ ş Ş ñ Ñ İ ç Ç ŋ Ŋ ǧ Ǧ
    static let letters2021: Set<UInt32> = [0xE4, 0xC4, 0xF6, 0xD6, 0xFC, 0xDC, 0x16B, 0x16A, 0x11F, 0x11E, 0x15F, 0x15E,
                                           0xF1, 0xD1, 0x130, 0xE7, 0xC7, 0x14B, 0x14A, 0x1E7, 0x1E6]
    /// á Á ó Ó ú Ú ǵ Ǵ ń Ń ý Ý ś Ś
    static let letters2018: Set<UInt32> = [0xE1, 0xC1, 0xF3, 0xD3, 0xFA, 0xDA, 0x1F5, 0x1F4, 0x144, 0x143, 0xFD, 0xDD, 0x15B, 0x15A]
    /// Legacy-font stand-ins (KZ-1048 and PT154 read as Windows-1251): Ј ј Є є Ќ ќ Ѕ ѕ Ґ ґ Ў ў Ї ї Ћ ћ Ѓ ѓ Њ њ.
    static let legacyLetters: Set<UInt32> = [0x408, 0x458, 0x404, 0x454, 0x40C, 0x45C, 0x405, 0x455, 0x490, 0x491,
                                             0x40E, 0x45E, 0x407, 0x457, 0x40B, 0x45B, 0x403, 0x453, 0x40A, 0x45A]

    /// A letter: the Latin, Cyrillic and Arabic blocks are told without a property lookup.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0x400...0x482, 0x48A...0x4FF: return true
        case 0xC0...0x24F: return s.value != 0xD7 && s.value != 0xF7
        case 0...0x40, 0x5B...0x60, 0x7B...0xBF: return false
        default: return s.properties.isAlphabetic
        }
    }

    /// Some letter says the word is Latin Kazakh rather than English or a name.
    var hasKazakhLatinLetter: Bool { only2021 + only2018 + kazakhLatin > 0 }

    /// The alphabet the word's own letters tell, if any.
    var alphabet: LatinAlphabet? {
        if only2018 > only2021 { return .latn2018 }
        if only2021 > only2018 { return .latn2021 }
        return nil
    }
}

/// Script counts of a document's words, as `normalize` reports them (`Қазақстан Президенті`:
/// a `cyrl` document of two `cyrl` words).
///
/// ```swift
/// // "Qazaqstan Respýblıkasy men Sputnik" → latn2018 document:
/// // words: latn2018 1, latn-kk 2 (Qazaqstan, men), latn-foreign 1 (Sputnik)
/// ```
public struct ScriptReport: Sendable, Hashable {
    /// The script of most words: `cyrl` (`Қазақстан`), `latn2021`, `latn2018`, `arab`, or `other`.
    public var document: WordScript
    /// Words of each script, in `WordScript.allCases` order (scripts with no word left out):
    /// `[(cyrl, 2)]` for `Қазақстан Президенті`.
    public var counts: [(script: WordScript, words: Int)] {
        WordScript.allCases.compactMap { s in wordCounts[s].map { (s, $0) } }
    }
    var wordCounts: [WordScript: Int] = [:]
    /// The script of each word token, by token index (`[0: cyrl, 1: cyrl]` for `Қазақстан Президенті`).
    public var tokenScripts: [Int: WordScript] = [:]

    /// Reports are equal when their document script and word counts are (`Қазақстан` and
    /// `Астана` give equal reports).
    public static func == (a: ScriptReport, b: ScriptReport) -> Bool { a.document == b.document && a.wordCounts == b.wordCounts }
    /// Hashes what `==` compares (the script of `Қазақстан` and the word counts).
    public func hash(into h: inout Hasher) { h.combine(document); h.combine(wordCounts) }
}

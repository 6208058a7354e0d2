/// Grammatical category of a suffix. A word is stem + (ordinal | similative | collective) +
/// plural + possessive + (case | attributive) + clitic, each slot optional.
public enum SuffixCategory: String, Sendable, Hashable, CaseIterable {
    case ordinal, similative, collective, plural
    /// `-лық/-лік/-дық/-дік/-тық/-тік` adjectives of units (`тонналық`, `проценттік`); never on number words.
    case derivational
    /// `100-деген`, `1000-даған` 'hundreds/thousands of' after digits.
    case many
    case px1sg, px2sg, px3, px1pl, px2pol
    case genitive, accusative, dative, locative, ablative, instrumental, attributive
    /// `-ақ` 'only, just' (`үш-ақ`), written after a hyphen.
    case clitic

    /// Position in the word; suffixes follow each other in strictly increasing slots.
    var slot: Int {
        switch self {
        case .ordinal, .similative, .collective, .derivational, .many: 1
        case .plural: 2
        case .px1sg, .px2sg, .px3, .px1pl, .px2pol: 3
        case .genitive, .accusative, .dative, .locative, .ablative, .instrumental, .attributive: 4
        case .clitic: 5
        }
    }

    /// True for the six cases (not the attributive -дағы).
    public var isCase: Bool { slot == 4 && self != .attributive }
}

/// Vowel harmony of a suffix allomorph.
public enum Harmony: String, Sendable, Hashable {
    case back, front, any
}

/// What a suffix allomorph may follow: the class of the preceding final sound, or a morpheme.
public enum SoundClass: String, Sendable, Hashable, CaseIterable {
    case vowel, u, nasal, liquid, l, voiced, voiceless
    /// After a 3rd-person possessive (`мыңы-на`, `Президенті-не`: the н forms).
    case px3
    /// After a 1st/2nd-person singular possessive (dative `-а/-е`).
    case px12
    /// Only after digits and a hyphen (`1-ші`, `20-сыншы`).
    case digit

    static let letterClasses: Set<SoundClass> = [.vowel, .u, .nasal, .liquid, .l, .voiced, .voiceless]
}

/// One suffix allomorph from the suffix table.
/// `нан	ablative	back	nasal,px3`: мың-нан, мыңы-нан.
public struct Suffix: Sendable, Hashable {
    /// The allomorph as written (`"нан"`).
    public let text: String
    public let category: SuffixCategory
    /// Back or front vowels; `.any` for vowel-less or invariant forms (`мен`, `-ақ`).
    public let harmony: Harmony
    /// What may precede it (see ``SoundClass``).
    public let after: Set<SoundClass>
    /// `text` as scalars (comparing scalars is cheap; comparing Characters is not).
    let scalars: [Unicode.Scalar]
    /// What the next suffix sees: `px3` after a 3rd-person possessive, else the final letter.
    let yields: Set<SoundClass>

    /// `letters` gives the class of the suffix's last letter (what the next suffix sees).
    public init(text: String, category: SuffixCategory, harmony: Harmony, after: Set<SoundClass>, letters: LetterTable) {
        self.text = text
        self.category = category
        self.harmony = harmony
        self.after = after
        self.scalars = Array(text.unicodeScalars)
        if category == .clitic {
            yields = []
        } else if category == .px3 {
            yields = [.px3]
        } else {
            var y: Set<SoundClass> = [letters.soundClass(of: scalars.last!)]
            if category == .px1sg || category == .px2sg { y.insert(.px12) }
            yields = y
        }
    }
}

public struct SuffixTable: Sendable {
    /// The rows, in file order.
    public let suffixes: [Suffix]
    /// The letters' sound classes and harmony (`letters.tsv`).
    public let letters: LetterTable

    /// Parses the table; throws ``LexiconError`` (file:line) for a malformed line.
    /// The rows of several files (the bundled table and user additions), in order.
    public init(files: [(path: String, contents: String)], letters: LetterTable) throws {
        self.suffixes = try files.flatMap { try SuffixTable(tsv: $0.contents, source: $0.path, letters: letters).suffixes }
        self.letters = letters
    }

    public init(tsv: String, source: String, letters: LetterTable) throws {
        var result: [Suffix] = []
        for (offset, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            func fail(_ m: String) -> LexiconError { LexiconError(file: source, line: offset + 1, message: m) }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 4 else { throw fail("expected 4 columns (suffix, category, harmony, after), found \(cols.count)") }
            guard !cols[0].isEmpty else { throw fail("empty suffix") }
            guard let category = SuffixCategory(rawValue: cols[1]) else { throw fail("unknown category '\(cols[1])'") }
            guard let harmony = Harmony(rawValue: cols[2]) else { throw fail("unknown harmony '\(cols[2])'") }
            var after = Set<SoundClass>()
            for name in cols[3].split(separator: ",") {
                guard let c = SoundClass(rawValue: String(name)) else { throw fail("unknown class '\(name)'") }
                after.insert(c)
            }
            guard !after.isEmpty else { throw fail("empty 'after' column") }
            result.append(Suffix(text: cols[0].lowercased(), category: category, harmony: harmony, after: after, letters: letters))
        }
        self.suffixes = result
        self.letters = letters
    }
}

/// A word split into a stem and the suffixes after it: `миллиардқа` → `миллиард` + `қа`.
public struct SuffixAnalysis: Sendable, Hashable {
    public let stem: String
    public let suffixes: [Suffix]
    /// The suffixes as written: `"ыншыдан"`.
    public var suffixText: String { suffixes.map(\.text).joined() }
}

/// Splits words into stem + suffix chain using a ``SuffixTable``, checking vowel harmony,
/// the final-sound rules and the н rule after a 3rd-person possessive.
///
/// ```swift
/// stripper.analyses(of: "мыңынан")  // мыңынан+[], мың+[ы, нан], …
/// stripper.analyses(of: "жүзеге")   // only жүзеге+[]: жүз+е+ге breaks the rules
/// ```
/// The stripper knows no stems; checking the stem against a lexicon is the caller's job.
public final class SuffixStripper: Sendable {
    public let table: SuffixTable
    private let byFirstLetter: [Unicode.Scalar: [Suffix]]
    /// Suffixes written with a hyphen (`-ақ`): a token `үш-ақ` is one word, not a range.
    let hyphenated: Set<String>
    /// The most scalars one suffix chain can spell: a chain holds at most one suffix per slot
    /// (slots strictly increase), so this is the longest suffix of each slot, summed.
    ///
    /// This is the bound that keeps every stem search linear in the word's length: a stem is
    /// never cut further back than `longestChain` scalars from the word's end, because a longer
    /// rest spells no chain, whatever the word (see ``stemLengths(wordLength:minimum:)``). It
    /// follows from the table, so it cannot change a result; it only skips cuts that must fail.
    public let longestChain: Int

    /// The letters' classes and harmony (from the table).
    var letters: LetterTable { table.letters }

    public init(table: SuffixTable) {
        self.table = table
        self.byFirstLetter = Dictionary(grouping: table.suffixes, by: { $0.scalars.first! })
        self.hyphenated = Set(table.suffixes.map(\.text).filter { $0.hasPrefix("-") })
        var longestBySlot: [Int: Int] = [:]
        for s in table.suffixes { longestBySlot[s.category.slot] = max(longestBySlot[s.category.slot] ?? 0, s.scalars.count) }
        self.longestChain = longestBySlot.values.reduce(0, +)
    }

    /// The stem lengths worth trying in a word `count` long, longest first: `count - 1` down to
    /// `minimum`, but none shorter than `count - longestChain`, since the rest after a shorter
    /// stem is too long to be a suffix chain, and none longer than `longestStem` (the longest
    /// entry of the lexicon the stems are looked up in). Lengths may be counted in scalars or in
    /// Characters (a Character holds one scalar or more, and lower-casing never shortens a rest,
    /// so a rest of more than `longestChain` Characters is more than `longestChain` scalars too).
    /// A word longer than `longestStem + longestChain` gets no length at all.
    ///
    /// ```swift
    /// stripper.stemLengths(wordLength: 8, minimum: 3)   // тоннаның: 7, 6, ..., 3
    /// ```
    public func stemLengths(wordLength count: Int, minimum: Int, longestStem: Int = .max) -> StrideThrough<Int> {
        stride(from: min(count - 1, longestStem), through: max(minimum, count - longestChain), by: -1)
    }

    /// Every (stem, suffixes) split of `word` that the table allows, most suffix material
    /// first, ending with the whole word and no suffix. A stem ending in a voiced letter (`letters.tsv`: ғ/г/б) before a
    /// vowel-initial suffix is also offered with its voiceless form (`қырығыншы` → `қырық`).
    /// `isStem` limits the stems tried (a lexicon lookup); by default any stem is tried.
    /// `longestStem` is the most scalars a stem `isStem` accepts has (the lexicon's longest
    /// entry): a longer stem is never cut out of the word.
    public func analyses(of word: String, longestStem: Int = .max, isStem: (String) -> Bool = { _ in true }) -> [SuffixAnalysis] {
        let lowered = word.lowercased()
        let w = Array(lowered.unicodeScalars)
        let starts = Array(lowered.unicodeScalars.indices)   // where scalar k starts
        var out: [SuffixAnalysis] = []
        // Only the cuts that leave at most `longestChain` scalars: linear in the word's length.
        for k in stemLengths(wordLength: w.count, minimum: 1, longestStem: longestStem).reversed() where byFirstLetter[w[k]] != nil {
            let rest = w[k...]
            let stem = String(Substring(lowered.unicodeScalars[..<starts[k]]))   // w[..<k], copied as bytes
            if isStem(stem) {
                for chain in chains(rest, classes: [letters.soundClass(of: w[k - 1])], harmony: letters.harmony(of: w[..<k])) {
                    out.append(SuffixAnalysis(stem: stem, suffixes: chain))
                }
            }
            if let d = letters.devoiced(w[k - 1]), letters.isVowel(w[k]) {
                var stem2Scalars = Array(w[..<(k - 1)])
                stem2Scalars.append(d)
                let stem2 = String(String.UnicodeScalarView(stem2Scalars))
                guard isStem(stem2) else { continue }
                for chain in chains(rest, classes: [.voiceless], harmony: letters.harmony(of: stem2Scalars[...])) {
                    out.append(SuffixAnalysis(stem: stem2, suffixes: chain))
                }
            }
        }
        out.append(SuffixAnalysis(stem: lowered, suffixes: []))
        return out
    }

    /// The suffix chains that spell exactly `text` after digits and a hyphen (`100-ге`, `1-іншіден`).
    /// Digits say nothing about harmony or final sound (that depends on how they are read), so
    /// any allomorph may come first; the rest of the chain must agree with it.
    public func chainsAfterDigits(_ text: String) -> [[Suffix]] {
        if let hit = afterDigits.cached(text) { return hit }
        let value = uncachedChainsAfterDigits(text)
        afterDigits.store(value, for: text)
        return value
    }

    private let afterDigits = WordCache<[[Suffix]]>()

    private func uncachedChainsAfterDigits(_ text: String) -> [[Suffix]] {
        chains(Self.lowerScalars(text), classes: Self.afterDigitsClasses, harmony: Self.eitherHarmony)
    }

    private static let afterDigitsClasses = SoundClass.letterClasses.union([.digit])
    private static let afterAnyStemClasses = SoundClass.letterClasses.union([.digit, .px3])
    /// After digits or a closed-list stem the suffix may take either vowel harmony.
    private static let eitherHarmony: Set<Harmony> = [.back, .front]

    /// The lower-cased scalars of `text` (FastCase: the standard library's result, without its
    /// per-character cost for Cyrillic and Latin).
    private static func lowerScalars(_ text: String) -> ArraySlice<Unicode.Scalar> {
        Array(FastCase.lowercased(text).unicodeScalars)[...]
    }

    /// The written forms of the table's suffixes of these categories, at least `minLength`
    /// letters long, longest first (`[.genitive]` → `ның`, `нің`, `дың`, …).
    public func endings(_ categories: Set<SuffixCategory>, minLength: Int = 2) -> [String] {
        Array(Set(table.suffixes.filter { categories.contains($0.category) && $0.scalars.count >= minLength && !$0.text.hasPrefix("-") }
            .map(\.text))).sorted { $0.count > $1.count }
    }

    /// Like ``chainsAfterDigits(_:)`` but also after a 3rd-person possessive (`Елбасы` + `на`,
    /// `басшысы` + `ның`): for words of a closed list whose last sound is known to allow it.
    public func chainsAfterAnyStem(_ text: String) -> [[Suffix]] {
        chains(Self.lowerScalars(text), classes: Self.afterAnyStemClasses, harmony: Self.eitherHarmony)
    }

    /// All suffix sequences spelling `rest` exactly, given what precedes.
    private func chains(_ rest: ArraySlice<Unicode.Scalar>, classes: Set<SoundClass>, harmony: Set<Harmony>,
                        minSlot: Int = 1) -> [[Suffix]] {
        guard let first = rest.first else { return [[]] }
        var out: [[Suffix]] = []
        for s in byFirstLetter[first] ?? [] where s.category.slot >= minSlot {
            guard !s.after.isDisjoint(with: classes), rest.starts(with: s.scalars) else { continue }
            var h = harmony
            if s.harmony != .any {
                guard h.contains(s.harmony) else { continue }
                h = [s.harmony]
            }
            for tail in chains(rest.dropFirst(s.scalars.count), classes: s.yields, harmony: h, minSlot: s.category.slot + 1) {
                out.append([s] + tail)
            }
        }
        return out.sorted { $0.count < $1.count }
    }
}

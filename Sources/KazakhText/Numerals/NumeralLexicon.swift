/// The number words of a language, read from a TAB-separated table (`Lexicons/numerals.tsv`).
///
/// Each line is `form <TAB> kind <TAB> value`, e.g. `миллион	cardinal	1000000` or
/// `астам	approx-after-ablative	over`. Lines starting with `#` and blank lines are skipped.
/// Adding a word to the table needs no code change.
struct NumeralLexicon: Sendable {
    /// What a lexicon form is.
    enum Kind: String, Sendable, Hashable, CaseIterable {
        case cardinal, abbreviation, ordinal, collective, many
        case fractionWord = "fraction-word"
        case andHalf = "and-half"
        case point, minus, percent, dash
        case approxBefore = "approx-before"
        case approxAfter = "approx-after"
        case approxAfterDative = "approx-after-dative"
        case approxAfterAblative = "approx-after-ablative"
        case pointParticle = "point-particle"
        case plus
        case homograph
        case notNumeral = "not-numeral"
    }

    /// One line of the table.
    struct Entry: Sendable, Hashable {
        let form: String
        let kind: Kind
        /// The number, for the numeric kinds (`екі` → 2, `жарты` → 0.5).
        let value: ExactDecimal?
        /// The approximation, for the approximator kinds.
        let approximation: Approximation?
    }

    /// The rows, in file order (`бір	cardinal	1` …).
    let entries: [Entry]
    private let byForm: [UTF8Key: [Entry]]

    /// Parses the table text. `source` names it in errors (`"numerals.tsv"`).
    ///
    /// Throws ``LexiconError`` for a line with a column count other than 3, an unknown kind,
    /// or a value that does not fit the kind (`бес	cardinal	five`).
    /// The rows of several files (the bundled lexicon and user additions), in order.
    /// `letters` says which final letters a form shows voiced before a vowel (`қырық` → `қырығ`).
    init(files: [(path: String, contents: String)], letters: LetterTable) throws {
        var all: [Entry] = []
        for file in files { all += try NumeralLexicon(tsv: file.contents, source: file.path, letters: letters).entries }
        self.init(entries: all, letters: letters)
    }

    init(entries: [Entry], letters: LetterTable) {
        self.entries = entries
        self.byForm = Dictionary(grouping: entries, by: { UTF8Key($0.form) })
        self.heads = Set(entries.map { UTF8Key($0.form.prefix(2)) })
        self.longestEntry = entries.map { $0.form.unicodeScalars.count }.max() ?? 0
        self.trie = ByteTrie(Self.prefixTable(entries, letters))
    }

    init(tsv: String, source: String, letters: LetterTable) throws {
        var entries: [Entry] = []
        for (offset, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            func fail(_ message: String) -> LexiconError {
                LexiconError(file: source, line: offset + 1, message: message)
            }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count == 3 else { throw fail("expected 3 columns (form, kind, value), found \(cols.count)") }
            let form = cols[0].lowercased()
            guard !form.isEmpty else { throw fail("empty form") }
            guard let kind = Kind(rawValue: cols[1]) else { throw fail("unknown kind '\(cols[1])'") }
            var value: ExactDecimal?
            var approximation: Approximation?
            switch kind {
            case .cardinal, .abbreviation, .ordinal, .collective, .many:
                guard let v = ExactDecimal(cols[2]), NumberRole(value: v) != nil else {
                    throw fail("'\(cols[2])' is not a number word value (0-9, tens, 100 or a power of ten ≥ 1000)")
                }
                value = v
            case .fractionWord, .andHalf:
                guard let v = ExactDecimal(cols[2]), v > .zero else { throw fail("bad value '\(cols[2])'") }
                value = v
            case .approxBefore, .approxAfter, .approxAfterDative, .approxAfterAblative:
                guard let a = Approximation(rawValue: cols[2]) else {
                    throw fail("unknown approximation '\(cols[2])'")
                }
                approximation = a
            case .point, .minus, .plus, .percent, .dash, .pointParticle, .homograph, .notNumeral:
                guard cols[2] == "-" else { throw fail("kind \(kind.rawValue) takes value '-', found '\(cols[2])'") }
            }
            entries.append(Entry(form: form, kind: kind, value: value, approximation: approximation))
        }
        self = NumeralLexicon(entries: entries, letters: letters)
    }

    /// The first two letters of every form: a word starting otherwise holds no number word.
    private let heads: Set<UTF8Key>
    /// The UTF-8 bytes of every form that can start an expression (and of its voiced variant
    /// before a vowel: `қырығ`).
    private let trie: ByteTrie
    /// The most scalars a form has: a stem search cuts no longer stem out of a word.
    let longestEntry: Int

    private static func prefixTable(_ entries: [Entry], _ letters: LetterTable) -> Set<[UInt8]> {
        var set = Set<[UInt8]>()
        // Only kinds that can start an expression: a dash, a particle or an approximator after a
        // number (`да`, `дейін`, `астам`) never starts one.
        let starting: Set<Kind> = [.cardinal, .abbreviation, .ordinal, .collective, .many, .fractionWord,
                                   .minus, .plus, .approxBefore]
        for e in entries where starting.contains(e.kind) {
            set.insert(Array(e.form.utf8))
            if let last = e.form.unicodeScalars.last, let v = letters.voiced(last) {
                var form = e.form.unicodeScalars
                form.removeLast()
                form.append(v)
                set.insert(Array(String(form).utf8))
            }
        }
        return set
    }

    /// True when the lower-cased word begins with a whole lexicon form (`бесінші` → `бес`), the
    /// cheap test that lets a caller skip the full parse for most words (`берді`, `алған`).
    func startsWithForm(_ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable(trie.hasWordPrefix) { return found }
        return Array(word.utf8).withUnsafeBufferPointer(trie.hasWordPrefix)
    }

    /// False when no form can be the start of `word` (a quick test before suffix stripping).
    func mayStartWith(_ word: String) -> Bool { heads.contains(UTF8Key(word.prefix(2))) }

    /// All entries for a (lower-case) form.
    func entries(for form: String) -> [Entry] { byForm[UTF8Key(form)] ?? [] }

    /// True when the form alone must not be read as a number (`оны`, `онда`, `жүзі`).
    func isHomograph(_ form: String) -> Bool {
        entries(for: form).contains { $0.kind == .homograph }
    }

    /// True when the form is never a number word (`үшін` 'for', not үш+і+н).
    func isNotNumeral(_ form: String) -> Bool {
        entries(for: form).contains { $0.kind == .notNumeral }
    }

    /// The single characters listed as range dashes (`-`, `–`, `—`).
    var dashCharacters: Set<Character> {
        Set(entries.filter { $0.kind == .dash && $0.form.count == 1 }.compactMap(\.form.first))
    }
}

/// Where a number word sits in a compound, derived from its value.
enum NumberRole: Sendable, Hashable {
    case unit(Int)          // 0-9
    case tens(Int)          // 10, 20 … 90
    case hundred            // жүз
    case scale(ExactDecimal) // мың, миллион … (10^n, n ≥ 3)

    init?(value: ExactDecimal) {
        guard let n = value.integerValue else { return nil }
        if n >= 0 && n <= 9 {
            self = .unit(Int(n))
        } else if n >= 10 && n <= 90 && n % 10 == 0 {
            self = .tens(Int(n))
        } else if n == 100 {
            self = .hundred
        } else if let p = value.powerOfTen, p >= 3 {
            self = .scale(value)
        } else {
            return nil
        }
    }
}

/// A trie over UTF-8 bytes: prefix tests without hashing. Transitions are one flat table,
/// indexed by node and by the byte's class (the bytes that occur in the words, numbered).
struct ByteTrie: Sendable {
    /// Byte → class + 1 (0: the byte occurs in no word).
    private let classes: [UInt8]
    private let classCount: Int
    /// `transitions[node * classCount + class]`: the child node, or 0 (the root is nobody's child).
    private let transitions: [Int32]
    let terminal: [Bool]

    init<S: Sequence>(_ words: S) where S.Element == [UInt8] {
        let words = Array(words)
        var classes = [UInt8](repeating: 0, count: 256)
        var classCount = 0
        for word in words {
            for b in word where classes[Int(b)] == 0 {
                classCount += 1
                classes[Int(b)] = UInt8(classCount)
            }
        }
        var transitions = [Int32](repeating: 0, count: classCount)
        var terminal = [false]
        for word in words {
            var node = 0
            for b in word {
                let slot = node * classCount + Int(classes[Int(b)]) - 1
                if transitions[slot] != 0 { node = Int(transitions[slot]); continue }
                terminal.append(false)
                transitions += [Int32](repeating: 0, count: classCount)
                let child = terminal.count - 1
                transitions[slot] = Int32(child)
                node = child
            }
            terminal[node] = true
        }
        self.classes = classes
        self.classCount = classCount
        self.transitions = transitions
        self.terminal = terminal
    }

    /// True when a word of the trie is these bytes or their start, ending on a scalar boundary.
    func hasWordPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var node = 0
        for b in bytes {
            if terminal[node] && b & 0xC0 != 0x80 { return true }
            guard let next = child(node, b) else { return false }
            node = next
        }
        return terminal[node]
    }

    @inline(__always)
    func child(_ node: Int, _ byte: UInt8) -> Int? {
        let c = Int(classes[Int(byte)])
        guard c != 0 else { return nil }
        let next = transitions[node * classCount + c - 1]
        return next == 0 ? nil : Int(next)
    }
}

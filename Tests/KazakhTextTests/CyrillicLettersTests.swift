import Testing
@testable import KazakhText

/// `cyrillic-letters.tsv` decides the letter facts of the Latin-script rules.
struct CyrillicLettersTests {
    static let letters: CyrillicLetters = {
        do { return try CyrillicLetters(rows: Fixtures.store.rows(of: "cyrillic-letters.tsv", minColumns: 2, maxColumns: 2)) }
        catch { fatalError("\(error)") }
    }()

    @Test func rolesComeFromTheLexicon() {
        #expect(Self.letters.kazakhOnly.contains("қ") && Self.letters.kazakhOnly.contains("Қ"))
        #expect(!Self.letters.kazakhOnly.contains("к"))
        #expect(Self.letters.kazakh.contains("ё") && !Self.letters.kazakh.contains("ј"))
    }

    @Test func wordsTheRulesMayNotBringBack() {
        #expect(Self.letters.mayNotComeBack("ильхам"))      // initial и (2018 capital I)
        #expect(Self.letters.mayNotComeBack("сайлау") == false)
        #expect(Self.letters.mayNotComeBack("таиса"))       // и after a vowel reads й
        #expect(Self.letters.mayNotComeBack("миллиард"))    // иа: 2018 ıa reads я
        #expect(Self.letters.mayNotComeBack("цемент"))      // no Latin letter for ц
        #expect(Self.letters.mayNotComeBack("қазақ") == false)
    }

    @Test func anUnknownRoleIsRejectedWithFileAndLine() throws {
        let rows = try TSVTable.rows("# letter\troles\nа\tkazakh,vowel\nә\tkazak\n", file: "cyrillic-letters.tsv", minColumns: 2)
        #expect(throws: LexiconError(file: "cyrillic-letters.tsv", line: 3,
                                     message: "role must be one of kazakh, kazakh-only, vowel, no-latin, initial-i, found 'kazak'")) {
            try CyrillicLetters(rows: rows)
        }
    }
}

import Foundation
import Testing
@testable import KazakhText

/// Lexicon and input problems stop the run with the file and line, never pass quietly
/// (issue 20, part 3). The exit codes are checked on the built command in `CommandLineTests`.
@Suite struct LoudFailureTests {
    @Test func missingLexiconPathIsAnUnreadableFileError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-lexicons-\(UUID().uuidString)").path
        let error = try #require(throws: LexiconError.self) { _ = try Fixtures.store.adding(userPaths: [path]) }
        #expect(error.isUnreadableFile)
        #expect(error.description == "\(path): lexicon path does not exist")
    }

    @Test func impossibleDatesAreRejectedWithTheirLine() throws {
        #expect(LeaderLexicon.isDate("2019-03-20"))
        #expect(LeaderLexicon.isDate("2024-02-29"))
        for date in ["2019-13-45", "2019-00-10", "2019-04-31", "2023-02-29", "1900-02-29", "2019-1-05"] {
            #expect(!LeaderLexicon.isDate(date), "\(date)")
        }
        let dir = try Fixtures.lexiconFolder(["offices-extra.tsv": "# id\toffice\tcountry\tstart\tend\nkassym-jomart-tokayev\tpresident\tKZ\t2019-13-45\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = try #require(throws: LexiconError.self) { _ = try LeaderLexicon(store: Fixtures.store.adding(userPaths: [dir.path])) }
        #expect(error.line == 2)
        #expect(error.file.hasSuffix("offices-extra.tsv"))
        #expect(!error.isUnreadableFile)
    }

    @Test func aFormGivenToTwoUnitsNamesBothLines() throws {
        let dir = try Fixtures.lexiconFolder(["units-extra.tsv": "# unit\tlabel\tcode\nтонна\tMONEY\tKZT\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = try #require(throws: LexiconError.self) { _ = try Extractor(store: Fixtures.store.adding(userPaths: [dir.path])) }
        #expect(error.file.hasSuffix("units-extra.tsv") && error.line == 2)
        let bundledLine = try #require(try String(contentsOf: Fixtures.root.appendingPathComponent("Lexicons/units.tsv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("тонна\t") }) + 1
        #expect(error.message.hasSuffix("is MONEY KZT here but QUANTITY t at \(Fixtures.root.path)/Lexicons/units.tsv:\(bundledLine)"))
    }

    @Test func aSameUnitListedTwiceIsNoContradiction() throws {
        let dir = try Fixtures.lexiconFolder(["units-extra.tsv": "тонна\tQUANTITY\tt\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Extractor(store: Fixtures.store.adding(userPaths: [dir.path]))
    }

    @Test func aSurnameGivenToASecondLeaderNamesBothLines() throws {
        let dir = try Fixtures.lexiconFolder(["leaders-extra.tsv": "# id\tname\tkind\nsomeone-else\tТоқаев\tsurname\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = try #require(throws: LexiconError.self) { _ = try LeaderLexicon(store: Fixtures.store.adding(userPaths: [dir.path])) }
        #expect(error.file.hasSuffix("leaders-extra.tsv") && error.line == 2)
        #expect(error.message.contains("is given to someone-else, but \(Fixtures.root.path)/Lexicons/leaders.tsv:"))
        #expect(error.message.hasSuffix("gives it to kassym-jomart-tokayev"))
    }

    @Test func aDirectoryIsNotAnInputFile() {
        #expect(throws: RecordReader.OpenError.self) {
            _ = try RecordReader(path: FileManager.default.temporaryDirectory.path, format: .text)
        }
    }
}

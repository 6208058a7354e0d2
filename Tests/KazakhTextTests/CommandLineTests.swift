import Foundation
import Testing
@testable import KazakhText

/// The built `kaztext` command: exit codes of loud failures (issue 20, part 3) and the corpus
/// workflow options `-o`, `--jobs` (part 5). `swift test` builds the command beside the tests.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: Data
        var errors: String
    }

    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kaztext")
    }

    /// Runs the command with its output and messages going to temporary files (or `standardOutput`).
    func kaztext(_ arguments: [String], standardOutput: FileHandle? = nil) throws -> Run {
        let outPath = FileManager.default.temporaryDirectory.appendingPathComponent("kaztext-out-\(UUID().uuidString)")
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("kaztext-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outPath.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outPath); try? FileManager.default.removeItem(at: errPath) }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        process.standardOutput = try standardOutput ?? FileHandle(forWritingTo: outPath)
        process.standardError = try FileHandle(forWritingTo: errPath)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: try Data(contentsOf: outPath),
                   errors: String(decoding: try Data(contentsOf: errPath), as: UTF8.self))
    }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kaztext-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theCommandIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "\(Self.executable.path)")
    }

    @Test func aFullDiskIsWriteErrorSeventyFour() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        for command in [["extract", "Corpus/numbers/seed.jsonl"], ["tokenize", "Corpus/samples/seed.txt"], ["leaders"]] {
            let run = try kaztext(command, standardOutput: full)
            #expect(run.status == 74, "\(command)")
            #expect(run.errors.contains("standard output: write error: No space left on device"), "\(command)")
        }
    }

    @Test func missingInputsAreSixtySix() throws {
        let cases: [([String], String)] = [
            (["extract", "Corpus/numbers/seed.jsonl", "--lexicons", "no-such-folder"], "no-such-folder: lexicon path does not exist"),
            (["extract", "Corpus"], "Corpus: cannot open: is a directory, not a file"),
            (["tokenize", "no-such-file.txt"], "no-such-file.txt: cannot open: No such file or directory"),
            (["eval", "--gold", "no-such-gold.jsonl"], "no-such-gold.jsonl: no such file"),
            (["eval", "--gold", "Corpus"], "Corpus: is a directory, not a file"),
        ]
        for (arguments, message) in cases {
            let run = try kaztext(arguments)
            #expect(run.status == 66, "\(arguments)")
            #expect(run.errors.contains(message), "\(arguments): \(run.errors)")
        }
    }

    @Test func impossibleLexiconDateIsSeventyEight() throws {
        let dir = try Fixtures.lexiconFolder(["offices-extra.tsv": "kassym-jomart-tokayev\tpresident\tKZ\t2019-13-45\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try kaztext(["extract", "Corpus/numbers/seed.jsonl", "--lexicons", dir.path])
        #expect(run.status == 78)
        #expect(run.errors.contains("offices-extra.tsv:1: dates must be real days"))
    }

    @Test func outputFileIsWrittenWholeOrNotAtAll() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.jsonl").path
        let failed = try kaztext(["extract", "Corpus/numbers/seed.jsonl", "no-such-input.jsonl", "-o", target])
        #expect(failed.status == 66)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        let plain = try kaztext(["extract", "Corpus/numbers/seed.jsonl"])
        let written = try kaztext(["extract", "Corpus/numbers/seed.jsonl", "-o", target])
        #expect(written.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == plain.output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.jsonl"])
        let nowhere = try kaztext(["extract", "Corpus/numbers/seed.jsonl", "-o", dir.appendingPathComponent("no-such-folder/out.jsonl").path])
        #expect(nowhere.status == 73)
        #expect(nowhere.errors.contains("no-such-folder/out.jsonl: cannot create the output: No such file or directory"))
    }

    /// A run stopped by SIGTERM while its input is still coming leaves nothing in the folder.
    @Test func interruptedRunLeavesNoFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["extract", "-", "--input-format", "jsonl", "-o", dir.appendingPathComponent("out.jsonl").path]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(#"{"id":"a","text":"Былтыр 5 тонна."}"#.utf8 + [0x0A]))
        var waited = 0
        while waited < 100, try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty {
            usleep(50_000)
            waited += 1
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).count == 1)   // the partial file
        process.terminate()
        var polls = 0
        while process.isRunning && polls < 200 { usleep(50_000); polls += 1 }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }   // never hang the suite
        process.waitUntilExit()
        #expect(polls < 200, "SIGTERM did not stop the command")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test(arguments: Compression.allCases)
    func compressedOutputReadsBackAsInput(_ compression: Compression) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let compressed = dir.appendingPathComponent("copy.jsonl" + compression.fileExtension).path
        let plain = try kaztext(["tokenize", "Corpus/numbers/news-web.jsonl"])
        #expect(try kaztext(["tokenize", "Corpus/numbers/news-web.jsonl", "-o", compressed]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: compressed)) != plain.output)
        // The tokenized documents are JSONL again; re-tokenizing them from the compressed file
        // gives what re-tokenizing the plain output gives.
        let plainCopy = dir.appendingPathComponent("copy.jsonl").path
        try plain.output.write(to: URL(fileURLWithPath: plainCopy))
        let fromCompressed = try kaztext(["extract", compressed])
        let fromPlain = try kaztext(["extract", plainCopy])
        #expect(fromCompressed.status == 0)
        #expect(fromCompressed.output == fromPlain.output)
        #expect(!fromPlain.output.isEmpty)
    }

    @Test func oneJobAndTwoJobsGiveTheSameOutput() throws {
        let one = try kaztext(["extract", "Corpus/numbers/news-web.jsonl", "--jobs", "1"])
        let two = try kaztext(["extract", "Corpus/numbers/news-web.jsonl", "--jobs", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.output == two.output)
        #expect(one.output.count > 1000)
    }

    @Test func progressIsShownWhenAskedAndQuietWins() throws {
        let shown = try kaztext(["tokenize", "Corpus/numbers/news-web.jsonl", "--progress"])
        #expect(shown.errors.contains(" documents, ") && shown.errors.contains(" MB/s"), "\(shown.errors)")
        #expect(shown.errors.contains("100%, ETA 0:00"))
        let quiet = try kaztext(["tokenize", "Corpus/numbers/news-web.jsonl", "--quiet"])
        #expect(quiet.errors.isEmpty)
        // A compressed input's size on disk is known too: the share done and the ETA are shown.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let compressed = dir.appendingPathComponent("news.jsonl.zst").path
        #expect(try kaztext(["tokenize", "Corpus/numbers/news-web.jsonl", "--quiet", "-o", compressed]).status == 0)
        let fromCompressed = try kaztext(["tokenize", compressed, "--progress"])
        #expect(fromCompressed.errors.contains("100%, ETA 0:00"), "\(fromCompressed.errors)")
        let fromStandardInput = try kaztext(["tokenize", "-", "--progress"])
        #expect(!fromStandardInput.errors.contains("ETA"))
    }
}

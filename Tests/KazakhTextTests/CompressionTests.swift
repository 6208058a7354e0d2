import Foundation
import Testing
@testable import KazakhText

/// Compressed input through Debian's zlib, libzstd and liblzma (issue 20, part 5).
@Suite struct CompressionTests {
    static let lines = (1...3000).map { #"{"id":"d\#($0)","text":"Былтыр \#($0) миллион тонна астық жиналды."}"# }

    func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kaztext-\(UUID().uuidString)-\(name)").path
    }

    /// Writes `bytes` through the library's compressing stream into `path`.
    func writeCompressed(_ bytes: [UInt8], to path: String, _ compression: Compression) throws {
        let file = try #require(fopen(path, "wb"))
        let writer = try #require(compression.writer(into: file))
        #expect(bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, writer) } == bytes.count)
        #expect(fclose(writer) == 0)
        #expect(fclose(file) == 0)
    }

    func readLines(_ path: String) throws -> ([String], RecordReader) {
        let reader = try RecordReader(path: path, format: .jsonl)
        var lines: [String] = []
        while let record = reader.next() { lines.append(String(decoding: record.bytes, as: UTF8.self)) }
        return (lines, reader)
    }

    @Test(arguments: Compression.allCases)
    func roundTrip(_ compression: Compression) throws {
        let path = temporaryPath("in.jsonl" + compression.fileExtension)
        defer { unlink(path) }
        let plain = Array(Self.lines.joined(separator: "\n").utf8) + [0x0A]
        try writeCompressed(plain, to: path, compression)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size < plain.count / 4)
        let (lines, reader) = try readLines(path)
        #expect(lines == Self.lines)
        #expect(reader.readError == nil)
        #expect(InputFormat.guess(path: path) == .jsonl)
    }

    @Test(arguments: Compression.allCases)
    func truncatedInputIsAReadError(_ compression: Compression) throws {
        let path = temporaryPath("cut.jsonl" + compression.fileExtension)
        defer { unlink(path) }
        try writeCompressed(Array(Self.lines.joined(separator: "\n").utf8), to: path, compression)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        try whole.prefix(whole.count * 2 / 3).write(to: URL(fileURLWithPath: path))
        let (lines, reader) = try readLines(path)
        #expect(lines.count < Self.lines.count)
        #expect(reader.readError?.contains("corrupt or truncated") == true)
    }
}

import Foundation
@testable import KazakhText

/// Paths and shared fixtures for the tests.
enum Fixtures {
    /// The package root (three levels above this file).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `shared/` beside the checkout (as on developer machines and in CI).
    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    static var udDevHalf: URL { shared.appendingPathComponent("data/ud-kk-ktb/kk_ktb-dev-half.conllu") }

    static var hasSharedData: Bool { FileManager.default.fileExists(atPath: udDevHalf.path) }

    static let store: LexiconStore = LexiconStore(directories: [root.appendingPathComponent("Lexicons").path])

    static let tokenizer: Tokenizer = {
        do { return try Tokenizer(store: store) } catch { fatalError("cannot build the tokenizer: \(error)") }
    }()

    /// Every `.jsonl` file in a `Corpus/` subfolder, with its documents as JSON objects.
    static func corpus(_ folder: String) throws -> [(file: String, line: Int, object: [String: Any])] {
        let dir = root.appendingPathComponent("Corpus").appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        var result: [(String, Int, [String: Any])] = []
        for name in names {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            for (n, line) in text.split(separator: "\n").enumerated() {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                result.append((name, n + 1, object))
            }
        }
        return result
    }

    /// A new temporary folder holding `files` (name → contents), as a user's `--lexicons DIR`;
    /// the caller removes it (`defer { try? FileManager.default.removeItem(at: dir) }`).
    static func lexiconFolder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kaztext-lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, contents) in files { try contents.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    static func tokens(_ text: String) throws -> [String] {
        let doc = try tokenizer.tokenize(Document(id: "t", text: text))
        return doc.tokens.map { String($0.text(in: text)) }
    }
}

extension Fixtures {
    static let extractor: Extractor = {
        do { return try Extractor(store: store) } catch { fatalError("cannot build the extractor: \(error)") }
    }()

    static var kaznerdValid: URL { shared.appendingPathComponent("data/kaznerd/IOB2_valid.txt") }

    /// The annotated documents of every `.jsonl` file in a `Corpus/` subfolder.
    static func annotated(_ folder: String) throws -> [(file: String, document: AnnotatedDocument)] {
        let dir = root.appendingPathComponent("Corpus").appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        return try names.flatMap { name in
            try AnnotationReader.read(path: dir.appendingPathComponent(name).path).map { (name, $0) }
        }
    }
}

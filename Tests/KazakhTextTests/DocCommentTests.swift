import Foundation
import Testing

/// Every public declaration of the library has a doc comment with a Kazakh example (a Cyrillic
/// word in the comment), so the DocC pages and Xcode's quick help show one for each symbol.
struct DocCommentTests {
    static let sources: [String] = {
        let root = Fixtures.root.appendingPathComponent("Sources/KazakhText")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".swift") }.sorted()
    }()

    @Test func thereAreSourcesToCheck() {
        #expect(Self.sources.count > 20)
    }

    @Test(arguments: sources)
    func publicDeclarationsHaveKazakhDocComments(_ file: String) throws {
        let url = Fixtures.root.appendingPathComponent("Sources/KazakhText").appendingPathComponent(file)
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            let code = line.trimmingCharacters(in: .whitespaces)
            guard code.hasPrefix("public ") else { continue }
            var above = index - 1
            while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
            var comment: [String] = []
            while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                comment.append(lines[above])
                above -= 1
            }
            let hasKazakh = comment.joined().unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
            #expect(!comment.isEmpty, "\(file):\(index + 1): no doc comment on \(code)")
            #expect(comment.isEmpty || hasKazakh, "\(file):\(index + 1): no Kazakh example in the doc comment of \(code)")
        }
    }
}

/// The Swift code of the DocC articles and of the README's "Use the library" is the code of
/// `Examples/Sources/getting-started/main.swift`, which CI builds and runs
/// (`scripts/ci-examples.sh`): each block's code lines appear there, in the same order.
struct ArticleCodeTests {
    static func swiftBlocks(_ markdown: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]? = nil
        for line in markdown.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil, trimmed == "```swift" { current = []; continue }
            if current != nil, trimmed == "```" { blocks.append(current!); current = nil; continue }
            if !trimmed.isEmpty, !trimmed.hasPrefix("//") { current?.append(trimmed) }
        }
        return blocks
    }

    static let documents = ["Sources/KazakhText/KazakhText.docc/KazakhText.md",
                            "Sources/KazakhText/KazakhText.docc/GettingStarted.md", "README.md"]

    @Test(arguments: documents)
    func codeBlocksAreCompiledInTheExample(_ document: String) throws {
        let compiled = try String(contentsOf: Fixtures.root.appendingPathComponent("Examples/Sources/getting-started/main.swift"),
                                  encoding: .utf8).components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var markdown = try String(contentsOf: Fixtures.root.appendingPathComponent(document), encoding: .utf8)
        if document == "README.md" {
            // Only the library section: the README's other blocks are shell sessions.
            let start = try #require(markdown.range(of: "## Use the library"))
            let rest = markdown[start.upperBound...]
            markdown = String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
        }
        let blocks = Self.swiftBlocks(markdown)
        #expect(!blocks.isEmpty, "\(document) has no Swift block")
        for block in blocks {
            var position = compiled.startIndex
            for line in block {
                guard let found = compiled[position...].firstIndex(of: line) else {
                    Issue.record("\(document): not in getting-started/main.swift (in this order): \(line)")
                    break
                }
                position = found + 1
            }
        }
    }
}

import ArgumentParser
import Testing
@testable import kaztext

/// `kaztext help COMMAND` at 80 columns: ArgumentParser wraps each line of a discussion on its
/// own, so a paragraph with hard line breaks comes out ragged and a long example command is
/// split. Paragraphs are written as one line (`\` at the source line ends) and examples fit.
struct HelpTests {
    static let commands: [(name: String, type: any ParsableCommand.Type)] = [
        ("kaztext", Kaztext.self), ("tokenize", TokenizeCommand.self), ("extract", ExtractCommand.self),
        ("normalize", NormalizeCommand.self), ("eval", EvalCommand.self), ("leaders", LeadersCommand.self),
        ("quotes", QuotesCommand.self), ("render", RenderCommand.self),
    ]

    @Test(arguments: commands.map(\.name))
    func discussionParagraphsAreNotHardWrapped(_ name: String) throws {
        let type = try #require(Self.commands.first { $0.name == name }?.type)
        let discussion = type.configuration.discussion
        for paragraph in discussion.split(separator: "\n\n") {
            let lines = paragraph.split(separator: "\n")
            if lines.first?.hasSuffix(":") == true { continue }  // an example list
            #expect(lines.count == 1, "\(name): a hard-wrapped paragraph: \(lines.first ?? "")")
        }
    }

    @Test(arguments: commands.map(\.name))
    func examplesStayWholeAt80Columns(_ name: String) throws {
        let type = try #require(Self.commands.first { $0.name == name }?.type)
        let help = type == Kaztext.self ? Kaztext.helpMessage(columns: 80)
            : Kaztext.helpMessage(for: type, columns: 80)
        let helpLines = Set(help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        let examples = type.configuration.discussion.split(separator: "\n")
            .filter { $0.hasPrefix("  ") }.map(String.init)
        #expect(!examples.isEmpty, "\(name) has no examples")
        for example in examples {
            #expect(example.count <= 80, "\(name): example longer than 80 columns: \(example)")
            #expect(helpLines.contains(example), "\(name): example split in the help: \(example)")
        }
    }
}

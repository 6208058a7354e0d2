// newsroom FOLDER [N]: what a newsroom script does with KazakhText. It reads every `.txt` file of
// FOLDER (each one article; a first line ` date YYYY-MM-DD ` dates it), prints who said what,
// with the leader each speaker is, and the N largest money figures of each currency (N = 5).
import Foundation
import KazakhText

/// A money figure found in an article.
struct MoneyFigure {
    var value: ExactDecimal
    var currency: String
    var text: String
    var file: String
}

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("newsroom: \(message)\n".utf8))
    exit(code)
}

/// The `.txt` files of `folder`, sorted by name.
func articles(in folder: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        fail("cannot read the folder \(folder)", code: 66)  // EX_NOINPUT
    }
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
}

/// The speaker's words and, when the quotation names a leader by other words (`Мемлекет басшысы`),
/// the leader's name.
func speaker(of quote: Span, in document: Document, leaders: LeaderLexicon) -> String {
    var who = quote.speakerText(in: document).map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") } ?? "?"
    if let id = quote.leader {
        let name = leaders.names[id]?.first ?? id
        if name != who { who += " (\(name))" }
    }
    return who
}

/// A quotation on one line, shortened to `limit` characters.
func oneLine(_ text: Substring, limit: Int = 100) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first, arguments.count <= 2 else {
    fail("usage: newsroom FOLDER [N]", code: 64)  // EX_USAGE
}
guard let top = arguments.count == 2 ? Int(arguments[1]) : 5, top > 0 else {
    fail("N must be a positive number, not \(arguments[1])", code: 64)
}
let extractor: Extractor
let leaders: LeaderLexicon
do {
    extractor = try Extractor()
    leaders = try LeaderLexicon(store: .bundled())
} catch {
    fail("\(error)", code: 78)  // EX_CONFIG
}

var money: [MoneyFigure] = []
for path in articles(in: folder) {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)", code: 66) }
    let name = URL(fileURLWithPath: path).lastPathComponent
    let document = Document(id: name, text: String(decoding: data, as: UTF8.self))
    let spans: [Span]
    do { spans = try extractor.extract(document).spans } catch { fail("\(path): \(error)", code: 65) }
    print("# \(name): who said what")
    for quote in spans where quote.label == .QUOTE {
        print("\(speaker(of: quote, in: document, leaders: leaders)): \(oneLine(quote.text(in: document)))")
    }
    for span in spans where span.label == .MONEY {
        guard let value = span.value, let currency = span.unit else { continue }
        money.append(MoneyFigure(value: span.max ?? value, currency: currency, text: oneLine(span.text(in: document)), file: name))
    }
    print()
}

print("# largest money figures")
for currency in Set(money.map(\.currency)).sorted() {
    let largest = money.filter { $0.currency == currency }.sorted { $0.value > $1.value }.prefix(top)
    for figure in largest {
        print("\(figure.value) \(currency)\t\(figure.text)\t(\(figure.file))")
    }
}

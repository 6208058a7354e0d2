/// A CoNLL-U file reduced to what tokenization scoring needs: each sentence's `# text`, its
/// `# sent_id` and its surface tokens (a multiword token line `8-9` counts once; its syntactic
/// words are skipped).
public struct CoNLLUSentence: Sendable, Hashable {
    public var id: String?
    public var text: String
    public var tokens: [String]
}

public enum CoNLLUError: Error, Sendable, CustomStringConvertible {
    case malformed(file: String, line: Int, message: String)

    public var description: String {
        switch self { case .malformed(let file, let line, let message): return "\(file):\(line): \(message)" }
    }
}

public enum CoNLLUReader {
    /// Parses CoNLL-U text. A sentence without `# text` gets its tokens joined by spaces
    /// (respecting `SpaceAfter=No`).
    public static func read(_ contents: String, file: String) throws(CoNLLUError) -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var id: String? = nil
        var text: String? = nil
        var tokens: [String] = []
        var rebuilt = ""
        var skipUntil = 0
        var lineNumber = 0
        func close() {
            if !tokens.isEmpty {
                sentences.append(CoNLLUSentence(id: id, text: text ?? rebuilt.trimmingTrailingSpace, tokens: tokens))
            }
            id = nil; text = nil; tokens = []; rebuilt = ""; skipUntil = 0
        }
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { close(); continue }
            if line.hasPrefix("#") {
                if line.hasPrefix("# text = ") { text = String(line.dropFirst(9)) }
                else if line.hasPrefix("# sent_id = ") { id = String(line.dropFirst(12)) }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw .malformed(file: file, line: lineNumber, message: "expected 10 TAB-separated columns, found \(columns.count)")
            }
            let idField = columns[0]
            if idField.contains(".") { continue }  // empty nodes
            if let dash = idField.firstIndex(of: "-") {
                guard let last = Int(idField[idField.index(after: dash)...]) else {
                    throw .malformed(file: file, line: lineNumber, message: "bad multiword token id '\(idField)'")
                }
                skipUntil = last
            } else {
                guard let n = Int(idField) else {
                    throw .malformed(file: file, line: lineNumber, message: "bad token id '\(idField)'")
                }
                if n <= skipUntil { continue }
            }
            tokens.append(String(columns[1]))
            rebuilt += columns[1]
            if !columns[9].split(separator: "|").contains("SpaceAfter=No") { rebuilt += " " }
        }
        close()
        return sentences
    }
}

extension String {
    var trimmingTrailingSpace: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

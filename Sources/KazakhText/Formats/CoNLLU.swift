/// A CoNLL-U file reduced to what tokenization scoring needs: each sentence's `# text`, its
/// `# sent_id` and its surface tokens (a multiword token line `8-9` counts once; its syntactic
/// words are skipped).
///
/// ```swift
/// let s = try CoNLLUReader.read("# sent_id = 1\n# text = Бұл біздің.\n1\tБұл\t_\t_\t_\t_\t_\t_\t_\t_\n"
///     + "2\tбіздің\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n", file: "x.conllu")
/// s[0].tokens   // ["Бұл", "біздің", "."]
/// ```
public struct CoNLLUSentence: Sendable, Hashable {
    /// The `# sent_id` (`"1"` above), nil when absent.
    /// (`# sent_id = 1` before `# text = Бұл біздің.`.)
    public var id: String?
    /// The `# text` (`"Бұл біздің."` above).
    public var text: String
    /// Surface tokens (`["Бұл", "біздің", "."]` above).
    public var tokens: [String]
}

/// A CoNLL-U line that cannot be read, with its file and line (`x.conllu:3: expected 10
/// TAB-separated columns, found 2` for `1 Бұл`).
public enum CoNLLUError: Error, Sendable, CustomStringConvertible {
    case malformed(file: String, line: Int, message: String)

    /// `file:line: message` (`x.conllu:3: bad token id 'бір'`).
    public var description: String {
        switch self { case .malformed(let file, let line, let message): return "\(file):\(line): \(message)" }
    }
}

/// Reads CoNLL-U (Universal Dependencies) files such as UD Kazakh-KTB, for tokenization scoring
/// (see ``CoNLLUSentence`` for an example with `Бұл біздің.`).
public enum CoNLLUReader {
    /// Parses CoNLL-U text. A sentence without `# text` gets its tokens joined by spaces
    /// (respecting `SpaceAfter=No`).
    /// (`1 Бұл`, `2 біздің` with `SpaceAfter=No`, `3 .` without `# text` make `Бұл біздің.`.)
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

/// One data line of a lexicon file: its fields and where it came from.
public struct TSVRow: Sendable, Hashable {
    public var fields: [String]
    public var file: String
    public var line: Int

    public subscript(_ index: Int) -> String { fields[index] }
}

/// The lexicon file format shared by every file in `Lexicons/`: UTF-8, one fact a line,
/// TAB-separated columns, `#` starts a comment line, blank lines ignored.
///
/// ```
/// # abbreviation <TAB> expansion <TAB> may end a sentence (yes/no)
/// т.б.	тағы басқа	yes
/// ```
public enum TSVTable {
    /// Parses `contents` (named `file` in messages) into rows of between `minColumns` and
    /// `maxColumns` fields; a line with another count is rejected with its file and line.
    public static func rows(
        _ contents: String, file: String, minColumns: Int, maxColumns: Int? = nil
    ) throws(LexiconError) -> [TSVRow] {
        var result: [TSVRow] = []
        var lineNumber = 0
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.first == "#" { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0.trimmingSpaces())
            }
            let maxColumns = maxColumns ?? minColumns
            guard fields.count >= minColumns, fields.count <= maxColumns else {
                let expected = minColumns == maxColumns ? "\(minColumns)" : "\(minColumns) to \(maxColumns)"
                throw LexiconError(
                    file: file, line: lineNumber,
                    message: "expected \(expected) TAB-separated columns, found \(fields.count)")
            }
            if let empty = fields.prefix(minColumns).firstIndex(where: \.isEmpty) {
                throw LexiconError(file: file, line: lineNumber, message: "column \(empty + 1) is empty")
            }
            result.append(TSVRow(fields: fields, file: file, line: lineNumber))
        }
        return result
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return s
    }
}

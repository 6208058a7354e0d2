/// One data line of a lexicon file: its fields and where it came from.
struct TSVRow: Sendable, Hashable {
    var fields: [String]
    var file: String
    var line: Int

    subscript(_ index: Int) -> String { fields[index] }
}

/// The lexicon file format shared by every file in `Lexicons/`: UTF-8, one fact a line,
/// TAB-separated columns, `#` starts a comment line, blank lines ignored.
///
/// ```
/// # abbreviation <TAB> expansion <TAB> may end a sentence (yes/no)
/// т.б.	тағы басқа	yes
/// ```
enum TSVTable {
    /// Parses `contents` (named `file` in messages) into rows of between `minColumns` and
    /// `maxColumns` fields; a line with another count is rejected with its file and line.
    static func rows(
        _ contents: String, file: String, minColumns: Int, maxColumns: Int? = nil
    ) throws(LexiconError) -> [TSVRow] {
        var text = contents
        let parsed = text.withUTF8 { bytes in
            Result { () throws(LexiconError) in try rows(utf8: bytes, file: file, minColumns: minColumns, maxColumns: maxColumns) }
        }
        return try parsed.get()
    }

    /// `rows` over the file's UTF-8: lines end at LF (a CR before it is dropped), fields at TAB,
    /// and each field loses the spaces around it; all of them ASCII bytes, so the file is read
    /// byte by byte and only the fields become strings.
    private static func rows(
        utf8 b: UnsafeBufferPointer<UInt8>, file: String, minColumns: Int, maxColumns: Int?
    ) throws(LexiconError) -> [TSVRow] {
        let (newline, tab, space, carriageReturn, hash): (UInt8, UInt8, UInt8, UInt8, UInt8) = (0x0A, 0x09, 0x20, 0x0D, 0x23)
        let maxColumns = maxColumns ?? minColumns
        var result: [TSVRow] = []
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= b.count {
            var lineEnd = lineStart
            while lineEnd < b.count && b[lineEnd] != newline { lineEnd += 1 }
            let next = lineEnd + 1
            lineNumber += 1
            defer { lineStart = next }
            if lineEnd == b.count && lineStart == b.count { break }   // nothing after the last LF
            var end = lineEnd
            if end > lineStart && b[end - 1] == carriageReturn { end -= 1 }
            if b[lineStart..<end].allSatisfy({ $0 == space || $0 == tab }) || b[lineStart] == hash { continue }
            var fields: [String] = []
            var fieldStart = lineStart
            while true {
                var fieldEnd = fieldStart
                while fieldEnd < end && b[fieldEnd] != tab { fieldEnd += 1 }
                var first = fieldStart, last = fieldEnd
                while first < last && b[first] == space { first += 1 }
                while last > first && b[last - 1] == space { last -= 1 }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[first..<last]), as: UTF8.self))
                if fieldEnd == end { break }
                fieldStart = fieldEnd + 1
            }
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

/// A lexicon file that cannot be used: says which file, which line and what is wrong.
///
/// `units.tsv:12: expected 3 to 4 TAB-separated columns, found 2`, say, for a line `тонна\tt`.
public struct LexiconError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file (`Lexicons/units.tsv`, with `тонна` and its forms).
    public var file: String
    /// The line in the file, from 1 (the line of `тонна`); `0` when the error is about the whole file.
    /// (`12`, say, for the line of `тонна`.)
    public var line: Int
    /// What is wrong (`column 1 is empty` for a line `\tтонна\tt`).
    public var message: String

    /// An error for `file`:`line`: `LexiconError(file: "units.tsv", line: 12, message: "column 1 is empty")`
    /// for a line `\tтонна\tt`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message` (`units.tsv:12: column 1 is empty`, for a line `\tтонна\tt`).
    public var description: String { "\(file):\(line): \(message)" }
}

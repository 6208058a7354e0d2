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
    /// The file is missing or cannot be read (the command exits 66, EX_NOINPUT, rather than 78):
    /// a `--lexicons мои-тізімдер` folder that does not exist.
    public var isUnreadableFile: Bool

    /// An error for `file`:`line`: `LexiconError(file: "units.tsv", line: 12, message: "column 1 is empty")`
    /// for a line `\tтонна\tt`.
    public init(file: String, line: Int, message: String, isUnreadableFile: Bool = false) {
        self.file = file
        self.line = line
        self.message = message
        self.isUnreadableFile = isUnreadableFile
    }

    /// `file:line: message` (`units.tsv:12: column 1 is empty`, for a line `\tтонна\tt`), or
    /// `file: message` when the error is about the whole file.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

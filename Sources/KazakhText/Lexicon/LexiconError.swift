/// A lexicon file that cannot be used: says which file, which line and what is wrong.
public struct LexiconError: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var message: String
    /// The file is missing or cannot be read (the command exits 66, EX_NOINPUT, rather than 78).
    public var isUnreadableFile: Bool

    public init(file: String, line: Int, message: String, isUnreadableFile: Bool = false) {
        self.file = file
        self.line = line
        self.message = message
        self.isUnreadableFile = isUnreadableFile
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

import Foundation

/// Finds and reads the lexicon files: the bundled `Lexicons/` folder plus any user folders or
/// files given at run time (their lines are added to the bundled ones).
///
/// The bundled folder is found, in order, from `KAZTEXT_LEXICONS`, next to the executable
/// (or any folder above it), then from the source tree this library was built from.
///
/// ```swift
/// let store = try LexiconStore.bundled().adding(userPaths: ["my-lexicons/"])
/// let extractor = try Extractor(store: store)   // also knows `my-lexicons/units-extra.tsv`'s `пұт`
/// ```
public struct LexiconStore: Sendable {
    /// Folders searched for a lexicon file name, bundled first.
    /// (The bundled `Lexicons/`, with `numerals.tsv` from `бір` to `триллион`.)
    public var directories: [String]
    /// Extra files added by the user; each is merged into the lexicon whose name it starts
    /// with (`abbreviations-extra.tsv` adds to `abbreviations.tsv`).
    /// (`units-extra.tsv` with a line for `пұт` adds to `units.tsv`.)
    public var extraFiles: [String]

    /// A store over `directories` (searched in order) and `extraFiles`:
    /// `LexiconStore(directories: ["/opt/kazakhtext/Lexicons"])` where a deployed program keeps
    /// its copy of `Lexicons/` (`бір`, `екі`, … in `numerals.tsv`).
    public init(directories: [String], extraFiles: [String] = []) {
        self.directories = directories
        self.extraFiles = extraFiles
    }

    /// The bundled lexicons, found as described above.
    ///
    /// ```swift
    /// let store = try LexiconStore.bundled()          // …/KazakhText/Lexicons
    /// let extractor = try Extractor(store: store)     // reads `numerals.tsv` (`бір`, `екі`, …)
    /// ```
    ///
    /// Throws a ``LexiconError`` that says how to point at the folder when it is not found.
    public static func bundled() throws(LexiconError) -> LexiconStore {
        let environment = ProcessInfo.processInfo.environment["KAZTEXT_LEXICONS"]
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        let starts = [executable.deletingLastPathComponent(), URL(fileURLWithPath: #filePath)]
        return LexiconStore(directories: [try locateBundledDirectory(environment: environment, searchingUpFrom: starts)])
    }

    /// Adds user lexicon paths: a folder adds its `.tsv` files, a file is added as it is. A path
    /// that does not exist or cannot be read is an error (a mistyped `--lexicons` must not be
    /// ignored).
    ///
    /// ```swift
    /// try LexiconStore.bundled().adding(userPaths: ["my-lexicons"])   // my-lexicons/units-extra.tsv: "пұт	QUANTITY	pood"
    /// ```
    public func adding(userPaths: [String]) throws(LexiconError) -> LexiconStore {
        var copy = self
        let fm = FileManager.default
        for path in userPaths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LexiconError(file: path, line: 0, message: "lexicon path does not exist", isUnreadableFile: true)
            }
            guard fm.isReadableFile(atPath: path) else {
                throw LexiconError(file: path, line: 0, message: "lexicon path cannot be read", isUnreadableFile: true)
            }
            if isDirectory.boolValue {
                guard let names = try? fm.contentsOfDirectory(atPath: path) else {
                    throw LexiconError(file: path, line: 0, message: "lexicon folder cannot be listed", isUnreadableFile: true)
                }
                for name in names.sorted() where name.hasSuffix(".tsv") {
                    copy.extraFiles.append(path + "/" + name)
                }
            } else {
                copy.extraFiles.append(path)
            }
        }
        return copy
    }

    /// The contents of every file that makes up lexicon `name` (e.g. `abbreviations.tsv`):
    /// the bundled file, then matching user files. Each pair is (path, contents).
    /// (`"numerals.tsv"` gives the bundled file, with `бір`, `екі`, …, then any `numerals-*.tsv`.)
    public func contents(of name: String) throws(LexiconError) -> [(path: String, contents: String)] {
        var result: [(String, String)] = []
        for directory in directories {
            let path = directory + "/" + name
            if FileManager.default.fileExists(atPath: path) {
                result.append((path, try Self.read(path)))
                break
            }
        }
        if result.isEmpty {
            throw LexiconError(file: name, line: 0, message: "lexicon file not found in \(directories)")
        }
        let stem = String(name.dropLast(4))
        for file in extraFiles {
            let base = file.split(separator: "/").last.map(String.init) ?? file
            if base == name || (base.hasPrefix(stem + "-") && base.hasSuffix(".tsv")) {
                result.append((file, try Self.read(file)))
            }
        }
        return result
    }

    /// Rows of lexicon `name` from every file that makes it up.
    func rows(of name: String, minColumns: Int, maxColumns: Int? = nil) throws(LexiconError) -> [TSVRow] {
        var rows: [TSVRow] = []
        for (path, contents) in try contents(of: name) {
            rows += try TSVTable.rows(contents, file: path, minColumns: minColumns, maxColumns: maxColumns)
        }
        return rows
    }

    static func read(_ path: String) throws(LexiconError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(file: path, line: 0, message: "cannot read file", isUnreadableFile: true)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LexiconError(file: path, line: 0, message: "not valid UTF-8")
        }
        return text
    }

    /// The `Lexicons` folder: `environment` (the value of `KAZTEXT_LEXICONS`) when set, else the
    /// first `Lexicons` folder in or above one of `starts` (the executable's folder, then this
    /// source file, which a package that depends on KazakhText has in its checkout).
    static func locateBundledDirectory(environment: String?, searchingUpFrom starts: [URL]) throws(LexiconError) -> String {
        func isLexiconDirectory(_ path: String) -> Bool {
            FileManager.default.fileExists(atPath: path + "/abbreviations.tsv")
        }
        if let environment, !environment.isEmpty {
            guard isLexiconDirectory(environment) else {
                throw LexiconError(file: environment, line: 0, message: "KAZTEXT_LEXICONS names no lexicon folder "
                                   + "(no abbreviations.tsv there); set it to the Lexicons folder of the KazakhText package")
            }
            return environment
        }
        for start in starts {
            var url = start
            for _ in 0..<8 {
                let path = url.appendingPathComponent("Lexicons").path
                if isLexiconDirectory(path) { return path }
                url.deleteLastPathComponent()
            }
        }
        throw LexiconError(
            file: "Lexicons", line: 0,
            message: "cannot find the Lexicons folder of the KazakhText package (searched above "
                + starts.map(\.path).joined(separator: " and ") + "); set KAZTEXT_LEXICONS to its path, "
                + "or pass LexiconStore(directories: [path]) to Extractor(store:) or Tokenizer(store:)")
    }
}

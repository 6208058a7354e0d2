import Foundation

/// Finds and reads the lexicon files: the bundled `Lexicons/` folder plus any user folders or
/// files given at run time (their lines are added to the bundled ones).
///
/// The bundled folder is found, in order, from `KAZTEXT_LEXICONS`, next to the executable
/// (or any folder above it), then from the source tree this library was built from.
public struct LexiconStore: Sendable {
    /// Folders searched for a lexicon file name, bundled first.
    public var directories: [String]
    /// Extra files added by the user; each is merged into the lexicon whose name it starts
    /// with (`abbreviations-extra.tsv` adds to `abbreviations.tsv`).
    public var extraFiles: [String]

    public init(directories: [String], extraFiles: [String] = []) {
        self.directories = directories
        self.extraFiles = extraFiles
    }

    /// The bundled lexicons, found as described above.
    public static func bundled() throws(LexiconError) -> LexiconStore {
        guard let directory = locateBundledDirectory() else {
            throw LexiconError(
                file: "Lexicons", line: 0,
                message: "cannot find the Lexicons folder; set KAZTEXT_LEXICONS to its path")
        }
        return LexiconStore(directories: [directory])
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
    public func rows(of name: String, minColumns: Int, maxColumns: Int? = nil) throws(LexiconError) -> [TSVRow] {
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

    static func locateBundledDirectory() -> String? {
        let fm = FileManager.default
        func isLexiconDirectory(_ path: String) -> Bool {
            fm.fileExists(atPath: path + "/abbreviations.tsv")
        }
        if let env = ProcessInfo.processInfo.environment["KAZTEXT_LEXICONS"], isLexiconDirectory(env) {
            return env
        }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: #filePath))
        for start in candidates {
            var url = start
            for _ in 0..<8 {
                let path = url.appendingPathComponent("Lexicons").path
                if isLexiconDirectory(path) { return path }
                url.deleteLastPathComponent()
            }
        }
        return nil
    }
}

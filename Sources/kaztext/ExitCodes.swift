import ArgumentParser
import Foundation
import KazakhText

/// sysexits(3) codes.
enum SysExit {
    static let ok: Int32 = 0
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74
    static let config: Int32 = 78

    /// A lexicon that cannot be used: 66 when a file or folder is missing or unreadable, 78
    /// (EX_CONFIG) when its contents are wrong.
    static func lexiconFailure(_ error: Error) -> ExitCode {
        let unreadable = (error as? LexiconError)?.isUnreadableFile ?? false
        return fail(unreadable ? noInput : config, "\(error)")
    }

    /// Prints `message` on standard error and returns the exit code to throw.
    static func fail(_ code: Int32, _ message: String) -> ExitCode {
        StandardStreams.error(message)
        return ExitCode(code)
    }
}

/// Checks made before a path is read.
enum InputPath {
    /// Why `path` cannot be read as an input file (missing, a folder, unreadable), or nil.
    static func problem(_ path: String) -> String? {
        if path == "-" { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such file" }
        if isDirectory.boolValue { return "is a directory, not a file" }
        guard FileManager.default.isReadableFile(atPath: path) else { return "cannot be read (permission denied)" }
        return nil
    }
}

import ArgumentParser

/// sysexits(3) codes.
enum SysExit {
    static let ok: Int32 = 0
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let ioError: Int32 = 74
    static let config: Int32 = 78

    static func fail(_ code: Int32, _ message: String) -> ExitCode {
        StandardStreams.error(message)
        return ExitCode(code)
    }
}

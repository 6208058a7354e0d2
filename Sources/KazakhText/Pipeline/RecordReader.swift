#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input records from a file or standard input (`-`) without holding more than one
/// record in memory: a line for JSONL and `lines`, the whole file for `text`. A file named
/// `.gz`, `.zst` or `.xz` is decompressed while it is read.
///
/// ```swift
/// let reader = try RecordReader(path: "жаңалықтар.jsonl.gz", format: .jsonl)
/// while let record = reader.next() { print(record.line) }
/// ```
public final class RecordReader {
    /// The file cannot be opened (`жаңалықтар.jsonl: cannot open: No such file or directory`).
    public enum OpenError: Error, CustomStringConvertible {
        case cannotOpen(String, String)
        /// `path: cannot open: reason` (`жаңалықтар.jsonl: cannot open: No such file or directory`).
        public var description: String {
            switch self { case .cannotOpen(let path, let why): return "\(path): cannot open: \(why)" }
        }
    }

    /// The file read (`жаңалықтар.jsonl`; `-` for standard input).
    public let path: String
    /// How its records are cut (`.jsonl`: a line each, such as `{"id":"d","text":"Былтыр өсті."}`).
    public let format: InputFormat
    private let file: UnsafeMutablePointer<FILE>
    /// The opened file under a decompressing `file`, closed after it.
    private let underlying: UnsafeMutablePointer<FILE>?
    private let ownsFile: Bool
    /// Set when reading failed (an I/O error, a corrupt compressed stream): the records before
    /// it were returned, the rest of the input is lost, and the caller must say so
    /// (`жаңалықтар.jsonl.gz: unexpected end of the compressed stream`).
    public private(set) var readError: String?
    /// Bytes of the (decompressed) input returned so far (39 after `{"text":"Былтыр 62%-ға өсті."}`).
    public var bytesRead: Int { offset }
    /// Bytes of the file itself read so far: the compressed bytes of a compressed file (to
    /// compare with its size on disk: 20 of `жаңалықтар.jsonl.gz`'s 40 bytes is half).
    public var fileBytesRead: Int { underlying.map { max(0, ftell($0)) } ?? offset }
    private var lineNumber = 0
    private var offset = 0
    private var buffer: UnsafeMutablePointer<CChar>? = nil
    private var capacity = 0
    private var finished = false

    /// Opens `path` (`-` is standard input); throws ``OpenError`` when it cannot
    /// (`жаңалықтар.jsonl` missing, say).
    public init(path: String, format: InputFormat) throws {
        self.path = path
        self.format = format
        var opened: UnsafeMutablePointer<FILE>
        if path == "-" {
            guard let f = fdopen(0, "rb") else {
                throw OpenError.cannotOpen(path, String(cString: strerror(errno)))
            }
            opened = f
            ownsFile = false
        } else {
            guard let f = fopen(path, "rb") else {
                throw OpenError.cannotOpen(path, String(cString: strerror(errno)))
            }
            var status = stat()
            if fstat(fileno(f), &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
                fclose(f)
                throw OpenError.cannotOpen(path, "is a directory, not a file")
            }
            opened = f
            ownsFile = true
        }
        if let compression = Compression(path: path) {
            guard let reader = compression.reader(over: opened) else {
                if ownsFile { fclose(opened) }
                throw OpenError.cannotOpen(path, "cannot start \(compression.rawValue) decompression")
            }
            underlying = opened
            file = reader
        } else {
            underlying = nil
            file = opened
        }
    }

    deinit {
        free(buffer)
        if underlying != nil { fclose(file) }
        if ownsFile { fclose(underlying ?? file) }
    }

    /// Notes a read error once the input stops.
    private func checkReadError() {
        guard ferror(file) != 0 else { return }
        let why = errno == EILSEQ ? "corrupt or truncated \(Compression(path: path)?.rawValue ?? "") data" : String(cString: strerror(errno))
        readError = "\(path): read error after byte \(offset) of the input: \(why)"
    }

    /// The next record, or nil at the end of the input.
    /// (`{"id":"d","text":"Былтыр 62%-ға өсті."}`, then the next line's record, …, then nil.)
    public func next() -> InputRecord? {
        if finished { return nil }
        switch format {
        case .text:
            finished = true
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
                if n <= 0 { checkReadError(); break }
                bytes.append(contentsOf: chunk[0..<n])
            }
            offset = bytes.count
            return InputRecord(file: path, line: 1, fileOffset: 0, format: .text, bytes: bytes)
        case .jsonl, .lines:
            while true {
                let n = getline(&buffer, &capacity, file)
                if n < 0 { finished = true; checkReadError(); return nil }
                lineNumber += 1
                let start = offset
                offset += n
                var length = n
                if length > 0 && buffer![length - 1] == 0x0A { length -= 1 }
                if length > 0 && buffer![length - 1] == 0x0D { length -= 1 }
                let bytes = buffer!.withMemoryRebound(to: UInt8.self, capacity: length) {
                    Array(UnsafeBufferPointer(start: $0, count: length))
                }
                if format == .lines && bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                if format == .jsonl && bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                return InputRecord(file: path, line: lineNumber, fileOffset: start, format: format, bytes: bytes)
            }
        }
    }
}

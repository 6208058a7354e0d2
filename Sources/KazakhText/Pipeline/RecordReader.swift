#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input records from a file or standard input (`-`) without holding more than one
/// record in memory: a line for JSONL and `lines`, the whole file for `text`.
///
/// ```swift
/// let reader = try RecordReader(path: "news.jsonl", format: .jsonl)
/// while let record = reader.next() {   // {"id":"d","text":"Былтыр 62%-ға өсті."}, …
///     let document = try DocumentDecoder.decode(record).get().document
/// }
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
    private let ownsFile: Bool
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
        if path == "-" {
            guard let f = fdopen(0, "rb") else {
                throw OpenError.cannotOpen(path, String(cString: strerror(errno)))
            }
            file = f
            ownsFile = false
        } else {
            guard let f = fopen(path, "rb") else {
                throw OpenError.cannotOpen(path, String(cString: strerror(errno)))
            }
            file = f
            ownsFile = true
        }
    }

    deinit {
        free(buffer)
        if ownsFile { fclose(file) }
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
                if n <= 0 { break }
                bytes.append(contentsOf: chunk[0..<n])
            }
            return InputRecord(file: path, line: 1, fileOffset: 0, format: .text, bytes: bytes)
        case .jsonl, .lines:
            while true {
                let n = getline(&buffer, &capacity, file)
                if n < 0 { finished = true; return nil }
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

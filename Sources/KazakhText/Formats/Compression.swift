import CompressedStreams
#if canImport(Glibc)
import Glibc
#endif

/// Compressed input and output, chosen by the file name's last extension (`news.jsonl.gz`,
/// `out.jsonl.zst`, `big.jsonl.xz`). The (de)compression is Debian's zlib, libzstd and liblzma.
///
/// ```swift
/// Compression(path: "жаңалықтар.jsonl.zst")   // .zstd
/// Compression.strippingExtension("жаңалықтар.jsonl.zst")   // "жаңалықтар.jsonl"
/// ```
package enum Compression: String, Sendable, CaseIterable {
    case gzip, zstd, xz

    package init?(path: String) {
        if path.hasSuffix(".gz") { self = .gzip } else if path.hasSuffix(".zst") { self = .zstd } else if path.hasSuffix(".xz") { self = .xz } else { return nil }
    }

    /// The file name without its compression extension.
    package static func strippingExtension(_ path: String) -> String {
        guard let compression = Compression(path: path) else { return path }
        return String(path.dropLast(compression.fileExtension.count))
    }

    package var fileExtension: String {
        switch self {
        case .gzip: return ".gz"
        case .zstd: return ".zst"
        case .xz: return ".xz"
        }
    }

    var code: kt_compression {
        switch self {
        case .gzip: return KT_COMPRESSION_GZIP
        case .zstd: return KT_COMPRESSION_ZSTD
        case .xz: return KT_COMPRESSION_XZ
        }
    }

    /// A stream that reads `source` decompressed (closing it leaves `source` open).
    package func reader(over source: UnsafeMutablePointer<FILE>) -> UnsafeMutablePointer<FILE>? {
        kt_decompressing_reader(source, code)
    }

    /// A stream that compresses into `target`; `fclose` on it ends the compressed stream and
    /// flushes `target` (leaving it open) and reports whether that worked.
    package func writer(into target: UnsafeMutablePointer<FILE>) -> UnsafeMutablePointer<FILE>? {
        kt_compressing_writer(target, code)
    }
}

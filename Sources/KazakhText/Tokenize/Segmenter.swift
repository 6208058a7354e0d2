import ICUBridge
import Synchronization

/// ICU word and sentence break iterators (locale `kk`) for one thread at a time.
final class Segmenter: @unchecked Sendable {
    // Safety: used by one thread at a time; `SegmenterPool` hands each instance to one user.
    private let handle: OpaquePointer

    init(locale: String = "kk") throws(TokenizerError) {
        var error = [CChar](repeating: 0, count: 64)
        guard let h = kt_segmenter_open(locale, &error, Int32(error.count)) else {
            let message = error.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw TokenizerError.icu("cannot open ICU break iterators for '\(locale)': \(message)")
        }
        handle = h
    }

    deinit { kt_segmenter_close(handle) }

    /// What text ICU's iterators read.
    enum Mode {
        /// The whole text, converted to UTF-16.
        case full
        /// A copy in which each run of letters or digits of one Word_Break and Sentence_Break
        /// class is cut to its first character, and the middle words of a stretch of words and
        /// plain spaces are left out: the same boundaries and statuses for well under a third of
        /// the reading (a test checks both against each other).
        case compact
    }

    /// Word boundaries (UTF-8 byte offsets, with the rule status of the segment ending at
    /// each) and sentence boundaries of `bytes`.
    func segment(
        _ bytes: UnsafeBufferPointer<UInt8>, mode: Mode,
        _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>) -> Void
    ) throws(TokenizerError) {
        guard bytes.count < Int(Int32.max) else {
            throw TokenizerError.tooLarge(bytes.count)
        }
        let base = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
        let rc = kt_segment_utf8(handle, base, Int32(bytes.count), mode == .full ? KT_SEGMENT_FULL : KT_SEGMENT_COMPACT)
        guard rc == 0 else { throw TokenizerError.icu("ICU break iteration failed") }
        let wordCount = Int(kt_word_boundary_count(handle))
        let sentenceCount = Int(kt_sentence_boundary_count(handle))
        body(
            UnsafeBufferPointer(start: kt_word_boundaries(handle), count: wordCount),
            UnsafeBufferPointer(start: kt_word_statuses(handle), count: wordCount),
            UnsafeBufferPointer(start: kt_sentence_boundaries(handle), count: sentenceCount))
    }
}

/// A pool of segmenters so that one `Tokenizer` can serve many tasks at once.
final class SegmenterPool: Sendable {
    private let free = Mutex<[Segmenter]>([])
    let locale: String

    init(locale: String) throws(TokenizerError) {
        self.locale = locale
        let first = try Segmenter(locale: locale)
        free.withLock { $0.append(first) }
    }

    func withSegmenter<R>(_ body: (Segmenter) throws(TokenizerError) -> R) throws(TokenizerError) -> R {
        let pooled = free.withLock { $0.popLast() }
        let segmenter: Segmenter
        if let pooled { segmenter = pooled } else { segmenter = try Segmenter(locale: locale) }
        defer { free.withLock { $0.append(segmenter) } }
        return try body(segmenter)
    }
}

/// Why tokenization failed (only on ICU failure or a document over 2 GB).
///
/// A 3 GB `Қазақстан…` text in one document throws `.tooLarge`; split it into documents.
public enum TokenizerError: Error, Sendable, CustomStringConvertible {
    case icu(String)
    case tooLarge(Int)

    /// The message (`document of 3000000000 bytes is over the 2 GB limit of one document` for a
    /// 3 GB `Қазақстан…` text).
    public var description: String {
        switch self {
        case .icu(let message): return message
        case .tooLarge(let bytes): return "document of \(bytes) bytes is over the 2 GB limit of one document"
        }
    }
}

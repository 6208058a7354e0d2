import ICUBridge
import Synchronization

/// An ICU rule-based transliterator (`utrans`) compiled from a rules file of `Lexicons/`;
/// usable from many threads (each call borrows a clone from a small pool).
///
/// ```swift
/// let t = try ICUTransliterator(name: "Latn2021-Cyrl", rules: "q > қ ; a > а ; z > з ;")
/// t.transliterate("qazaq")   // "қазақ"
/// ```
final class ICUTransliterator: Sendable {
    /// One compiled transliterator, used by one thread at a time.
    private final class Handle: @unchecked Sendable {
        // Safety: the pool hands each handle to one caller at a time.
        let pointer: OpaquePointer
        init(_ pointer: OpaquePointer) { self.pointer = pointer }
        deinit { kt_translit_close(pointer) }
    }

    private let prototype: Handle
    private let free = Mutex<[Handle]>([])
    let name: String

    /// Compiles `rules`; a rule the ICU parser rejects is reported with ICU's error name and
    /// the line of the problem.
    init(name: String, rules: String) throws(LexiconError) {
        var errorBuffer = [CChar](repeating: 0, count: 160)
        var text = rules
        let pointer = text.withUTF8 { bytes in
            errorBuffer.withUnsafeMutableBufferPointer { e in
                kt_translit_open(name, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self),
                                 Int32(bytes.count), e.baseAddress, Int32(e.count))
            }
        }
        guard let pointer else {
            let message = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw LexiconError(file: name, line: 0, message: "ICU rejected the transliteration rules: \(message)")
        }
        self.name = name
        prototype = Handle(pointer)
    }

    /// The transliteration of `word` (any text; rules see it whole).
    func transliterate(_ word: String) -> String {
        let handle = free.withLock { $0.popLast() } ?? kt_translit_clone(prototype.pointer).map(Handle.init) ?? nil
        guard let handle else { return word }
        defer { free.withLock { $0.append(handle) } }
        var input = word
        return input.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress else { return word }
            let source = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            var capacity = bytes.count * 3 + 16
            while true {
                var out = [UInt8](repeating: 0, count: capacity)
                let written = out.withUnsafeMutableBufferPointer { o in
                    kt_translit_utf8(handle.pointer, source, Int32(bytes.count),
                                     UnsafeMutableRawPointer(o.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(capacity))
                }
                if written < 0 { return word }
                if Int(written) <= capacity { return String(decoding: out[0..<Int(written)], as: UTF8.self) }
                capacity = Int(written)
            }
        }
    }
}

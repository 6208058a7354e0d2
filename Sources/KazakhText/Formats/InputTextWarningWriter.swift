extension InputTextWarning {
    /// Writes `warnings` as the members of a `warnings` array (annotation-format.md): scalar
    /// `start`/`end` in `text` where the warning has a stretch, then `message`.
    static func write(_ warnings: [InputTextWarning], text: String, to out: inout JSONWriter) {
        var copy = text
        copy.withUTF8 { write(warnings, utf8: $0, to: &out) }
    }

    static func write(_ warnings: [InputTextWarning], utf8 b: UnsafeBufferPointer<UInt8>, to out: inout JSONWriter) {
        var counter = ScalarOffsetCounter(b)
        for (k, w) in warnings.enumerated() {
            if k > 0 { out.raw(",") }
            out.raw("{")
            if let range = w.utf8Range {
                out.raw("\"start\":"); out.int(counter.scalarOffset(ofByte: min(range.lowerBound, b.count)))
                out.raw(",\"end\":"); out.int(counter.scalarOffset(ofByte: min(range.upperBound, b.count)))
                out.raw(",")
            }
            out.raw("\"message\":"); out.string(w.message); out.raw("}")
        }
    }
}

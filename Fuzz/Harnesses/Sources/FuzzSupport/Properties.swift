import Foundation
@testable import KazakhText

/// The document text as Unicode scalars: offsets in the format count scalars.
public struct ScalarText {
    public let text: String
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    /// `text[start:end]` in the format's sense, or a property failure when out of range.
    public func slice(_ start: Int, _ end: Int, _ what: @autoclosure () -> String) -> ArraySlice<Unicode.Scalar> {
        require(start >= 0 && start <= end && end <= scalars.count,
                "\(what()): offsets \(start)..<\(end) outside the text (\(scalars.count) scalars)")
        return scalars[start..<end]
    }

    func requireNoEdgeWhitespace(_ start: Int, _ end: Int, _ what: @autoclosure () -> String) {
        guard !KnownIssue.edgeWhitespace.isSkipped, start < end else { return }
        require(!scalars[start].properties.isWhitespace && !scalars[end - 1].properties.isWhitespace,
                "\(what()) \(start)..<\(end) has whitespace at an edge: \(debug(scalars[start..<end]))")
    }
}

/// A scalar list spelled out with code points, for failure messages.
func debug(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    let shown = scalars.prefix(40).map { String(format: "U+%04X", $0.value) }.joined(separator: " ")
    return scalars.count > 40 ? shown + " …" : shown
}

/// Tokens in range, each `text[start:end]` equal to its own text (by scalars, not by canonical
/// equivalence), in order without overlap and without whitespace at an edge.
public func checkTokens(_ tokens: [Token], in text: ScalarText) {
    let utf8Count = text.text.utf8.count
    var previousEnd = 0
    for (k, token) in tokens.enumerated() {
        let expected = text.slice(token.start, token.end, "token \(k)")
        require(token.start < token.end, "token \(k) is empty at \(token.start)")
        require(token.utf8Start >= 0 && token.utf8Start < token.utf8End && token.utf8End <= utf8Count,
                "token \(k): UTF-8 offsets \(token.utf8Start)..<\(token.utf8End) outside \(utf8Count) bytes")
        let own = Array(token.text(in: text.text).unicodeScalars)
        require(own == Array(expected), "token \(k): text \(debug(own[...])) is not text[\(token.start):\(token.end)] \(debug(expected))")
        require(token.start >= previousEnd, "token \(k) at \(token.start) starts before token \(k - 1) ends (\(previousEnd))")
        text.requireNoEdgeWhitespace(token.start, token.end, "token \(k)")
        previousEnd = token.end
    }
}

/// Sentences in order without overlap, their token ranges one after another covering every
/// token, each sentence holding its tokens and no whitespace at an edge.
public func checkSentences(_ sentences: [Sentence], tokens: [Token], in text: ScalarText) {
    var nextToken = 0
    var previousEnd = 0
    for (k, sentence) in sentences.enumerated() {
        _ = text.slice(sentence.start, sentence.end, "sentence \(k)")
        require(sentence.start >= previousEnd, "sentence \(k) at \(sentence.start) overlaps sentence \(k - 1) (ends \(previousEnd))")
        require(sentence.tokenRange.lowerBound == nextToken,
                "sentence \(k) starts at token \(sentence.tokenRange.lowerBound), expected \(nextToken)")
        require(!sentence.tokenRange.isEmpty, "sentence \(k) has no tokens")
        require(sentence.tokenRange.upperBound <= tokens.count, "sentence \(k) ends past the last token")
        let first = tokens[sentence.tokenRange.lowerBound], last = tokens[sentence.tokenRange.upperBound - 1]
        require(sentence.start <= first.start && last.end <= sentence.end,
                "sentence \(k) \(sentence.start)..<\(sentence.end) does not hold its tokens \(first.start)..<\(last.end)")
        text.requireNoEdgeWhitespace(sentence.start, sentence.end, "sentence \(k)")
        nextToken = sentence.tokenRange.upperBound
        previousEnd = sentence.end
    }
    require(nextToken == tokens.count, "sentences cover \(nextToken) of \(tokens.count) tokens")
}

/// Spans in range and in the format's order (by start, longer first); a speaker inside the text.
public func checkSpans(_ spans: [Span], in text: ScalarText) {
    for (k, span) in spans.enumerated() {
        _ = text.slice(span.start, span.end, "span \(k) \(span.label)")
        require(span.start < span.end, "span \(k) \(span.label) is empty at \(span.start)")
        if k > 0 {
            require(!Span.documentOrder(span, spans[k - 1]), "span \(k) is out of document order")
        }
        if let speaker = span.speaker {
            _ = text.slice(speaker.lowerBound, speaker.upperBound, "speaker of span \(k)")
        }
    }
}

/// One output document as the JSONL writers print it, read back with a standard JSON reader.
struct OutputDocument: Decodable {
    struct Piece: Decodable {
        var start: Int
        var end: Int
        var text: String?
    }
    var id: String?
    var text: String?
    var error: String?
    var tokens: [Piece]?
    var sentences: [Piece]?
    var spans: [Piece]?
    /// Offsets are optional on warnings.
    struct Warning: Decodable {
        var start: Int?
        var end: Int?
        var message: String
    }
    var warnings: [Warning]?
}

/// The JSONL output for one document: exactly one line, `text` equal to the input text scalar
/// for scalar, every token's and span's `text` equal to `text[start:end]`. Returns the id.
@discardableResult
public func checkOutputLine(_ bytes: [UInt8], expectedText: ScalarText?) -> String? {
    require(bytes.last == 0x0A && bytes.firstIndex(of: 0x0A) == bytes.count - 1,
            "the output of one document is not exactly one line")
    let doc: OutputDocument
    do { doc = try JSONDecoder().decode(OutputDocument.self, from: Data(bytes)) } catch {
        propertyFailed("the output line is not valid JSON: \(error)")
    }
    guard let expectedText else { return doc.id }
    require(doc.error == nil, "a readable document came out as an error: \(doc.error ?? "")")
    guard let outputText = doc.text else { propertyFailed("the output has no text") }
    require(Array(outputText.unicodeScalars) == expectedText.scalars, "the output text differs from the input text")
    for (name, pieces) in [("token", doc.tokens), ("span", doc.spans)] {
        for (k, piece) in (pieces ?? []).enumerated() {
            let expected = expectedText.slice(piece.start, piece.end, "output \(name) \(k)")
            if let text = piece.text {
                require(Array(text.unicodeScalars) == Array(expected), "output \(name) \(k): text is not text[start:end]")
            }
        }
    }
    for (k, piece) in (doc.sentences ?? []).enumerated() {
        _ = expectedText.slice(piece.start, piece.end, "output sentence \(k)")
    }
    for (k, warning) in (doc.warnings ?? []).enumerated() {
        if let start = warning.start, let end = warning.end {
            _ = expectedText.slice(start, end, "output warning \(k) (\(warning.message))")
        }
    }
    return doc.id
}

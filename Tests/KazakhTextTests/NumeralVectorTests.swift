import Foundation
import Testing
@testable import KazakhText

/// Checks one expected value (numerals.tsv notation) against a match; nil when it agrees.
func disagreement(_ expected: String, _ m: NumeralMatch?, tokenCount: Int) -> String? {
    guard let m else { return "no match" }
    if m.tokenCount != tokenCount { return "consumed \(m.tokenCount) of \(tokenCount) tokens" }
    let (prefix, number): (String, String) = {
        if let c = expected.firstIndex(of: ":") {
            return (String(expected[..<c]), String(expected[expected.index(after: c)...]))
        }
        return ("", expected)
    }()
    func check(_ ok: Bool, _ what: String) -> String? { ok ? nil : what }
    let got = "value \(m.value) max \(m.max.map(\.description) ?? "-") kind \(m.kind) approx \(m.approximation.map(\.rawValue) ?? "-") pct \(m.isPercent)"
    switch prefix {
    case "range":
        let ends = number.components(separatedBy: "..")
        return check(m.value == dec(ends[0]) && m.max == dec(ends[1]) && m.approximation == nil, got)
    case "frac":
        let nd = number.split(separator: "/")
        return check(m.kind == .fraction && m.numerator?.description == String(nd[0])
                     && m.denominator?.description == String(nd[1]), got)
    default:
        guard m.value == dec(number), m.max == nil else { return got }
        switch prefix {
        case "": return check(m.kind == .cardinal && m.approximation == nil && !m.isPercent, got)
        case "ord": return check(m.kind == .ordinal && m.approximation == nil, got)
        case "coll": return check(m.kind == .collective && m.approximation == nil, got)
        case "pct": return check(m.isPercent && m.kind == .cardinal, got)
        case "many": return check(m.kind == .many, got)
        case "approx": return check(m.approximation == .about, got)
        case "nearly": return check(m.approximation == .nearly, got)
        case "over": return check(m.approximation == .over, got)
        case "under": return check(m.approximation == .under, got)
        default: return "unknown prefix \(prefix)"
        }
    }
}

@Test func numeralsTSVVectors() throws {
    let url = packageRoot.appendingPathComponent("../shared/data/numerals.tsv").standardizedFileURL
    let text = try readText(url)
    var total = 0, passed = 0
    var failures: [String] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
        let cols = line.split(separator: "\t").map(String.init)
        try #require(cols.count == 2, "bad line \(line)")
        total += 1
        let toks = tokens(cols[0])
        if let why = disagreement(cols[1], sharedParser.parse(toks, from: 0), tokenCount: toks.count) {
            failures.append("\(cols[0])\t\(cols[1])\t→ \(why)")
        } else {
            passed += 1
        }
    }
    print("numerals.tsv: \(passed)/\(total) lines pass")
    for f in failures { print("FAIL \(f)") }
    #expect(total == 559)
    #expect(failures.isEmpty, "\(failures.count) failing lines")
}

/// The phrase memo (`NumeralParser.phraseCache`): a parse read from memory equals a fresh parse,
/// whatever stop word follows (`адам`, `»`, `жылы`), and a stop word that could go on with the
/// number (`мың`, `–`) is not mistaken for one; nor is a parse that read to the end of its
/// sentence used where more follows. Every numerals.tsv line, in eight contexts, through
/// one parser twice (the second pass from memory) against the parse without memos.
@Test func phraseMemoAgreesWithFreshParses() throws {
    let url = packageRoot.appendingPathComponent("../shared/data/numerals.tsv").standardizedFileURL
    let lex = packageRoot.appendingPathComponent("Lexicons")
    let memo = try NumeralParser(lexiconTSV: readText(lex.appendingPathComponent("numerals.tsv")),
                                 suffixTSV: readText(lex.appendingPathComponent("suffixes.tsv")),
                                 lettersTSV: readText(lex.appendingPathComponent("letters.tsv")))
    var sentences: [[String]] = []
    for line in try readText(url).split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
        let toks = tokens(String(line.split(separator: "\t")[0]))
        // Also at the end of a sentence (the parse reads every token) and one token short of it.
        for after in [["адам", "келді"], ["»", "деді"], ["мың", "адам"], ["–", "5"], [], ["мың"], ["."]] { sentences.append(toks + after) }
        if toks.count > 2 { sentences.append(Array(toks.dropLast())) }
    }
    var differences = 0, memoHits = 0
    for pass in 0..<2 {
        for s in sentences {
            let before = s.count < 2 ? 0 : memo.phraseCache.cached(s[0] + "\u{1F}" + s[1])?.count ?? 0
            let got = memo.parse(s, from: 0)
            if pass == 1, before > 0 { memoHits += 1 }
            if got != memo.unmemoizedParse(s, from: 0) { differences += 1 }
        }
    }
    #expect(differences == 0)
    #expect(memoHits > sentences.count / 2, "the second pass should mostly read from memory (\(memoHits))")
}

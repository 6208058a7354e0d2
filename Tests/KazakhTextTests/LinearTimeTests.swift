import Foundation
import Testing
@testable import KazakhText

// Issue 20: no rule may look at a token's or a run's length times itself. The bounds are
// checked by counting work (a 100,000-letter word asks the lexicon as often as a 1,000-letter
// one), and the whole extractor by timing a hostile document against one four times as long.

/// How many stems a stem search asks about in a word of `letters` letters.
private func stemQuestions(_ letters: Int, _ search: (String, (String) -> Bool) -> Void) -> Int {
    var asked = 0
    search("ж" + String(repeating: "а", count: letters - 3) + "ға") { _ in asked += 1; return false }
    return asked
}

@Test func stemSearchesAskTheSameOfAHugeWordAsOfALongOne() {
    let stripper = Fixtures.extractor.quantities.parser.stripper
    let leaders = Fixtures.extractor.leaders
    let analyses = { (n: Int) in stemQuestions(n) { word, isStem in _ = stripper.analyses(of: word, isStem: isStem) } }
    let stems = { (n: Int) in stemQuestions(n) { word, known in _ = leaders.stem(word, known: known) } }
    #expect(analyses(1_000) == analyses(100_000))
    #expect(analyses(1_000) <= 2 * stripper.longestChain)   // a stem and its devoiced form per cut
    #expect(stems(1_000) == stems(100_000))
    #expect(stems(1_000) <= stripper.longestChain + 1)
    // A lexicon's longest entry bounds the stems too: a huge word asks nothing.
    #expect(stemQuestions(100_000) { word, isStem in _ = stripper.analyses(of: word, longestStem: 12, isStem: isStem) } == 0)
    #expect(leaders.splits("ж" + String(repeating: "а", count: 100_000)).count <= stripper.longestChain + 1)
}

@Test func stemLengthsSkipOnlyCutsThatCannotLeaveAChain() {
    let stripper = Fixtures.extractor.quantities.parser.stripper
    #expect(stripper.longestChain >= 10 && stripper.longestChain < 40)
    #expect(Array(stripper.stemLengths(wordLength: 8, minimum: 3)) == [7, 6, 5, 4, 3])
    let n = 1_000
    #expect(Array(stripper.stemLengths(wordLength: n, minimum: 3)) == Array(stride(from: n - 1, through: n - stripper.longestChain, by: -1)))
    #expect(Array(stripper.stemLengths(wordLength: n, minimum: 3, longestStem: 12)).isEmpty)
    // Still found: a stem under the longest chain of the table.
    #expect(stripper.analyses(of: "миллиондарымыздан").contains { $0.stem == "миллион" })
}

@Test func aRunOfDigitsLongerThanAnyNumberIsNoNumber() {
    let parser = Fixtures.extractor.quantities.parser
    let longest = String(repeating: "9", count: NumeralParser.maxDigits)
    #expect(parser.parse([longest], from: 0)?.value == ExactDecimal(longest))
    #expect(parser.parse([longest + "9"], from: 0) == nil)
    #expect(parser.parse([String(repeating: "7", count: 1_000_000)], from: 0) == nil)
}

@Test func anUnclosedMarkInAHugeParagraphIsOnlyAWarning() throws {
    let words = String(repeating: "сөз ", count: QuoteRecognizer.maxQuoteScalars / 4 + 10)
    let text = "Ол айтты: «" + words + "деді."
    let result = try Fixtures.extractor.extract(Document(id: "q", text: text))
    #expect(!result.spans.contains { $0.label == .QUOTE })
    #expect(result.warnings.contains { $0.message.contains("never closed") })
    // A marked quote after the unclosed mark in the same paragraph is still found.
    let after = try Fixtures.extractor.extract(Document(id: "q", text: "«" + words + "«Бәрі жақсы болады», – деді ол."))
    #expect(after.spans.contains { $0.label == .QUOTE && $0.end - $0.start == "Бәрі жақсы болады".unicodeScalars.count })
    // The same paragraph under the bound still opens its quote.
    let short = "Ол айтты: «" + String(repeating: "сөз ", count: 20) + "деді."
    let found = try Fixtures.extractor.extract(Document(id: "q", text: short))
    #expect(found.spans.contains { $0.label == .QUOTE })
}

/// The hostile documents: each built around one token or run of `n` units.
private let hostileNames = ["1 + digits", "two numbers", "number + word", "title + capitalised word", "5- + suffixes",
                            "62%- + hyphenated suffixes", "commas", "guillemets", "unclosed quotes"]

private func hostileText(_ name: String, _ n: Int) -> String {
    switch name {
    case "1 + digits": "1 " + String(repeating: "7", count: n)
    case "two numbers": String(repeating: "1", count: n / 2) + " " + String(repeating: "2", count: n / 2)
    case "number + word": "5 " + String(repeating: "а", count: n)
    case "title + capitalised word": "Президент А" + String(repeating: "б", count: n)
    case "5- + suffixes": "5-" + String(repeating: "ға", count: n / 2)
    case "62%- + hyphenated suffixes": "62%-ға" + String(repeating: "-ға", count: n / 3)
    case "commas": String(repeating: ",", count: n)
    case "guillemets": String(repeating: "«", count: n)
    default: String(repeating: "«сөз ", count: n / 5)
    }
}

/// The fastest of three extractions of `text`, in seconds.
private func extractionSeconds(_ text: String) throws -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try Fixtures.extractor.extract(Document(id: "h", text: text))
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

/// Four times the text may cost at most ten times the time (linear: four; quadratic: sixteen),
/// plus 100 ms of slack. The other tests run in parallel on a loaded machine, so a pair of
/// timings (each the fastest of three) is taken up to three times and one pair within the bound
/// passes. At these sizes the quadratic rules took seconds to minutes.
@Test(arguments: hostileNames)
func hostileTextTakesLinearTime(_ name: String) throws {
    _ = try extractionSeconds(hostileText(name, 1_000))   // warm the caches
    var pairs: [(small: Double, large: Double)] = []
    for _ in 0..<3 {
        let small = try extractionSeconds(hostileText(name, 20_000))
        let large = try extractionSeconds(hostileText(name, 80_000))
        if large < 10 * small + 0.1 { return }
        pairs.append((small, large))
    }
    Issue.record("\(name): 20,000 and 80,000 units took \(pairs) s")
}

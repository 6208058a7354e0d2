import Testing
@testable import KazakhText

@Test func probeParser() {
    for s in ["2°С-тан өсті", "62 пайызға өсіп", "бір миллиард долларға дейін", "10 миллион тоннаға дейін", "оннан аса сапар", "74 , 9 %-ы", "екі есе", "2 есе жоғары", "бір жарым миллион тоннаға", "4,5 миллион тоннаны", "1000-нан астам", "20 жылдығымен", "2025 жылы", "18 : 00-де", "екі мың жиырма бесінші жылы", "Бір кісі", "КОВИД-19", "5-6 адам", "бесеуі", "үштен бір", "жүздеген", "бірнеше", "минус 31 градус", "шамамен 700000-ға жуық", "62%-ға", "25 проценттік"] {
        let w = s.split(separator: " ").map(String.init)
        if let m = sharedParser.parse(w, from: 0) {
            print("PROBE \(s) → n=\(m.tokenCount) v=\(m.value) max=\(m.max.map { "\($0)" } ?? "-") kind=\(m.kind) approx=\(m.approximation.map { "\($0)" } ?? "-") pct=\(m.isPercent) suffix=\(m.suffix ?? "-") case=\(m.grammaticalCase.map { "\($0)" } ?? "-") noun=\(m.attachedNoun ?? "-")")
        } else { print("PROBE \(s) → nil") }
    }
}

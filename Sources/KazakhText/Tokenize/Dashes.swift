/// Dashes that open dialogue turns and attributions, from `dashes.tsv` (range dashes between
/// numbers are in `numerals.tsv`).
///
/// ```swift
/// let dashes = try Dashes(store: .bundled())
/// dashes.opensTurn("–")        // true: `– Иә, – деді Тоқаев.`
/// dashes.mayStartSentence("―") // true
/// ```
struct Dashes: Sendable {
    enum Use: String, Sendable {
        /// Opens a dialogue turn or an attribution (`, – деді`).
        case turn
        /// A sentence may start with it.
        case sentence
    }

    /// Each dash with its uses, in file order.
    let entries: [(dash: Unicode.Scalar, uses: Set<Use>)]
    private let turn: [Unicode.Scalar]
    private let sentence: [Unicode.Scalar]

    init(entries: [(dash: Unicode.Scalar, uses: Set<Use>)]) {
        self.entries = entries
        turn = entries.filter { $0.uses.contains(.turn) }.map(\.dash)
        sentence = entries.filter { $0.uses.contains(.sentence) }.map(\.dash)
    }

    init(store: LexiconStore) throws(LexiconError) {
        try self.init(rows: store.rows(of: "dashes.tsv", minColumns: 2, maxColumns: 2))
    }

    init(rows: [TSVRow]) throws(LexiconError) {
        var entries: [(dash: Unicode.Scalar, uses: Set<Use>)] = []
        for row in rows {
            guard row[0].unicodeScalars.count == 1, let dash = row[0].unicodeScalars.first else {
                throw LexiconError(file: row.file, line: row.line, message: "'\(row[0])' is not one character")
            }
            var uses = Set<Use>()
            for word in row[1].split(separator: " ") {
                guard let use = Use(rawValue: String(word)) else {
                    throw LexiconError(file: row.file, line: row.line, message: "unknown use '\(word)' (turn or sentence)")
                }
                uses.insert(use)
            }
            entries.append((dash, uses))
        }
        self.init(entries: entries)
    }

    /// Every dash listed, whatever its use.
    var all: [Unicode.Scalar] { entries.map(\.dash) }

    @inline(__always)
    func opensTurn(_ c: Unicode.Scalar) -> Bool { turn.contains(c) }

    @inline(__always)
    func mayStartSentence(_ c: Unicode.Scalar) -> Bool { sentence.contains(c) }
}

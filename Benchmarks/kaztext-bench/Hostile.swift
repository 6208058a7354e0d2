// Hostile text (issue 20): one document per row, built around one huge token or run, timed
// through the Extractor (tokens and every span) beside KazNERD text in the same run. Every
// row's seconds per MB should stay within 3× of KazNERD's: no rule may look at a token's or a
// run's length times itself.
import Foundation
import KazakhText

/// The hostile documents, each about `megabytes` MB of UTF-8: name and text.
func hostileDocuments(megabytes: Double) -> [(name: String, text: String)] {
    let bytes = Int(megabytes * 1_000_000)
    func repeated(_ unit: String, toBytes n: Int) -> String {
        String(repeating: unit, count: max(1, n / unit.utf8.count))
    }
    return [
        ("digits after a number (1 + digits)", "1 " + repeated("7", toBytes: bytes)),
        ("two long numbers", repeated("1", toBytes: bytes / 2) + " " + repeated("2", toBytes: bytes / 2)),
        ("a number in digits only (1 token)", repeated("7", toBytes: bytes)),
        ("number + long word", "5 " + repeated("а", toBytes: bytes)),
        ("title + long capitalised word", "Президент А" + repeated("б", toBytes: bytes)),
        ("suffix chain after 5- (ға…)", "5-" + repeated("ға", toBytes: bytes)),
        ("hyphenated chain after 62%- (ға-ға…)", "62%-ға" + repeated("-ға", toBytes: bytes)),
        ("run of commas", repeated(",", toBytes: bytes)),
        ("run of full stops", repeated(".", toBytes: bytes)),
        ("run of hyphens", repeated("-", toBytes: bytes)),
        ("run of guillemets «", repeated("«", toBytes: bytes)),
        ("run of dashes –", repeated("–", toBytes: bytes)),
        ("words with unclosed «", repeated("«сөз ", toBytes: bytes)),
    ]
}

/// Prints each hostile row's MB/s and its seconds per MB over KazNERD text's, both timed through
/// one `Extractor` in this run. KazNERD text (the first documents of `docs`, about 0.5 MB) is
/// timed right before and right after every row and the row is compared with the mean of the
/// two, so a shared machine whose speed drifts moves both sides of a ratio together; reported:
/// the median ratio of `runs` runs.
@MainActor func hostileRows(_ docs: [String], megabytes: Double, runs: Int) {
    let extractor: Extractor
    do { extractor = try Extractor() } catch { print("\(error)"); exit(78) }
    var sample: [String] = []
    var sampleBytes = 0
    for d in docs where sampleBytes < 500_000 { sample.append(d); sampleBytes += d.utf8.count }
    func perMB(_ texts: [String], bytes: Int) -> Double {
        seconds { for t in texts { _ = try? extractor.extract(Document(id: "h", text: t)) } } / (Double(bytes) / 1e6)
    }
    _ = perMB(sample, bytes: sampleBytes)   // warm the word caches
    let rows = hostileDocuments(megabytes: megabytes)
    var bases: [Double] = []
    print(String(format: "\nHostile text (one document per row, %.1f MB each), Extractor, 1 thread, against KazNERD text timed before and after each row",
                 megabytes))
    var worst = 0.0
    for (name, text) in rows {
        var ratios: [Double] = []
        var rowPerMB: [Double] = []
        for _ in 0..<max(1, runs) {
            let before = perMB(sample, bytes: sampleBytes)
            let t = perMB([text], bytes: text.utf8.count)
            let after = perMB(sample, bytes: sampleBytes)
            bases += [before, after]
            rowPerMB.append(t)
            ratios.append(t / ((before + after) / 2))
        }
        let ratio = median(ratios)
        worst = max(worst, ratio)
        print(name.padding(toLength: 44, withPad: " ", startingAt: 0)
              + String(format: "%8.2f MB/s   %5.2f× KazNERD's s/MB%@", 1 / median(rowPerMB), ratio, ratio > 3 ? "   OVER 3×" : ""))
    }
    print(String(format: "KazNERD text: median %.2f s/MB (%.2f MB/s); worst hostile row: %.2f× KazNERD text's time per MB (target: within 3×)",
                 median(bases), 1 / median(bases), worst))
}

// kaztext-bench: throughput and memory of the tokenizer, the extractor, `kaztext tokenize` and
// `kaztext extract`, reported as ratios to raw ICU word break measured in the same run on the
// same text.
//
//   swift build -c release && .build/release/kaztext-bench [--mb 50] [--rss-gb 1]
//
// Text: KazNERD validation sentences (tokens joined by spaces), five sentences a document,
// repeated until the corpus reaches --mb megabytes (10^6 bytes of UTF-8 text).
import Foundation
import Synchronization
import ICUBridge
import KazakhText
#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var megabytes = 50
    var rssGigabytes = 0.0
    var runs = 3
    var kaznerd = "../shared/data/kaznerd/IOB2_valid.txt"
    var kaztext: String = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("kaztext").path
    var workDirectory = "bench-data"
    /// `tokenizer` runs only the Tokenizer loop (for profiling).
    var only: String? = nil
    /// Also run `extract` on the --rss-gb input (slow: extract is far below tokenize's speed).
    var rssExtract = false
    /// Size of each hostile document (`hostileDocuments`), in megabytes.
    var hostileMegabytes = 1.0

    init() {
        var args = CommandLine.arguments.dropFirst().makeIterator()
        while let arg = args.next() {
            switch arg {
            case "--mb": megabytes = Int(args.next() ?? "") ?? megabytes
            case "--rss-gb": rssGigabytes = Double(args.next() ?? "") ?? rssGigabytes
            case "--runs": runs = Int(args.next() ?? "") ?? runs
            case "--kaznerd": kaznerd = args.next() ?? kaznerd
            case "--kaztext": kaztext = args.next() ?? kaztext
            case "--work": workDirectory = args.next() ?? workDirectory
            case "--only": only = args.next()
            case "--rss-extract": rssExtract = true
            case "--hostile-mb": hostileMegabytes = Double(args.next() ?? "") ?? hostileMegabytes
            default:
                print("usage: kaztext-bench [--mb N] [--rss-gb G [--rss-extract]] [--runs N] [--kaznerd FILE] [--kaztext BIN] [--work DIR] [--hostile-mb M] [--only raw|tokenizer|extractor|extractor-threads|candidates|hostile]")
                exit(64)
            }
        }
    }
}

func sentences(fromIOB2 path: String) -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        print("cannot read \(path)"); exit(66)
    }
    var result: [String] = []
    var current: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.isEmpty {
            if !current.isEmpty { result.append(current.joined(separator: " ")); current = [] }
        } else if let space = line.lastIndex(of: " ") {
            current.append(line[..<space])
        }
    }
    if !current.isEmpty { result.append(current.joined(separator: " ")) }
    return result
}

func documents(_ sentences: [String], megabytes: Int) -> [String] {
    var docs: [String] = []
    var bytes = 0
    var i = 0
    while bytes < megabytes * 1_000_000 {
        var doc = ""
        for _ in 0..<5 {
            if !doc.isEmpty { doc += " " }
            doc += sentences[i % sentences.count]
            i += 1
        }
        bytes += doc.utf8.count
        docs.append(doc)
    }
    return docs
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

func peakRSSSelfMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Runs `kaztext` with stdout to /dev/null; returns (seconds, peak RSS MB, exit status). The
/// peak RSS is the child's own VmHWM, which kaztext writes to KAZTEXT_PEAK_RSS_FILE at exit
/// (wait4's ru_maxrss would count this process's memory: posix_spawn shares it until exec).
func runKaztext(_ binary: String, _ arguments: [String]) -> (Double, Double, Int32) {
    let rssFile = FileManager.default.temporaryDirectory.appendingPathComponent("kaztext-bench-rss-\(getpid())").path
    setenv("KAZTEXT_PEAK_RSS_FILE", rssFile, 1)
    defer { unsetenv("KAZTEXT_PEAK_RSS_FILE"); try? FileManager.default.removeItem(atPath: rssFile) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let rc = posix_spawn(&pid, binary, &actions, nil, argv, environ)
    posix_spawn_file_actions_destroy(&actions)
    guard rc == 0 else { print("cannot run \(binary): \(String(cString: strerror(rc)))"); exit(69) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let kilobytes = (try? String(contentsOfFile: rssFile, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? .nan
    return (elapsed, kilobytes / 1024, (status >> 8) & 0xFF)
}

func writeJSONL(_ docs: [String], to path: String, repeatUntilBytes: Int = 0) -> Int {
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: path) else { print("cannot write \(path)"); exit(73) }
    var written = 0
    var textBytes = 0
    var n = 0
    repeat {
        var chunk = Data()
        for doc in docs {
            var w = JSONWriter()
            w.raw("{\"id\":\"d")
            w.int(n)
            w.raw("\",\"text\":")
            w.string(doc)
            w.raw("}\n")
            n += 1
            chunk.append(contentsOf: w.bytes)
            textBytes += doc.utf8.count
        }
        handle.write(chunk)
        written += chunk.count
    } while written < repeatUntilBytes
    try? handle.close()
    return textBytes
}

let options = Options()
let tokenizer: Tokenizer
let extractor: Extractor
do { tokenizer = try Tokenizer(); extractor = try Extractor() } catch { print("\(error)"); exit(78) }
let docs = documents(sentences(fromIOB2: options.kaznerd), megabytes: options.megabytes)
let totalBytes = docs.reduce(0) { $0 + $1.utf8.count }
let mb = Double(totalBytes) / 1e6
print("kaztext-bench: \(docs.count) documents, \(String(format: "%.1f", mb)) MB of KazNERD text; ICU \(String(cString: kt_icu_version())); median of \(options.runs) runs")

var utf8Docs = docs.map { Array($0.utf8) }
guard let rawBreaker = kt_raw_word_break_open("kk") else { print("cannot open ICU word break"); exit(70) }
var rawTimes: [Double] = []
var spanCount = 0
var boundaryCount: Int64 = 0
var tokenCount = 0
if options.only == "raw" {
    guard let breaker = kt_raw_word_break_open("kk") else { exit(70) }
    var n: Int64 = 0
    let t = seconds {
        for d in docs {
            var copy = d
            copy.withUTF8 { p in n += kt_raw_word_break_count(breaker, UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self), Int64(p.count)) }
        }
    }
    print(String(format: "raw ICU only: %.1f MB/s (%d boundaries)", mb / t, n))
    exit(0)
}
if options.only == "candidates" {
    var tokens = 0, candidates = 0, parsed = 0
    var words: [String: Int] = [:]
    for d in docs {
        let t = try! tokenizer.tokenize(Document(id: "b", text: d))
        let ws = t.tokens.map { String($0.text(in: d)).lowercased() }
        for (k, w) in ws.enumerated() {
            tokens += 1
            if extractor.quantities.isCandidate(w) {
                candidates += 1
                if extractor.quantities.parser.parse(ws, from: k) != nil { parsed += 1 } else { words[w, default: 0] += 1 }
            }
        }
    }
    print("tokens \(tokens) candidates \(candidates) parsed \(parsed)")
    print(words.sorted { $0.value > $1.value }.prefix(30).map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    exit(0)
}
if options.only == "extractor" {
    var n = 0
    let t = seconds { for d in docs { n += (try? extractor.extract(Document(id: "b", text: d)))?.spans.count ?? 0 } }
    print(String(format: "Extractor only: %.1f MB/s (%d spans)", mb / t, n))
    exit(0)
}
if options.only == "extractor-threads" {
    // The same work as `extractor`, split over all cores in one process (no JSON, no output):
    // what sharing one Extractor between threads costs, beside two processes each on its own.
    let spans = Atomic<Int>(0)
    let chunk = 64
    let all = docs
    let t = seconds {
        DispatchQueue.concurrentPerform(iterations: (all.count + chunk - 1) / chunk) { c in
            var n = 0
            for i in (c * chunk)..<min(all.count, (c + 1) * chunk) {
                n += (try? extractor.extract(Document(id: "b", text: all[i])))?.spans.count ?? 0
            }
            spans.add(n, ordering: .relaxed)
        }
    }
    print(String(format: "Extractor on %d threads: %.1f MB/s (%d spans)", ProcessInfo.processInfo.activeProcessorCount, mb / t,
                 spans.load(ordering: .relaxed)))
    exit(0)
}
if options.only == "hostile" {
    hostileRows(docs, megabytes: options.hostileMegabytes, runs: options.runs)
    exit(0)
}
if options.only == "tokenizer" {
    let t = seconds { for d in docs { tokenCount += (try? tokenizer.tokenize(Document(id: "b", text: d)))?.tokens.count ?? 0 } }
    print(String(format: "Tokenizer only: %.1f MB/s", mb / t))
    exit(0)
}
try? FileManager.default.createDirectory(atPath: options.workDirectory, withIntermediateDirectories: true)
let input = options.workDirectory + "/bench.jsonl"
_ = writeJSONL(docs, to: input)

/// One timed pass of raw ICU word break over the documents.
@MainActor func rawPass() -> Double {
    seconds {
        boundaryCount = 0
        for d in utf8Docs {
            d.withUnsafeBufferPointer { p in
                boundaryCount += kt_raw_word_break_count(rawBreaker, UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self), Int64(p.count))
            }
        }
    }
}

/// `kaztext COMMAND --format jsonl` over the input once: seconds and peak RSS.
@MainActor func endToEnd(_ command: String) -> (seconds: Double, rss: Double) {
    let (t, rss, status) = runKaztext(options.kaztext, [command, "--format", "jsonl", input])
    if status != 0 { print("kaztext \(command) exited with \(status)"); exit(70) }
    return (t, rss)
}

// Each run times raw ICU right before and right after every measurement and keeps the ratio of the
// measurement to the mean of the two, so a machine whose speed drifts (a shared VM) moves both sides
// of a ratio together, also when it drifts during the measurement. Reported: the median MB/s and
// the median ratio over the runs.
var rows: [String: (mbps: [Double], ratio: [Double])] = [:]
var e2eRSS = 0.0, extE2eRSS = 0.0
/// Records measurement `t` against raw ICU timed just before (`before`) and just after (`after`) it.
@MainActor func record(_ name: String, _ t: Double, _ before: Double, _ after: Double) {
    rows[name, default: ([], [])].mbps.append(mb / t)
    rows[name, default: ([], [])].ratio.append((before + after) / 2 / t)
}
for _ in 0..<options.runs {
    let r1 = rawPass()
    rawTimes.append(r1)
    record("raw", r1, r1, r1)
    let tokT = seconds {
        tokenCount = 0
        for d in docs {
            tokenCount += (try? tokenizer.tokenize(Document(id: "b", text: d)))?.tokens.count ?? 0
        }
    }
    let r2 = rawPass()
    record("tok", tokT, r1, r2)
    let extT = seconds {
        spanCount = 0
        for d in docs {
            spanCount += (try? extractor.extract(Document(id: "b", text: d)))?.spans.count ?? 0
        }
    }
    let r3 = rawPass()
    record("ext", extT, r2, r3)
    let (tokE2e, tokRSS) = endToEnd("tokenize")
    let r4 = rawPass()
    record("tokE2e", tokE2e, r3, r4)
    e2eRSS = max(e2eRSS, tokRSS)
    let (extE2eT, extRSS) = endToEnd("extract")
    let r5 = rawPass()
    record("extE2e", extE2eT, r4, r5)
    extE2eRSS = max(extE2eRSS, extRSS)
}
utf8Docs = []
let raw = mb / median(rawTimes)

@MainActor func row(_ label: String, _ key: String, _ note: String) {
    let r = rows[key]!
    print(label.padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: "%8.1f MB/s   %5.2f× ICU raw   ", median(r.mbps), median(r.ratio)) + note)
}
print("")
row("raw ICU word break (UTF-8 UText, kk)", "raw", "\(boundaryCount) boundaries")
row("Tokenizer (tokens + sentences + norm)", "tok", "\(tokenCount) tokens, 1 thread")
row("kaztext tokenize --format jsonl (e2e)", "tokE2e", String(format: "all cores, peak RSS %.0f MB", e2eRSS))
row("Extractor (tokens + all spans)", "ext", "\(spanCount) spans, 1 thread")
row("kaztext extract --format jsonl (e2e)", "extE2e", String(format: "all cores, peak RSS %.0f MB", extE2eRSS))
print("ratios: each measurement over the mean of raw ICU timed just before and just after it in the same run; medians of \(options.runs) runs")
// The run-by-run ratios of the two extraction rows, unrounded enough to see a borderline run.
for (label, key) in [("Extractor, 1 thread", "ext"), ("kaztext extract e2e", "extE2e")] {
    print("  \(label), ratio of each run: " + rows[key]!.ratio.map { String(format: "%.3f", $0) }.joined(separator: " "))
}
hostileRows(docs, megabytes: options.hostileMegabytes, runs: options.runs)
print(String(format: "bench process peak RSS: %.0f MB", peakRSSSelfMB()))

if options.rssGigabytes > 0 {
    let big = options.workDirectory + "/bench-big.jsonl"
    let textBytes = writeJSONL(docs, to: big, repeatUntilBytes: Int(options.rssGigabytes * 1e9))
    let size = (try? FileManager.default.attributesOfItem(atPath: big)[.size] as? Int) ?? 0
    for command in ["tokenize"] + (options.rssExtract ? ["extract"] : []) {
        let (t, rss, status) = runKaztext(options.kaztext, [command, "--format", "jsonl", big])
        print(String(format: "\n%.2f GB JSONL input (%.0f MB of text): kaztext %@ exit %d, %.1f s, %.1f MB/s, peak RSS %.0f MB",
                     Double(size) / 1e9, Double(textBytes) / 1e6, command, status, t, Double(textBytes) / 1e6 / t, rss))
    }
    try? FileManager.default.removeItem(atPath: big)
}
try? FileManager.default.removeItem(atPath: input)

import Foundation

/// When KAZTEXT_PEAK_RSS_FILE is set (by kaztext-bench), writes this process's peak resident
/// set size in kB (VmHWM from /proc/self/status) to that file at exit.
enum PeakMemory {
    static func reportAtExitIfAsked() {
        guard ProcessInfo.processInfo.environment["KAZTEXT_PEAK_RSS_FILE"] != nil else { return }
        atexit {
            guard let path = ProcessInfo.processInfo.environment["KAZTEXT_PEAK_RSS_FILE"],
                  let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                  let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return }
            let kilobytes = line.split(separator: " ").dropFirst().first.map(String.init) ?? ""
            try? kilobytes.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}

// swift-tools-version:6.0
// libFuzzer harnesses for KazakhText, kept out of the main package so that `swift build` and
// `swift test` never pay for them. Built by `scripts/fuzz.sh` with
// `-sanitize=fuzzer,address`; see docs/notes/fuzz.md.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, whatever the clone is called.
let main = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().deletingLastPathComponent()
let kazakhText = Target.Dependency.product(name: "KazakhText", package: main.lastPathComponent)

let package = Package(
    name: "KazakhTextFuzz",
    dependencies: [
        .package(path: main.path),
    ],
    targets: [
        // The libFuzzer driver call and the output properties every harness checks.
        .target(
            name: "FuzzSupport",
            dependencies: [kazakhText]
        ),
        .executableTarget(name: "fuzz-tokenize", dependencies: ["FuzzSupport", kazakhText]),
        .executableTarget(name: "fuzz-numerals", dependencies: ["FuzzSupport", kazakhText]),
        .executableTarget(name: "fuzz-extract", dependencies: ["FuzzSupport", kazakhText]),
        .executableTarget(name: "fuzz-jsonl", dependencies: ["FuzzSupport", kazakhText]),
    ],
    swiftLanguageModes: [.v6]
)

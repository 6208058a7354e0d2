// swift-tools-version:6.0
import PackageDescription

// A client of KazakhText, as another project would write it: it depends on the library by path
// and uses only its public API. `bash scripts/ci-examples.sh` (from the package root) builds and
// runs both programs.
let package = Package(
    name: "KazakhTextExamples",
    dependencies: [
        .package(name: "KazakhText", path: ".."),
    ],
    targets: [
        // `newsroom FOLDER`: who said what, and the largest money figures, in a folder of texts.
        .executableTarget(
            name: "newsroom",
            dependencies: [.product(name: "KazakhText", package: "KazakhText")],
            path: "Sources/newsroom"
        ),
        // The code of the DocC getting-started article and of the README's "Use the library".
        .executableTarget(
            name: "getting-started",
            dependencies: [.product(name: "KazakhText", package: "KazakhText")],
            path: "Sources/getting-started"
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "KazakhText",
    products: [
        .library(name: "KazakhText", targets: ["KazakhText"]),
        .executable(name: "kaztext", targets: ["kaztext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        // Link-only: no ICU header is visible to Swift (Foundation carries its own ICU).
        .systemLibrary(
            name: "CICU",
            path: "Sources/CICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // A thin, batch-oriented C bridge: opaque handles, plain C types.
        .target(
            name: "ICUBridge",
            dependencies: ["CICU"],
            path: "Sources/ICUBridge",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // gzip, zstd and xz streams as stdio FILEs, through Debian's zlib, libzstd and liblzma
        // (scripts/setup.sh installs their -dev packages).
        .target(
            name: "CompressedStreams",
            path: "Sources/CompressedStreams",
            linkerSettings: [.linkedLibrary("z"), .linkedLibrary("zstd"), .linkedLibrary("lzma")]
        ),
        .target(
            name: "KazakhText",
            dependencies: ["ICUBridge", "CompressedStreams", .product(name: "BigInt", package: "BigInt")],
            path: "Sources/KazakhText"
        ),
        .executableTarget(
            name: "kaztext",
            dependencies: [
                "KazakhText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/kaztext"
        ),
        .executableTarget(
            name: "kaztext-bench",
            dependencies: ["KazakhText", "ICUBridge"],
            path: "Benchmarks/kaztext-bench"
        ),
        .testTarget(
            name: "KazakhTextTests",
            dependencies: ["KazakhText", .product(name: "BigInt", package: "BigInt")],
            path: "Tests/KazakhTextTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tidings",
    products: [
        .library(name: "Tidings", targets: ["Tidings"]),
        .executable(name: "tidings", targets: ["tidings"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The only place that includes ICU headers: a C shim with stable, unrenamed names.
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // Small Swift types over ICU; every other target uses these, never ICU itself.
        .target(name: "ICU", dependencies: ["CICUShim"]),
        // Turns the top-level `rules/` folder into Swift source, so built-in rules need no files at run time.
        .executableTarget(name: "EmbedRulesTool", path: "Sources/EmbedRulesTool"),
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["EmbedRulesTool"]),
        .target(
            name: "Tidings",
            dependencies: ["ICU", .product(name: "Yams", package: "Yams")],
            plugins: ["EmbedRules"]
        ),
        .executableTarget(
            name: "tidings",
            dependencies: ["Tidings", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "ICUTests", dependencies: ["ICU"]),
        .testTarget(name: "TidingsTests", dependencies: ["Tidings"]),
        .testTarget(name: "tidingsCLITests", dependencies: ["tidings"]),
    ]
)

// swift-tools-version:6.0
// A package that depends on Tidings, as a user's would: proves the built-in rules travel with the
// library (no rule files are read at run time) and shows the library API.
import PackageDescription

let package = Package(
    name: "LibraryUse",
    dependencies: [.package(name: "Tidings", path: "../..")],
    targets: [
        .executableTarget(name: "LibraryUse", dependencies: [.product(name: "Tidings", package: "Tidings")])
    ]
)

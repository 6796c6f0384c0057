// swift-tools-version:6.0
// libFuzzer targets for Dicta's input stages, in one binary, built and run by `Fuzz/run.sh` (never by the main
// package's `swift build`): it is linked with `-sanitize=fuzzer,address`, and its `main`
// hands the command line to libFuzzer's driver.
import Foundation
import PackageDescription

// A path dependency is known by its folder's name, which is whatever the checkout is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let dicta = root.lastPathComponent

let package = Package(
    name: "DictaFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "dicta-fuzz", dependencies: [
            "FuzzDriver",
            .product(name: "DictaCore", package: dicta),
            .product(name: "DictaPipeline", package: dicta),
        ]),
    ]
)

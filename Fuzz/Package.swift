// swift-tools-version:6.0
// libFuzzer targets for Dicta's input stages, built and run by `Fuzz/run.sh` (never by the main
// package's `swift build`): each is linked with `-sanitize=fuzzer,address`, and its `main`
// hands the command line to libFuzzer's driver.
import Foundation
import PackageDescription

// A path dependency is known by its folder's name, which is whatever the checkout is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let dicta = root.lastPathComponent

func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzDriver"] + products.map { .product(name: $0, package: dicta) })
}

let package = Package(
    name: "DictaFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        fuzzTarget("fuzz-html", ["DictaCore", "DictaPipeline"]),
        fuzzTarget("fuzz-text", ["DictaCore", "DictaPipeline"]),
        fuzzTarget("fuzz-quotes", ["DictaCore", "DictaPipeline"]),
        fuzzTarget("fuzz-jsonl", ["DictaCore"]),
    ]
)

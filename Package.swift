// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "Dicta",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dicta", targets: ["dicta"]),
        .library(name: "DictaCore", targets: ["DictaCore"]),
        .library(name: "DictaExtract", targets: ["DictaExtract"]),
        .library(name: "DictaText", targets: ["DictaText"]),
        .library(name: "DictaQuotes", targets: ["DictaQuotes"]),
        .library(name: "DictaPeople", targets: ["DictaPeople"]),
        .library(name: "DictaPipeline", targets: ["DictaPipeline"]),
        .library(name: "DictaStore", targets: ["DictaStore"]),
        .library(name: "DictaServer", targets: ["DictaServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Only DictaServer (and the CLI's `serve`) depend on it: the pipeline modules and
        // their tests build without it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Hummingbird's own transport: its idle timeout is a NIO TimeAmount.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
    ],
    targets: [
        .target(name: "DictaCore", swiftSettings: strict),
        .systemLibrary(name: "CLibDeflate", pkgConfig: "libdeflate",
                       providers: [.apt(["libdeflate-dev"])]),
        // zlib's streaming inflate, for JSON-lines (and later WARC) inputs too large to
        // decompress at once; libdeflate has no streaming interface.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        // Mozilla's universal charset detector, for pages whose declared charset is wrong.
        .systemLibrary(name: "CUchardet", pkgConfig: "uchardet",
                       providers: [.apt(["libuchardet-dev"])]),
        .target(name: "DictaExtract", dependencies: ["DictaCore", "CLibDeflate", "CLibXML2", "CUchardet"],
                resources: [.process("Resources")], swiftSettings: strict),
        .target(name: "DictaText", dependencies: ["DictaCore"],
                resources: [.process("Resources")], swiftSettings: strict),
        // LIBLINEAR, for the learned parts of attribution (logistic regression with probabilities).
        .systemLibrary(name: "CLibLinear", providers: [.apt(["liblinear-dev"])]),
        .target(name: "DictaQuotes", dependencies: ["DictaCore", "DictaText", "DictaPeople", "CLibLinear"],
                resources: [.process("Resources")], swiftSettings: strict),
        .target(name: "DictaPeople", dependencies: ["DictaCore", "DictaText"],
                resources: [.process("Resources")], swiftSettings: strict),
        .target(name: "DictaStore", dependencies: [
            "DictaCore", "DictaPeople", .product(name: "GRDB", package: "GRDB.swift"),
        ], swiftSettings: strict),
        .target(name: "DictaPipeline", dependencies: [
            "DictaCore", "DictaExtract", "DictaText", "DictaQuotes", "CZlib",
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: strict),
        .target(name: "DictaServer", dependencies: [
            "DictaCore", "DictaStore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
        ], resources: [.copy("Resources")], swiftSettings: strict),
        .executableTarget(name: "dicta", dependencies: [
            "DictaCore", "DictaPipeline", "DictaStore", "DictaPeople", "DictaServer", "DictaQuotes", "DictaText",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: strict),
        .testTarget(name: "DictaCoreTests", dependencies: ["DictaCore"]),
        .testTarget(name: "DictaExtractTests", dependencies: ["DictaExtract"]),
        .testTarget(name: "DictaTextTests", dependencies: ["DictaText"]),
        .testTarget(name: "DictaQuotesTests", dependencies: ["DictaQuotes", "DictaText"]),
        .testTarget(name: "DictaPeopleTests", dependencies: ["DictaPeople", "DictaText"]),
        .testTarget(name: "DictaStoreTests", dependencies: ["DictaStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "DictaCLITests", dependencies: ["dicta", "DictaPipeline", "DictaStore"]),
        .testTarget(name: "DictaServerTests", dependencies: [
            "DictaServer", "DictaStore", "DictaPipeline",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ]
)

import DictaCore
import DictaPipeline
import Foundation
import Testing

/// Replays every input the fuzzers start from (`Fuzz/seeds/`) and every input that once broke
/// one (`Fuzz/regressions/`) through the fuzz targets' checks, so that a fixed finding stays
/// fixed without building the sanitized targets.
@Suite struct FuzzRegressionTests {
    static let fuzz = CLI.packageRoot.appendingPathComponent("Fuzz")

    /// The inputs kept for one fuzz target, as paths under `Fuzz/` (readable test-case names).
    static func inputs(_ target: String) -> [String] {
        ["seeds", "regressions"].flatMap { folder -> [String] in
            let dir = fuzz.appendingPathComponent("\(folder)/\(target)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\(target)/\($0)" }
        }
    }

    static func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: fuzz.appendingPathComponent(path))
    }

    @Test func everyTargetHasSeeds() {
        for target in ["html", "text", "quotes", "jsonl"] {
            #expect(!Self.inputs(target).filter { $0.hasPrefix("seeds/") }.isEmpty, "no seeds for fuzz-\(target)")
        }
    }

    @Test(arguments: inputs("html"))
    func html(_ name: String) throws {
        try pageOracle(Self.bytes(name), source: "fuzz.html")
    }

    @Test(arguments: inputs("text"))
    func text(_ name: String) throws {
        try pageOracle(Self.bytes(name), source: "fuzz.txt")
    }

    /// An extraction error is an allowed answer; an article the store would refuse is not.
    func pageOracle(_ data: Data, source: String) {
        guard let doc = try? Pipeline().run(data, source: source) else { return }
        #expect(doc.validationProblem() == nil)
    }

    @Test(arguments: inputs("quotes"))
    func quotes(_ name: String) throws {
        let body = String(decoding: try Self.bytes(name), as: UTF8.self)
        let doc = Pipeline().attribute(Article(source: "fuzz", language: "en", body: body))
        #expect(doc.validationProblem() == nil)
    }

    @Test(arguments: inputs("jsonl"))
    func jsonLines(_ name: String) throws {
        let decoder = JSONDecoder()
        for line in try Self.bytes(name).split(separator: UInt8(ascii: "\n")) {
            guard let doc = try? decoder.decode(AttributedArticle.self, from: Data(line)),
                  doc.validationProblem() == nil else { continue }
            let back = try decoder.decode(AttributedArticle.self, from: Data(doc.jsonLine().utf8))
            #expect(back.validationProblem() == nil)
            #expect(back.article == doc.article)
        }
    }
}

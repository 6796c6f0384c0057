import Foundation
import Testing

/// The figures we report, pinned: the built `dicta` over the news-quotes pages and the PolNeAR
/// dev texts, scored by the shared scorers, must not fall below what the code reached when the
/// floors were set (less one point), so that a regression is red here rather than a surprise.
/// Raise a floor when a change lifts its figure; never lower one to make a change pass.
@Suite struct CorpusFloorTests {
    static let corpora = CLI.shared.appendingPathComponent("corpora")
    static let tools = CLI.shared.appendingPathComponent("tools")

    /// news-quotes (HTML in, `e2e_score.py`): quote F1, speaker right (lenient), joint.
    static let newsQuotesFloors: [String: Double] = ["f1": 88.2, "speaker_lenient": 87.4, "joint_lenient": 81.3]
    /// PolNeAR dev (`--raw`, `polnear_score.py`).
    static let polnearFloors: [String: Double] = ["joint": 59.2, "content_soft": 64.1, "content_exact": 49.6, "direct_joint": 87.0,
                                                  "speaker_acc": 92.6, "identity_lenient": 81.4]

    @Test func newsQuotesScoresHoldTheirFloors() throws {
        let gold = Self.corpora.appendingPathComponent("news-quotes/gold.json")
        struct Page: Decodable { let id: String }
        let pages = try JSONDecoder().decode([Page].self, from: Data(contentsOf: gold))
        #expect(pages.count >= 40)
        let files = pages.map { Self.corpora.appendingPathComponent("webpages/html/\($0.id).html.gz").path }
        let scores = try score(extract: ["extract", "--format", "jsonl"] + files) { ["e2e_score.py", gold.path, $0] }
        for (key, floor) in Self.newsQuotesFloors {
            let got = try #require(scores[key] as? Double, "e2e_score.py printed no \(key)")
            #expect(got >= floor, "news-quotes \(key) \(got) is below its floor \(floor)")
        }
    }

    @Test func polnearScoresHoldTheirFloors() throws {
        let dev = Self.corpora.appendingPathComponent("polnear/dev")
        let texts = try FileManager.default.contentsOfDirectory(atPath: dev.appendingPathComponent("text").path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { dev.appendingPathComponent("text/\($0)").path }
        #expect(texts.count >= 80)
        let identity = Self.corpora.appendingPathComponent("polnear/dev-identity.json").path
        let scores = try score(extract: ["extract", "--raw", "--format", "jsonl"] + texts) {
            ["polnear_score.py", dev.path, $0, "--json", "--identity", identity]
        }
        func figure(_ key: String) -> Double? {
            switch key {
            case "speaker_acc": scores["speaker_acc"] as? Double
            case "identity_lenient": (scores["identity"] as? [String: Any])?["lenient"] as? Double
            default: (scores[key] as? [String: Any])?["f1"] as? Double
            }
        }
        for (key, floor) in Self.polnearFloors {
            let got = try #require(figure(key), "polnear_score.py printed no \(key)")
            #expect(got >= floor, "PolNeAR \(key) \(got) is below its floor \(floor)")
        }
    }

    /// Runs `dicta` with `extract`, writes its output to a file and returns the JSON that the
    /// scorer prints; `scorer` gets the output's path and gives the script under ../shared/tools
    /// and its arguments.
    func score(extract: [String], scorer: (String) -> [String]) throws -> [String: Any] {
        let dir = try TempDir()
        let out = dir.url.appendingPathComponent("out.jsonl")
        let run = try CLI.run(extract)
        #expect(run.status == 0, "dicta extract failed: \(run.stderr.prefix(500))")
        try Data(run.stdout.utf8).write(to: out)
        var args = scorer(out.path)
        args[0] = Self.tools.appendingPathComponent(args[0]).path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + args
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = readAll(pipe.fileHandleForReading)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(args[0]) failed")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

import ArgumentParser
import DictaCore
import DictaPipeline
import DictaStore
import Foundation

struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract articles and store them with their statements.",
        discussion: """
            Each article is stored whole in one transaction, or not at all. Ingesting the same \
            article again changes nothing. A progress line is shown on stderr when it is a terminal.
            """)

    @OptionGroup var store: StoreOptions

    @Flag(help: "Take each input as the article body, byte for byte (no cleaning).")
    var raw = false

    @Flag(help: "The inputs are JSON lines from `dicta extract --format jsonl` or `dicta export`: store those articles as they are, without extracting again.")
    var extracted = false

    @OptionGroup var inputs: InputOptions

    func validate() throws {
        if raw && extracted { throw ValidationError("--raw and --extracted do not go together: extracted articles are not extracted again.") }
    }

    func run() async throws {
        let db = try store.open(creating: true)
        // People a batch that stopped early left unsettled, then this batch's own.
        try db.settle()
        let table = try inputs.metadataTable()
        var progress = Progress(enabled: Diagnostics.stderrIsTerminal)
        let withMetadata: @Sendable (AttributedArticle) -> (AttributedArticle, Bool) = { found in
            var doc = found
            let entry = table?.entry(for: found.article)
            if let entry { doc.article = found.article.applying(entry) }
            return (doc, entry != nil)
        }
        // Articles are stored `Self.perTransaction` at a time, in one transaction (each whole
        // or not at all), and people are formed once, by the settle() that ends the batch.
        var pending: [(doc: AttributedArticle, updatingMetadata: Bool)] = []
        var notStored = 0
        func flush() throws {
            guard !pending.isEmpty else { return }
            let outcomes = try db.ingest(batch: pending, deferringPeople: true)
            for (item, outcome) in zip(pending, outcomes) {
                switch outcome {
                case .success(.stored): progress.stored += 1; progress.quotes += item.doc.quotes.count
                case .success(.updated): progress.updated += 1
                case .success(.unchanged): progress.unchanged += 1
                case .failure(let error):
                    notStored += 1
                    Diagnostics.error(InputFailure(name: item.doc.article.source, reason: "not stored: \(error)").description)
                }
            }
            pending.removeAll(keepingCapacity: true)
            progress.tick()
        }
        let store: ((AttributedArticle, Bool)) throws -> Void = { prepared in
            pending.append((prepared.0, prepared.1))
            if pending.count >= Self.perTransaction { try flush() }
        }
        let failed: Int
        if extracted {
            failed = Batch.runExtracted(try inputs.all()) { try store(withMetadata($0)) }
        } else {
            // One file is one article, so the progress line knows the total; JSON lines hold
            // an unknown number.
            let items = Inputs.expand(try inputs.all())
            let lines = items.contains { (try? $0.get()).map { PageReader.isJSONLines($0, stdinFormat: inputs.inputFormat) } ?? false }
            progress.total = lines ? nil : items.count
            failed = Batch.run(items, pipeline: Pipeline(options: .init(raw: raw)), jobs: inputs.jobs, stdinFormat: inputs.inputFormat,
                               prepare: withMetadata, body: store)
        }
        try flush()
        let allFailed = failed + notStored
        progress.failed = allFailed
        try db.settle()
        progress.finish()
        if allFailed > 0 { throw ExitCode(1) }
    }

    /// Articles per write transaction: enough that the search index's pages are written once
    /// for many articles, few enough that a crash loses little (a second run stores them).
    static let perTransaction = 64
}

/// The stderr progress line: counts, rate and, when the number of inputs is known, done of
/// total and the time left; redrawn at most ten times a second.
struct Progress {
    let enabled: Bool
    var stored = 0, updated = 0, unchanged = 0, failed = 0, quotes = 0
    /// How many inputs the batch has, when known (not for JSON lines).
    var total: Int?
    let started = Date()
    var lastDraw = Date.distantPast

    init(enabled: Bool) { self.enabled = enabled }

    mutating func tick() {
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        draw(end: "")
    }

    /// The last word on stderr, whatever it is attached to: one summary line (on a terminal it
    /// replaces the progress line).
    mutating func finish() {
        let secs = Date().timeIntervalSince(started)
        let line = "dicta ingest: \(stored) stored (\(counted(quotes, "statement"))), \(updated > 0 ? "\(updated) updated, " : "")\(unchanged) unchanged, \(failed) failed in \(String(format: "%.1f", secs)) s\n"
        FileHandle.standardError.write(Data(((enabled ? "\r\u{1B}[K" : "") + line).utf8))
    }

    func draw(end: String) {
        let n = stored + updated + unchanged
        let secs = max(Date().timeIntervalSince(started), 0.001)
        let rate = String(format: "%.1f", Double(n) / secs)
        var done = "\(n)"
        var left = ""
        if let total, total > 0 {
            done = "\(n + failed)/\(total)"
            let perInput = secs / Double(max(n + failed, 1))
            let remaining = Int((perInput * Double(max(total - n - failed, 0))).rounded())
            left = String(format: ", %d:%02d left", remaining / 60, remaining % 60)
        }
        let line = "\r\u{1B}[K\(done) articles: \(stored) stored (\(counted(quotes, "statement"))), \(unchanged) unchanged, \(failed) failed — \(rate) articles/s\(left)" + end
        FileHandle.standardError.write(Data(line.utf8))
    }
}

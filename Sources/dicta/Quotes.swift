import ArgumentParser
import DictaCore
import DictaStore
import Foundation

struct Quotes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored statements, filtered by speaker, topic, outlet, kind and date.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, csv }

    @OptionGroup var store: StoreOptions
    @Option(help: "Speaker name or alias (\"Shoigu\" finds Sergei Shoigu).") var speaker: String?
    @Option(help: "Words the statement must contain.") var about: String?
    @Option(help: "Outlet name.") var outlet: String?
    @Option(help: "direct, indirect or mixed.") var kind: QuoteKind?
    @Option(help: "Earliest publication date, YYYY-MM-DD.") var since: String?
    @Option(help: "Latest publication date, YYYY-MM-DD.") var until: String?
    @Option(help: "At most this many statements.") var limit: Int?
    @Option(help: "Only statements attributed with at least this confidence, 0 to 1.") var minConfidence: Double?
    @Option(help: "table, jsonl or csv.") var format: Format = .table
    @Flag(help: "One row per article that carried a statement, instead of one per statement with its sources.")
    var everyCopy = false

    func validate() throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let v = value, !DateArgument.isValid(v) {
                throw ValidationError("\(flag) wants a real date as YYYY-MM-DD (or YYYY-MM, YYYY); got \"\(v)\".")
            }
        }
        if let l = limit, l <= 0 { throw ValidationError("--limit must be positive.") }
        if let c = minConfidence, !(c.isFinite && (0...1).contains(c)) {
            throw ValidationError("--min-confidence wants a number from 0 to 1; got \(c).")
        }
    }

    func run() async throws {
        var filter = QuoteFilter(speaker: speaker, about: about, outlet: outlet, kind: kind, since: since,
                                 until: until, limit: limit)
        filter.minConfidence = minConfidence
        let store = try store.open(creating: false)
        // Every copy on its own is a group of one: one way of printing either.
        let groups = everyCopy
            ? try store.quotes(filter).map { StatementGroup(statement: $0, sources: [$0]) }
            : try store.statements(filter)
        var out = StandardOutput()
        switch format {
        case .table:
            if groups.isEmpty { out.write("No statements match.\n") }
            for g in groups {
                let r = g.statement
                let who = r.personName ?? r.quote.speaker?.name ?? "unknown speaker"
                let when = r.published ?? "undated"
                let count = g.sourceCount > 1 ? " · \(g.sourceCount) sources" : ""
                out.write("\(who) — \(r.quote.kind.rawValue), \(r.outlet ?? "?"), \(when), article \(r.articleID.prefix(8))\(count)\n")
                out.write("  \(Self.ellipsis(r.quote.text, 300))\n")
                // Each other article once, earliest first.
                var seen: Set<String> = [r.articleID]
                let others = g.sources.filter { seen.insert($0.articleID).inserted }
                    .map { "\($0.outlet ?? "?") \($0.published ?? "undated") (\($0.articleID.prefix(8)))" }
                if !others.isEmpty { out.write("  also in: \(others.joined(separator: ", "))\n") }
                out.write("\n")
            }
        case .jsonl:
            for g in groups { out.write(try JSONLines.statement(g) + "\n") }
        case .csv:
            out.write(CSV.row(["speaker", "mention", "kind", "text", "cue", "outlet", "published", "title", "article_id",
                               "source", "source_count"]))
            for g in groups {
                let r = g.statement
                out.write(CSV.row([r.personName ?? r.quote.speaker?.name ?? "", r.quote.speaker?.mention ?? "",
                                   r.quote.kind.rawValue, r.quote.text, r.quote.cue?.text ?? "", r.outlet ?? "",
                                   r.published ?? "", r.title ?? "", r.articleID, r.source, String(g.sourceCount)]))
            }
        }
        out.flush()
    }

    static func ellipsis(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n)) + "…" }
}

extension QuoteKind: ExpressibleByArgument {}

enum DateArgument {
    /// A real year, month or day (`2016-13-01` and `2020-02-30` are not).
    static func isValid(_ s: String) -> Bool { DatePrefix.isValid(s) }
}

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
    @Option(help: "table, jsonl or csv.") var format: Format = .table

    func validate() throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let v = value, !DateArgument.isValid(v) {
                throw ValidationError("\(flag) wants a date as YYYY-MM-DD (or YYYY-MM, YYYY); got \"\(v)\".")
            }
        }
        if let l = limit, l <= 0 { throw ValidationError("--limit must be positive.") }
    }

    func run() async throws {
        let rows = try store.open(creating: false).quotes(QuoteFilter(
            speaker: speaker, about: about, outlet: outlet, kind: kind, since: since, until: until, limit: limit))
        var out = StandardOutput()
        switch format {
        case .table:
            if rows.isEmpty { out.write("No statements match.\n") }
            for r in rows {
                let who = r.personName ?? r.quote.speaker?.name ?? "unknown speaker"
                let when = r.published ?? "undated"
                out.write("\(who) — \(r.quote.kind.rawValue), \(r.outlet ?? "?"), \(when), article \(r.articleID.prefix(8))\n")
                out.write("  \(Self.ellipsis(r.quote.text, 300))\n\n")
            }
        case .jsonl:
            for r in rows { out.write(try JSONLines.quote(r) + "\n") }
        case .csv:
            out.write(CSV.row(["speaker", "mention", "kind", "text", "cue", "outlet", "published", "title", "article_id", "source"]))
            for r in rows {
                out.write(CSV.row([r.personName ?? r.quote.speaker?.name ?? "", r.quote.speaker?.mention ?? "",
                                   r.quote.kind.rawValue, r.quote.text, r.quote.cue?.text ?? "", r.outlet ?? "",
                                   r.published ?? "", r.title ?? "", r.articleID, r.source]))
            }
        }
        out.flush()
    }

    static func ellipsis(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n)) + "…" }
}

extension QuoteKind: ExpressibleByArgument {}

enum DateArgument {
    static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) } && parts.dropFirst().allSatisfy { $0.count == 2 }
    }
}

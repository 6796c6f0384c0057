import ArgumentParser
import DictaCore
import DictaStore
import Foundation

struct Quotes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored statements, filtered by speaker, topic, outlet, kind and date.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, csv }

    @OptionGroup var store: StoreOptions
    @Option(help: "Speaker name or alias (\"Shoigu\" finds Sergei Shoigu); a name several people bear lists them.") var speaker: String?
    @Option(help: "Speaker by id (as `dicta speakers --format json` and the candidates list give it).") var speakerId: Int64?
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
        if speaker != nil && speakerId != nil { throw ValidationError("--speaker and --speaker-id do not go together: give one.") }
        try FilterArguments.check(since: since, until: until, minConfidence: minConfidence)
        if let l = limit, l <= 0 { throw ValidationError("--limit must be positive.") }
    }

    func run() async throws {
        var filter = QuoteFilter(speaker: speaker, about: about, outlet: outlet, kind: kind, since: since,
                                 until: until, limit: limit)
        filter.minConfidence = minConfidence
        let store = try store.open(creating: false)
        if let speakerId {
            filter.speaker = nil
            filter.personID = speakerId
        } else if let speaker, let id = try SpeakerChoosing.choose(speaker, in: store) {
            filter.personID = id
            filter.speaker = nil
        }
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
            out.write(StatementCSV.header)
            for g in groups { out.write(StatementCSV.row(g.statement, sourceCount: g.sourceCount)) }
        }
        out.flush()
    }

    static func ellipsis(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n)) + "…" }
}

extension QuoteKind: ExpressibleByArgument {}

/// The filter options several commands share, checked the same way everywhere.
enum FilterArguments {
    /// `--since`/`--until` are real years, months or days (`2016-13-01` and `2020-02-30` are
    /// not); `--min-confidence` is within 0…1.
    static func check(since: String? = nil, until: String? = nil, minConfidence: Double? = nil) throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let v = value, !DatePrefix.isValid(v) {
                throw ValidationError("\(flag) wants a real date as YYYY-MM-DD (or YYYY-MM, YYYY); got \"\(v)\".")
            }
        }
        if let c = minConfidence, !(c.isFinite && (0...1).contains(c)) {
            throw ValidationError("--min-confidence wants a number from 0 to 1; got \(c).")
        }
    }
}

/// A `--speaker NAME` made into one person: the one the name picks, with the others it can
/// mean named on stderr; a name that picks none of several is an error listing them.
enum SpeakerChoosing {
    /// The person's id; nil when the name names no one (the filter then finds nothing).
    static func choose(_ name: String, in store: some Store) throws -> Int64? {
        let choice = try store.speakerChoice(named: name)
        func listed(_ people: [SpeakerSummary]) -> String {
            people.prefix(8).map { "\($0.name) (id \($0.id), \(counted($0.quoteCount, "statement")))" }.joined(separator: ", ")
                + (people.count > 8 ? " and \(people.count - 8) more" : "")
        }
        if let picked = choice.picked {
            if !choice.others.isEmpty {
                Diagnostics.error("\"\(name)\" is \(picked.name) (id \(picked.id)); also named so: \(listed(choice.others)); choose another with --speaker-id ID")
            }
            return picked.id
        }
        guard !choice.others.isEmpty else { return nil }
        throw CommandFailure("\"\(name)\" names \(counted(choice.others.count, "speaker")): \(listed(choice.others)). Choose one with --speaker-id ID.")
    }
}

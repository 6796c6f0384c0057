import ArgumentParser
import DictaCore
import DictaStore
import Foundation

struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Share of voice: the most quoted speakers and outlets by month, and statements by gender.",
        discussion: """
            Counts statements once however many articles carried them, by their first \
            publication. Gender is the one a speaker's given name usually states (as the Gender \
            Gap Tracker counts it); "unknown" is shown, not hidden: a surname alone or a name \
            both sexes bear says none.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var store: StoreOptions
    @Option(help: "Only statements about this (an entity or words).") var about: String?
    @Option(help: "Outlet name.") var outlet: String?
    @Option(help: "Earliest publication date, YYYY-MM-DD (or YYYY-MM, YYYY).") var since: String?
    @Option(help: "Latest publication date, YYYY-MM-DD (or YYYY-MM, YYYY).") var until: String?
    @Option(help: "Only statements attributed with at least this confidence, 0 to 1.") var minConfidence: Double?
    @Option(help: "How many speakers and outlets to list.") var top = 10
    @Option(help: "table, or json.") var format: Format = .table

    func validate() throws {
        try FilterArguments.check(since: since, until: until, minConfidence: minConfidence)
        if top <= 0 { throw ValidationError("--top must be positive.") }
    }

    struct JSONSeries: Encodable {
        let name: String, id: Int64?, type: String?, statements: Int, months: [String: Int]
    }
    struct JSONOverview: Encodable {
        let statements: Int, undated: Int, months: [String: Int]
        let speakers: [JSONSeries], outlets: [JSONSeries]
        let gender: [String: Int], organizations: Int, unattributed: Int
    }

    func run() async throws {
        var filter = QuoteFilter(about: about, outlet: outlet, since: since, until: until)
        filter.minConfidence = minConfidence
        let o = try store.open(creating: false).overview(filter, top: top)
        var out = StandardOutput()
        switch format {
        case .json:
            func series(_ s: Overview.Series) -> JSONSeries {
                JSONSeries(name: s.name, id: s.id, type: s.type?.rawValue, statements: s.total, months: s.perMonth)
            }
            let e = JSONEncoder()
            e.outputFormatting = [.withoutEscapingSlashes, .prettyPrinted, .sortedKeys]
            let value = JSONOverview(statements: o.total, undated: o.undated, months: o.perMonth,
                                     speakers: o.speakers.map(series), outlets: o.outlets.map(series),
                                     gender: o.byGender, organizations: o.byOrganizations, unattributed: o.unattributed)
            out.write(String(decoding: try e.encode(value), as: UTF8.self) + "\n")
        case .table:
            let span = o.months.isEmpty ? "" : ", \(o.months.first!) – \(o.months.last!)"
            out.write("\(counted(o.total, "statement"))\(span)\(o.undated > 0 ? " (\(o.undated) undated)" : "")\n")
            func percent(_ n: Int, of total: Int) -> String { total == 0 ? "0%" : String(format: "%.0f%%", 100 * Double(n) / Double(total)) }
            out.write("\nMost quoted\n")
            for s in o.speakers {
                out.write("  \(String(s.total).leftPad(6))  \(percent(s.total, of: o.total).leftPad(4))  \(s.name)\(s.type == .organization ? " [organization]" : "")\(Self.busiest(s))\n")
            }
            out.write("\nOutlets\n")
            for s in o.outlets {
                out.write("  \(String(s.total).leftPad(6))  \(percent(s.total, of: o.total).leftPad(4))  \(s.name)\(Self.busiest(s))\n")
            }
            let people = o.byGender.values.reduce(0, +)
            out.write("\nStatements by people, by the gender their given name states (\(people) statements)\n")
            for g in ["female", "male", "unknown"] {
                let n = o.byGender[g] ?? 0
                out.write("  \(String(n).leftPad(6))  \(percent(n, of: people).leftPad(4))  \(g)\n")
            }
            out.write("  (and \(counted(o.byOrganizations, "statement")) by organizations, \(o.unattributed) with no named speaker)\n")
        }
        out.flush()
    }

    /// ", busiest 2016-03 (41)": the month with most statements.
    static func busiest(_ s: Overview.Series) -> String {
        guard let m = s.perMonth.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return "" }
        return ", busiest \(m.key) (\(m.value))"
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}

import ArgumentParser
import DictaStore

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write out everything stored: articles as JSON lines, or statements as CSV.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }

    @OptionGroup var store: StoreOptions
    @Option(help: "jsonl: one article a line, in the extract JSON contract; csv: one statement a row.")
    var format: Format = .jsonl

    func run() async throws {
        let db = try store.open(creating: false)
        var out = StandardOutput()
        switch format {
        case .jsonl:
            try db.forEachArticle { doc in out.write(doc.jsonLine() + "\n") }
        case .csv:
            // Every copy of every statement, in the columns `quotes --format csv` prints.
            let rows = try db.quotes(QuoteFilter())
            var copies: [Int64: Int] = [:]
            for r in rows { if let g = r.groupID { copies[g, default: 0] += 1 } }
            out.write(StatementCSV.header)
            for r in rows { out.write(StatementCSV.row(r, sourceCount: r.groupID.flatMap { copies[$0] } ?? 1)) }
        }
        out.flush()
    }
}

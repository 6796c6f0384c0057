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
        if format == .csv {
            out.write(CSV.row(["article_id", "title", "outlet", "published", "kind", "speaker", "mention", "cue", "text", "start", "end"]))
        }
        try db.forEachArticle { doc in
            switch format {
            case .jsonl: out.write(doc.jsonLine() + "\n")
            case .csv:
                let a = doc.article
                for q in doc.quotes {
                    out.write(CSV.row([a.id, a.title ?? "", a.outlet ?? "", a.published ?? "", q.kind.rawValue,
                                       q.speaker?.name ?? "", q.speaker?.mention ?? "", q.cue?.text ?? "", q.text,
                                       q.content.first.map { "\($0.start)" } ?? "", q.content.last.map { "\($0.end)" } ?? ""]))
                }
            }
        }
        out.flush()
    }
}

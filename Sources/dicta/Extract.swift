import ArgumentParser
import DictaCore
import DictaPipeline
import Foundation

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract articles and their statements; print them (JSON lines by default).",
        discussion: """
            INPUT is a file, a directory (read recursively) or - for standard input. `.txt` is \
            scraped page text, `.html`/`.htm` is HTML, a `.gz` suffix is decompressed first; \
            `.jsonl` (and standard input with --input-format jsonl) holds a page a line, \
            {"url", "html"} or {"url", "text"} with optional "published", "title", "outlet" and \
            "authors" that fill what the page does not say; a line's source is FILE:LINE. \
            Stateless: nothing is stored.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json, text }

    @Flag(help: "Take each input as the article body, byte for byte (no cleaning).")
    var raw = false

    @Flag(help: "Extract the article only: no statements or entities (faster).")
    var noStatements = false

    @Option(help: "Output format: jsonl (one article a line), json (an array) or text.")
    var format: Format = .jsonl

    @OptionGroup var inputs: InputOptions

    func run() async throws {
        let pipeline = Pipeline(options: .init(raw: raw, articleOnly: noStatements))
        var out = StandardOutput()
        var first = true
        if format == .json { out.write("[\n") }
        let table = try inputs.metadataTable()
        let format = format
        // Each article is rendered on the worker that made it; only the writing is in order.
        let failed = Batch.run(Inputs.expand(try inputs.all()), pipeline: pipeline, jobs: inputs.jobs,
                               stdinFormat: inputs.inputFormat, prepare: { found in
            var doc = found
            if let entry = table?.entry(for: found.article) { doc.article = found.article.applying(entry) }
            switch format {
            case .jsonl, .json: return doc.jsonLine()
            case .text: return TextRendering.article(doc, color: false)
            }
        }) { rendered in
            switch format {
            case .jsonl, .text: out.write(rendered + "\n")
            case .json:
                out.write((first ? "" : ",\n") + rendered)
                first = false
            }
            // Each article out as soon as it is made: a slow input later in the batch does not
            // hold back those before it.
            out.flush()
        }
        if format == .json { out.write("\n]\n") }
        out.flush()
        if failed > 0 { throw ExitCode(1) }
    }
}

import ArgumentParser
import DictaStore

struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over statements, speakers and titles, best match first.")

    @OptionGroup var store: StoreOptions
    @Option(help: "At most this many results.") var limit = 20
    @Argument(help: "Words to look for.") var query: [String]

    func validate() throws {
        if query.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("Give words to search for.") }
        if limit <= 0 { throw ValidationError("--limit must be positive.") }
    }

    func run() async throws {
        let hits = try store.open(creating: false).search(query.joined(separator: " "), limit: limit)
        var out = StandardOutput()
        if hits.isEmpty { out.write("No matches.\n") }
        for h in hits {
            switch h.kind {
            case .quote:
                out.write("\(h.speaker ?? "unknown speaker") in “\(h.title ?? "untitled")” [\(h.articleID.prefix(8))]\n  \(h.snippet)\n\n")
            case .article:
                out.write("article “\(h.title ?? "untitled")” [\(h.articleID.prefix(8))]\n  \(h.snippet)\n\n")
            }
        }
        out.flush()
    }
}

import Foundation

import ArgumentParser
import DictaStore

struct Speakers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people who made stored statements, one per real person, with aliases.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let rows = try store.open(creating: false).speakers()
        var out = StandardOutput()
        if rows.isEmpty { out.write("No speakers yet.\n") }
        for s in rows {
            let aka = s.aliases.isEmpty ? "" : " (also: \(s.aliases.joined(separator: ", ")))"
            let span = [s.firstPublished, s.lastPublished].compactMap { $0 }
            let dates = span.isEmpty ? "" : ", " + (span.first == span.last ? span[0] : "\(span[0]) – \(span[1])")
            out.write("\(s.name)\(aka): \(s.quoteCount) statement(s) in \(s.articleCount) article(s)\(dates)\n")
        }
        out.flush()
    }
}

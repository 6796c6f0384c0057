import ArgumentParser
import DictaStore

struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a stored article with its statements marked and attributed.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Highlight with terminal colours even when stdout is not a terminal.") var color = false
    @Argument(help: "The article id, or a unique prefix of it (4 characters or more).") var article: String

    func run() async throws {
        // Shorter prefixes match nothing (an id is 16 characters): say so rather than "no article".
        guard article.count >= 4 else {
            throw CommandFailure("An article id or prefix needs 4 characters or more; got \"\(article)\".")
        }
        guard let doc = try store.open(creating: false).article(id: article) else {
            throw CommandFailure("No stored article has id \(article).")
        }
        var out = StandardOutput()
        out.write(TextRendering.article(doc, color: color || Diagnostics.stdoutIsTerminal) + "\n")
        out.flush()
    }
}

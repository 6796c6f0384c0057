import ArgumentParser
import DictaPipeline
import Foundation

/// The inputs of `extract` and `ingest`: paths on the command line and, for long lists, a file
/// of paths.
///
/// `--files-from` exists because swift-argument-parser 1.x appends each positional value by
/// copying the array built so far, so a command line of n paths costs O(n²): 16,000 paths
/// took 8.8 s to parse on this machine. A list file is read in one pass, and it also escapes
/// the shell's argument-length limit.
struct InputOptions: ParsableArguments {
    @Option(name: .customLong("files-from"), help: ArgumentHelp(
        "Read more inputs from this file, one path a line (- for standard input).", valueName: "list"))
    var filesFrom: String?

    @Option(help: ArgumentHelp(
        "A table of metadata (TSV, or CSV when named .csv) whose rows fill in or override each input's url, title, outlet, published and authors, keyed by file name or id.",
        valueName: "file"))
    var metadata: String?

    @Option(help: ArgumentHelp(
        "How many inputs to work on at once (default: every core). The output is the same, in input order, for any number.",
        valueName: "n"))
    var jobs: Int = OrderedWork.cores

    @Option(name: .customLong("input-format"), help: ArgumentHelp(
        "How standard input is read: page (one HTML or text page) or jsonl (a page a line, {\"url\", \"html\"} or {\"url\", \"text\"}). Files named .jsonl are always read as JSON lines.",
        valueName: "format"))
    var inputFormat: InputFormat = .page

    @Argument(help: "Files, directories, or - for standard input.")
    var inputs: [String] = []

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be 1 or more, not \(jobs).") }
        if inputs.isEmpty && filesFrom == nil {
            throw ValidationError("Give at least one input file, directory, or - for stdin (or --files-from LIST).")
        }
        if filesFrom == "-" && inputs.contains("-") {
            throw ValidationError("Standard input cannot be both the list of files and an input.")
        }
    }

    /// The `--metadata` table, its row problems reported on stderr; nil without the option.
    func metadataTable() throws -> MetadataTable? {
        guard let metadata else { return nil }
        let table: MetadataTable
        do { table = try MetadataTable(contentsOf: metadata) } catch { throw CommandFailure("\(error)") }
        for w in table.warnings { Diagnostics.error(w) }
        return table
    }

    /// The command-line inputs followed by those of the list file; blank lines are skipped and
    /// a line's surrounding spaces are kept (file names may hold them).
    func all() throws -> [String] {
        guard let list = filesFrom else { return inputs }
        let data: Data
        do {
            data = list == "-" ? FileHandle.standardInput.readDataToEndOfFile()
                : try Data(contentsOf: URL(fileURLWithPath: list))
        } catch {
            throw CommandFailure("Cannot read the list of files \(list): \(error.localizedDescription)")
        }
        var paths = inputs
        // "\r\n" is one Character in Swift, so both line ends are named.
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            paths.append(String(line))
        }
        return paths
    }
}

extension InputFormat: ExpressibleByArgument {}

import DictaCore
import DictaPipeline
import Foundation

/// Runs the pipeline over every input, reporting each failure as one stderr line and going on.
enum Batch {
    /// Calls `body` for each article; returns how many inputs failed.
    static func run(_ args: [String], pipeline: Pipeline, body: (AttributedArticle) throws -> Void) -> Int {
        var failed = 0
        for entry in Inputs.expand(args) {
            do {
                let item = try entry.get()
                let data = try Inputs.read(item)
                let doc: AttributedArticle
                do {
                    doc = try pipeline.run(data, source: item.name)
                } catch {
                    throw InputFailure(name: item.name, reason: "\(error)")
                }
                try body(doc)
            } catch let f as InputFailure {
                failed += 1
                Diagnostics.error(f.description)
            } catch {
                failed += 1
                Diagnostics.error("\(error)")
            }
        }
        return failed
    }
}

/// Diagnostics go to stderr, one line each, prefixed with the program name.
enum Diagnostics {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data(("dicta: " + line + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
}

/// Buffered stdout: printing one article a line through `print` is slow for large batches.
struct StandardOutput {
    private var buffer = Data()
    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count > 1 << 16 { flush() }
    }
    mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

import DictaCore
import DictaPipeline
import Foundation

/// Runs the pipeline over every input, reporting each failure as one stderr line and going on.
enum Batch {
    /// Calls `body` for each article; returns how many inputs failed.
    static func run(_ args: [String], pipeline: Pipeline, jobs: Int = 1, stdinFormat: InputFormat = .page,
                    body: (AttributedArticle) throws -> Void) -> Int {
        run(Inputs.expand(args), pipeline: pipeline, jobs: jobs, stdinFormat: stdinFormat, prepare: { $0 }, body: body)
    }

    /// ``run(_:pipeline:jobs:stdinFormat:body:)`` over inputs already expanded (so a caller
    /// knows their number), each file a page or, for JSON lines, a page a line. `prepare` runs on the worker threads beside the pipeline (rendering a line, say);
    /// `body` runs on the calling thread, in input order, so that the output and the stderr
    /// lines are the same for any number of jobs.
    static func run<T: Sendable>(_ items: [Result<InputItem, InputFailure>], pipeline: Pipeline, jobs: Int = 1,
                                 stdinFormat: InputFormat = .page,
                                 prepare: @escaping @Sendable (AttributedArticle) throws -> T,
                                 body: (T) throws -> Void) -> Int {
        var failed = 0
        let reader = PageReader(items, stdinFormat: stdinFormat)
        OrderedWork.stream(jobs: jobs, next: { reader.next() }, work: { entry -> Result<(T, [String]), InputFailure> in
            do {
                let page = try entry.get()
                let doc: AttributedArticle
                do {
                    doc = try pipeline.run(page)
                } catch {
                    throw InputFailure(name: page.name, reason: "\(error)")
                }
                let notes = doc.notes.map { "\(page.name): \($0)" }
                do {
                    return .success((try prepare(doc), notes))
                } catch {
                    throw (error as? InputFailure) ?? InputFailure(name: page.name, reason: "\(error)")
                }
            } catch let f as InputFailure {
                return .failure(f)
            } catch {
                return .failure(InputFailure(name: "input", reason: "\(error)"))
            }
        }, consume: { _, result in
            do {
                let (prepared, notes) = try result.get()
                for note in notes { Diagnostics.error(note) }
                try body(prepared)
            } catch let f as InputFailure {
                failed += 1
                Diagnostics.error(f.description)
            } catch {
                failed += 1
                Diagnostics.error("\(error)")
            }
        })
        return failed
    }
}

extension Batch {
    /// Calls `body` for each article of JSON-lines inputs (one `AttributedArticle` a line, as
    /// `extract --format jsonl` prints them); returns how many lines or inputs failed. A line
    /// that does not decode is reported as FILE:LINE and the rest goes on.
    static func runExtracted(_ args: [String], body: (AttributedArticle) throws -> Void) -> Int {
        var failed = 0
        let decoder = JSONDecoder()
        for entry in Inputs.expand(args) {
            do {
                let item = try entry.get()
                try Inputs.forEachLine(item) { number, line in
                    guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
                    do {
                        let doc: AttributedArticle
                        do {
                            doc = try decoder.decode(AttributedArticle.self, from: line)
                        } catch {
                            throw InputFailure(name: "\(item.name):\(number)", reason: "not an extracted article: \(Self.describe(error))")
                        }
                        // Decoded is not yet right: spans, text, dates and ids are checked before
                        // anything of the line is stored.
                        if let problem = doc.validationProblem() {
                            throw InputFailure(name: "\(item.name):\(number)", reason: "refused: \(problem)")
                        }
                        try body(doc)
                    } catch {
                        failed += 1
                        Diagnostics.error((error as? InputFailure)?.description ?? "\(item.name):\(number): \(error)")
                    }
                }
            } catch {
                failed += 1
                Diagnostics.error(error.description)
            }
        }
        return failed
    }

    /// A decoding error in a line's terms: which field, and what was wrong.
    static func describe(_ error: any Error) -> String { InputFailure.describe(error) }
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

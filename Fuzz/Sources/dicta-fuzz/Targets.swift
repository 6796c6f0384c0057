import DictaCore
import DictaPipeline
import Foundation
import FuzzDriver

// One binary for every target, so the driver below is written once: Fuzz/run.sh names the
// target in DICTA_FUZZ_TARGET (html, text, quotes or jsonl).

/// Any bytes, read as an HTML page, give an article whose every span and text agree with its
/// body (what `ingest --extracted` would accept), or a clear extraction error; never a crash.
func fuzzHTML(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let data = Data(bytes: bytes, count: count)
    guard let doc = try? Pipeline().run(data, source: "fuzz.html") else { return 0 }
    if let problem = doc.validationProblem() { fatalError("pipeline output refused: \(problem)") }
    return 0
}

/// Any bytes, read as text scraped from a page (the scraped-text cleaner's path), give an
/// article that `ingest --extracted` would accept, or a clear error; never a crash.
func fuzzText(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let data = Data(bytes: bytes, count: count)
    guard let doc = try? Pipeline().run(data, source: "fuzz.txt") else { return 0 }
    if let problem = doc.validationProblem() { fatalError("pipeline output refused: \(problem)") }
    return 0
}

/// Any text, taken as an article body, gives statements whose spans, texts and confidences
/// agree with the body; never a crash.
func fuzzQuotes(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let body = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let doc = Pipeline().attribute(Article(source: "fuzz", language: "en", body: body))
    if let problem = doc.validationProblem() { fatalError("quote finder output refused: \(problem)") }
    return 0
}

/// Any bytes, read as JSON lines of extracted articles: each line is refused or accepted
/// without a crash, and an accepted line written out again reads back as the same article.
func fuzzJSONLines(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let data = Data(bytes: bytes, count: count)
    let decoder = JSONDecoder()
    for line in data.split(separator: UInt8(ascii: "\n")) {
        guard let doc = try? decoder.decode(AttributedArticle.self, from: Data(line)),
              doc.validationProblem() == nil else { continue }
        let again = Data(doc.jsonLine().utf8)
        guard let back = try? decoder.decode(AttributedArticle.self, from: again) else {
            fatalError("an accepted article's own JSON line does not read back")
        }
        if back.validationProblem() != nil { fatalError("an accepted article is refused once written out") }
        if back.article != doc.article { fatalError("an accepted article changes once written out") }
    }
    return 0
}

/// The oracle DICTA_FUZZ_TARGET names; read once, as libFuzzer calls back with a C function.
let oracle: @Sendable (UnsafePointer<UInt8>?, Int) -> CInt = {
    switch ProcessInfo.processInfo.environment["DICTA_FUZZ_TARGET"] {
    case "html": fuzzHTML
    case "text": fuzzText
    case "quotes": fuzzQuotes
    case "jsonl": fuzzJSONLines
    case let other: fatalError("DICTA_FUZZ_TARGET must be html, text, quotes or jsonl, not \(other ?? "unset")")
    }
}()

@main
enum Fuzz {
    static func main() {
        _ = oracle   // an unknown target fails before libFuzzer starts
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { oracle($0, $1) })
    }
}

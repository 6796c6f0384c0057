import DictaCore
import DictaPipeline
import Foundation
import FuzzDriver

/// Any bytes, read as text scraped from a page (the scraped-text cleaner's path), give an
/// article that `ingest --extracted` would accept, or a clear error; never a crash.
func fuzzText(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let data = Data(bytes: bytes, count: count)
    guard let doc = try? Pipeline().run(data, source: "fuzz.txt") else { return 0 }
    if let problem = doc.validationProblem() { fatalError("pipeline output refused: \(problem)") }
    return 0
}

@main
enum Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzText($0, $1) })
    }
}

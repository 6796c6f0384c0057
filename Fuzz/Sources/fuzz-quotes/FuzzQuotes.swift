import DictaCore
import DictaPipeline
import Foundation
import FuzzDriver

/// Any text, taken as an article body, gives statements whose spans, texts and confidences
/// agree with the body; never a crash.
func fuzzQuotes(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let body = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let doc = Pipeline().attribute(Article(source: "fuzz", language: "en", body: body))
    if let problem = doc.validationProblem() { fatalError("quote finder output refused: \(problem)") }
    return 0
}

@main
enum Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzQuotes($0, $1) })
    }
}

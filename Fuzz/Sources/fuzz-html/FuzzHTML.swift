import DictaCore
import DictaPipeline
import Foundation
import FuzzDriver

/// Any bytes, read as an HTML page, give an article whose every span and text agree with its
/// body (what `ingest --extracted` would accept), or a clear extraction error; never a crash.
func fuzzHTML(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let data = Data(bytes: bytes, count: count)
    guard let doc = try? Pipeline().run(data, source: "fuzz.html") else { return 0 }
    if let problem = doc.validationProblem() { fatalError("pipeline output refused: \(problem)") }
    return 0
}

@main
enum Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzHTML($0, $1) })
    }
}

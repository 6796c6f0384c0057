import DictaCore
import Foundation
import FuzzDriver

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

@main
enum Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzJSONLines($0, $1) })
    }
}

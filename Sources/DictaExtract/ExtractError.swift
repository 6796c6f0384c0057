/// Why an input could not be turned into an article. The CLI prints one line per failure:
/// the input's name, then ``description``.
public enum ExtractError: Error, Equatable, CustomStringConvertible {
    case empty
    case binary
    case invalidUTF8(byteOffset: Int)
    case gzip(String)
    case noText
    case unparseableHTML

    public var description: String {
        switch self {
        case .empty: "empty file"
        case .binary: "binary content, not text or HTML"
        case .invalidUTF8(let at): "not valid UTF-8 text (bad byte at offset \(at))"
        case .gzip(let why): "cannot decompress gzip: \(why)"
        case .noText: "no text found"
        case .unparseableHTML: "HTML that the parser cannot read"
        }
    }
}

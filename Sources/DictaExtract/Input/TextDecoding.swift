import Foundation

/// Turns input bytes into a `String`, refusing what is not text.
enum TextDecoding {
    /// UTF-8 (a BOM is dropped). Empty input, NUL bytes and invalid UTF-8 are errors that name
    /// the reason; nothing is guessed here (HTML charset detection is the HTML reader's job).
    static func utf8(_ data: Data) throws -> String {
        guard !data.isEmpty else { throw ExtractError.empty }
        if data.prefix(8192).contains(0) { throw ExtractError.binary }
        var bytes = data
        var bom = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3); bom = 3 }
        guard let s = String(bytes: bytes, encoding: .utf8) else {
            throw ExtractError.invalidUTF8(byteOffset: bom + firstInvalidUTF8Offset(Data(bytes)))
        }
        return s
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var decoder = UTF8()
        var it = data.makeIterator()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s):
                consumed += UTF8.width(s)
                offset = consumed
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}

import Foundation

/// Finds the character encoding of an HTML page from its bytes.
///
/// 1. A byte-order mark.
/// 2. `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the
///    first 8 KB.
/// 3. Validation: bytes that are valid UTF-8 with non-ASCII in them are UTF-8 whatever the
///    page declares (a common mislabel); a page declared UTF-8 whose bytes are not falls back
///    to windows-1252, as do pages that declare nothing.
/// Latin-1 and ASCII labels mean windows-1252, as browsers treat them (WHATWG Encoding).
enum Charset {
    /// A name libxml2 (through iconv) understands.
    static func detect(_ data: Data) -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if data.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if data.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let declared = declaredCharset(data.prefix(8192)).map(normalise)
        let validity = utf8Validity(data)
        switch (declared, validity) {
        case (_, .validWithNonASCII): return "UTF-8"
        case ("UTF-8"?, .invalid), (nil, .invalid): return "windows-1252"
        case (nil, .ascii): return "UTF-8"
        case (let d?, _): return d
        }
    }

    enum UTF8Validity { case ascii, validWithNonASCII, invalid }

    static func utf8Validity(_ data: Data) -> UTF8Validity {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> UTF8Validity in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0, sawNonASCII = false
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                sawNonASCII = true
                let len: Int
                if c & 0xE0 == 0xC0, c >= 0xC2 { len = 2 } else if c & 0xF0 == 0xE0 { len = 3 } else if c & 0xF8 == 0xF0, c <= 0xF4 { len = 4 } else { return .invalid }
                // A sequence cut off by the end of a truncated page is not evidence against UTF-8.
                if i + len > n { return .validWithNonASCII }
                for k in 1..<len where b[i + k] & 0xC0 != 0x80 { return .invalid }
                i += len
            }
            return sawNonASCII ? .validWithNonASCII : .ascii
        }
    }

    /// The charset a `<meta>` tag declares, lowercased, or nil.
    static func declaredCharset(_ head: Data) -> String? {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        var search = text.startIndex
        while let meta = text.range(of: "<meta", range: search..<text.endIndex) {
            let end = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
            let tag = text[meta.upperBound..<end]
            if let cs = tag.range(of: "charset=") {
                let value = tag[cs.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
                let name = value.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." })
                if !name.isEmpty { return String(name) }
            }
            search = end
        }
        return nil
    }

    static func normalise(_ name: String) -> String {
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8": "UTF-8"
        case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "iso_8859-1", "windows-1252", "cp1252": "windows-1252"
        case "gb2312", "gbk": "GB18030"
        case "shift_jis", "sjis", "x-sjis": "SHIFT_JIS"
        default: name.uppercased()
        }
    }
}

import CUchardet
import Foundation

/// Finds the character encoding of an HTML page from its bytes.
///
/// 1. A byte-order mark.
/// 2. `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the
///    first 8 KB.
/// 3. Validation: bytes that are valid UTF-8 with non-ASCII in them are UTF-8 whatever the
///    page declares (a common mislabel); a page declared UTF-8 whose bytes are not, or one that
///    declares nothing, gets the charset uchardet detects, else windows-1252.
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
        case ("UTF-8"?, .invalid), (nil, .invalid): return guessed(data) ?? "windows-1252"
        case (nil, .ascii): return "UTF-8"
        case (let d?, _): return d
        }
    }

    /// What uchardet (Mozilla's universal detector) reads the bytes as, when it reads them as
    /// something: windows-1251 labelled UTF-8 would otherwise come out as windows-1252
    /// mojibake. Its "ASCII" and "UTF-8" answers mean it found nothing better than the fallback.
    static func guessed(_ data: Data) -> String? {
        guard let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        // The first 256 KB is plenty for the detector and bounds its work on huge pages.
        let sample = data.prefix(256 << 10)
        // With a handful of non-ASCII bytes ("Café") any 8-bit charset fits them and the
        // detector's pick is a coin toss: windows-1252, what browsers assume, is as good.
        guard sample.lazy.filter({ $0 >= 0x80 }).count >= 32 else { return nil }
        let status = sample.withUnsafeBytes { raw in
            uchardet_handle_data(detector, raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
        }
        guard status == 0 else { return nil }
        uchardet_data_end(detector)
        guard let name = uchardet_get_charset(detector).map({ String(cString: $0) }), !name.isEmpty else { return nil }
        let upper = name.uppercased()
        return upper == "ASCII" || upper == "UTF-8" ? nil : upper == "ISO-8859-1" ? "windows-1252" : name
    }

    enum UTF8Validity { case ascii, validWithNonASCII, invalid }

    static func utf8Validity(_ data: Data) -> UTF8Validity {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> UTF8Validity in
            let b = raw.bindMemory(to: UInt8.self)
            var i = 0, sawNonASCII = false, sawValidSequence = false
            let n = b.count
            while i < n {
                // ASCII eight bytes at a time: most of any page is markup.
                while i + 8 <= n, UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                guard i < n else { break }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                sawNonASCII = true
                let len: Int
                if c & 0xE0 == 0xC0, c >= 0xC2 { len = 2 } else if c & 0xF0 == 0xE0 { len = 3 } else if c & 0xF8 == 0xF0, c <= 0xF4 { len = 4 } else { return .invalid }
                for k in 1..<len where i + k < n && b[i + k] & 0xC0 != 0x80 { return .invalid }
                // A sequence cut off by the end of a truncated page is not evidence against
                // UTF-8, but not evidence for it either.
                if i + len > n { return sawValidSequence ? .validWithNonASCII : .invalid }
                sawValidSequence = true
                i += len
            }
            return sawNonASCII ? .validWithNonASCII : .ascii
        }
    }

    /// The charset a `<meta>` tag declares, lowercased, or nil. Scans bytes: this runs on
    /// every page, and decoding 8 KB into a String first costs more than the scan.
    static func declaredCharset(_ head: Data) -> String? {
        let b = [UInt8](head).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let meta = Array("<meta".utf8), key = Array("charset=".utf8)
        var i = 0
        while let m = find(meta, in: b, from: i) {
            let end = b[m...].firstIndex(of: UInt8(ascii: ">")) ?? b.count
            if let c = find(key, in: b, from: m, before: end) {
                var v = c + key.count
                while v < end, b[v] == UInt8(ascii: "\"") || b[v] == UInt8(ascii: "'") || b[v] == 32 { v += 1 }
                var e = v
                while e < end, isNameByte(b[e]) { e += 1 }
                if e > v { return String(decoding: b[v..<e], as: UTF8.self) }
            }
            i = end
        }
        return nil
    }

    static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
            || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int, before limit: Int? = nil) -> Int? {
        let end = (limit ?? hay.count) - needle.count
        guard from <= end else { return nil }
        outer: for i in from...end {
            for k in 0..<needle.count where hay[i + k] != needle[k] { continue outer }
            return i
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

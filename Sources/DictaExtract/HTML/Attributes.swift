import CLibXML2
import Foundation

/// The attributes the walker looks at, read in one pass over an element's attribute list
/// (rather than one `xmlGetProp` search per name), lowercased where only matching needs them.
struct Attributes {
    var classAndID: [UInt8] = []   // "class id", ASCII-lowercased
    var itemprop: String?
    var rel: String?
    var hidden = false
    var style: [UInt8] = []
    var content: String?
    var datetime: String?
    var name: String?
    var property: String?
    var type: String?
    var lang: String?
    var href: String?
    var pubdate = false
    var title: String?
    /// The element links to an author page (`/author/…`, `/autor/…`).
    var authorLink = false

    init(_ n: xmlNodePtr) {
        var a = n.pointee.properties
        while let attr = a {
            defer { a = attr.pointee.next }
            guard let nm = attr.pointee.name else { continue }
            let value = attr.pointee.children?.pointee.content
            switch Self.key(nm) {
            case "class", "id":
                if let v = value {
                    if !classAndID.isEmpty { classAndID.append(32) }
                    Self.appendLowercased(v, to: &classAndID)
                }
            case "itemprop": itemprop = value.map { String(cString: $0) }
            case "rel": rel = value.map { String(cString: $0).lowercased() }
            case "hidden": hidden = true
            case "aria-hidden": hidden = hidden || value.map { String(cString: $0) == "true" } ?? false
            case "style": if let v = value { Self.appendLowercased(v, to: &style) }
            case "content": content = value.map { String(cString: $0) }
            case "datetime": datetime = value.map { String(cString: $0) }
            case "name": name = value.map { String(cString: $0).lowercased() }
            case "property": property = value.map { String(cString: $0).lowercased() }
            case "type": type = value.map { String(cString: $0).lowercased() }
            case "lang", "xml:lang": lang = lang ?? value.map { String(cString: $0) }
            case "href":
                if let v = value {
                    href = String(cString: v)
                    var lowered: [UInt8] = []
                    Self.appendLowercased(v, to: &lowered)
                    authorLink = Bytes.contains(lowered, "/author/") || Bytes.contains(lowered, "/autor/")
                }
            case "pubdate": pubdate = true
            case "title": title = value.map { String(cString: $0) }
            default: break
            }
        }
    }

    /// The attribute names the walker reads, by their bytes: comparing bytes avoids making a
    /// String for each of the thousands of attributes on a page.
    static let known: [[UInt8]: String] = Dictionary(uniqueKeysWithValues: [
        "class", "id", "itemprop", "rel", "hidden", "aria-hidden", "style", "content", "datetime", "name",
        "property", "type", "lang", "xml:lang", "href", "pubdate", "title",
    ].map { (Array($0.utf8), $0) })

    static func key(_ p: UnsafePointer<xmlChar>) -> String {
        var len = 0
        while p[len] != 0 && len < 12 { len += 1 }
        guard p[len] == 0, len >= 2 else { return "" }
        // Cheap reject on the first byte before hashing.
        switch p[0] {
        case UInt8(ascii: "c"), UInt8(ascii: "i"), UInt8(ascii: "r"), UInt8(ascii: "h"), UInt8(ascii: "a"), UInt8(ascii: "s"),
             UInt8(ascii: "d"), UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "t"), UInt8(ascii: "l"), UInt8(ascii: "x"):
            return known[Array(UnsafeBufferPointer(start: p, count: len))] ?? ""
        default:
            return ""
        }
    }

    static func appendLowercased(_ p: UnsafePointer<xmlChar>, to out: inout [UInt8]) {
        var i = 0
        while p[i] != 0 {
            let b = p[i]
            out.append(b >= 65 && b <= 90 ? b + 32 : b)
            i += 1
        }
    }

    /// Keywords in the class and id names, scanned once on first use.
    lazy var keywords = ClassKeywords(scanning: classAndID)

    var isHidden: Bool {
        hidden || Bytes.contains(style, "display:none") || Bytes.contains(style, "display: none")
            || Bytes.contains(style, "visibility:hidden")
    }
}

/// Words looked for inside class and id names, found in one scan per element.
struct ClassKeywords: OptionSet {
    let rawValue: UInt16
    static let date = ClassKeywords(rawValue: 1 << 0)
    static let posted = ClassKeywords(rawValue: 1 << 1)
    static let published = ClassKeywords(rawValue: 1 << 2)
    static let datum = ClassKeywords(rawValue: 1 << 3)
    static let fecha = ClassKeywords(rawValue: 1 << 4)
    static let time = ClassKeywords(rawValue: 1 << 5)
    static let timeline = ClassKeywords(rawValue: 1 << 6)
    static let byline = ClassKeywords(rawValue: 1 << 7)
    static let author = ClassKeywords(rawValue: 1 << 8)
    static let publish = ClassKeywords(rawValue: 1 << 9)
    static let updated = ClassKeywords(rawValue: 1 << 10)

    static let needles: [(StaticString, ClassKeywords)] = [
        ("date", .date), ("posted", .posted), ("published", .published), ("datum", .datum), ("fecha", .fecha),
        ("timeline", .timeline), ("time", .time), ("byline", .byline), ("author", .author), ("publish", .publish),
        ("updated", .updated),
    ]

    init(rawValue: UInt16) { self.rawValue = rawValue }

    init(scanning c: [UInt8]) {
        var found: UInt16 = 0
        c.withUnsafeBufferPointer { b in
            for i in 0..<b.count {
                let first = b[i]
                // Every needle starts with one of these letters.
                guard first == 100 || first == 112 || first == 102 || first == 116 || first == 98 || first == 97 || first == 117 else { continue }
                for (needle, bit) in Self.needles where needle.utf8Start[0] == first {
                    let k = needle.utf8CodeUnitCount
                    if i + k <= b.count, memcmp(b.baseAddress! + i, needle.utf8Start, k) == 0 { found |= bit.rawValue }
                }
            }
        }
        rawValue = found
    }
}

/// Byte-level searches over ASCII-lowercased attribute text.
enum Bytes {
    static func contains(_ hay: [UInt8], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, hay.count >= n else { return false }
        let p = needle.utf8Start
        outer: for i in 0...(hay.count - n) {
            for k in 0..<n where hay[i + k] != p[k] { continue outer }
            return true
        }
        return false
    }

    /// Calls `body` with each run of ASCII letters.
    static func forEachWord(_ bytes: [UInt8], _ body: (String) -> Bool) {
        var start = -1
        for i in 0...bytes.count {
            let isLetter = i < bytes.count && bytes[i] >= 97 && bytes[i] <= 122
            if isLetter { if start < 0 { start = i } } else if start >= 0 {
                if !body(String(decoding: bytes[start..<i], as: UTF8.self)) { return }
                start = -1
            }
        }
    }
}

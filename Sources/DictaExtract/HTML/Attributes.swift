import CLibXML2

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

    /// Attribute names are short ASCII; compare them as Strings only when short enough to matter.
    static func key(_ p: UnsafePointer<xmlChar>) -> String {
        var len = 0
        while p[len] != 0 && len < 12 { len += 1 }
        return p[len] == 0 ? String(decoding: UnsafeBufferPointer(start: p, count: len), as: UTF8.self) : ""
    }

    static func appendLowercased(_ p: UnsafePointer<xmlChar>, to out: inout [UInt8]) {
        var i = 0
        while p[i] != 0 {
            let b = p[i]
            out.append(b >= 65 && b <= 90 ? b + 32 : b)
            i += 1
        }
    }

    var isHidden: Bool {
        hidden || Bytes.contains(style, "display:none") || Bytes.contains(style, "display: none")
            || Bytes.contains(style, "visibility:hidden")
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

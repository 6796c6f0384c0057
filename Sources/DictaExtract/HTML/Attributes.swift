import CLibXML2
import Foundation

/// The attributes the parser looks at, read in one pass over an element's attribute list as
/// libxml2's SAX interface hands it over (name, value, name, value, …, nil). Values stay
/// libxml2's pointers, valid only during the callback; a String is made only when one is read.
struct Attributes {
    var classAndID: [UInt8] = []   // "class id", ASCII-lowercased
    var hidden = false
    var pubdate = false
    private var itempropP, relP, styleP, contentP, datetimeP, nameP, propertyP, typeP, langP, hrefP, titleP: UnsafePointer<xmlChar>?

    /// `buffer` lends its storage to `classAndID` (hand it back with ``returnBuffer(to:)``):
    /// most elements have a class, and each would otherwise allocate an array of its own.
    init(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, reusing buffer: inout [UInt8]) {
        swap(&classAndID, &buffer)
        classAndID.removeAll(keepingCapacity: true)
        read(list)
    }

    mutating func returnBuffer(to buffer: inout [UInt8]) { swap(&classAndID, &buffer) }

    init(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        read(list)
    }

    private mutating func read(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let list else { return }
        var i = 0
        while let nm = list[i] {
            let value = list[i + 1]
            i += 2
            switch Self.key(nm) {
            case .cls, .id:
                if let v = value {
                    if !classAndID.isEmpty { classAndID.append(32) }
                    Self.appendLowercased(v, to: &classAndID)
                }
            case .itemprop: itempropP = value
            case .rel: relP = value
            case .hidden: hidden = true
            case .ariaHidden: hidden = hidden || value.map { strcmp(Self.cs($0), "true") == 0 } ?? false
            case .style: styleP = value
            case .content: contentP = value
            case .datetime: datetimeP = value
            case .name: nameP = value
            case .property: propertyP = value
            case .type: typeP = value
            case .lang: langP = langP ?? value
            case .href: hrefP = value
            case .pubdate: pubdate = true
            case .title: titleP = value
            case .other: break
            }
        }
    }

    var itemprop: String? { itempropP.map { String(cString: $0) } }
    var rel: String? { relP.map { String(cString: $0).lowercased() } }
    var content: String? { contentP.map { String(cString: $0) } }
    var datetime: String? { datetimeP.map { String(cString: $0) } }
    var name: String? { nameP.map { String(cString: $0).lowercased() } }
    var property: String? { propertyP.map { String(cString: $0).lowercased() } }
    var type: String? { typeP.map { String(cString: $0).lowercased() } }
    var lang: String? { langP.map { String(cString: $0) } }
    var href: String? { hrefP.map { String(cString: $0) } }
    var title: String? { titleP.map { String(cString: $0) } }

    /// The element links to an author page (`/author/…`, `/autor/…`).
    var authorLink: Bool {
        guard let h = hrefP else { return false }
        return strstr(Self.cs(h), "/author/") != nil || strstr(Self.cs(h), "/autor/") != nil
    }

    static func cs(_ p: UnsafePointer<xmlChar>) -> UnsafePointer<CChar> {
        UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self)
    }

    enum Key { case cls, id, itemprop, rel, hidden, ariaHidden, style, content, datetime, name, property, type, lang, href, pubdate, title, other }

    /// Attribute names by length and bytes: no String for each of the thousands of attributes
    /// on a page.
    static func key(_ p: UnsafePointer<xmlChar>) -> Key {
        let c = cs(p)
        func eq(_ s: StaticString) -> Bool { memcmp(c, s.utf8Start, s.utf8CodeUnitCount + 1) == 0 }
        switch strlen(c) {
        case 2: return eq("id") ? .id : .other
        case 3: return eq("rel") ? .rel : .other
        case 4: return eq("href") ? .href : eq("name") ? .name : eq("type") ? .type : eq("lang") ? .lang : .other
        case 5: return eq("class") ? .cls : eq("style") ? .style : eq("title") ? .title : .other
        case 6: return eq("hidden") ? .hidden : .other
        case 7: return eq("content") ? .content : eq("pubdate") ? .pubdate : .other
        case 8: return eq("itemprop") ? .itemprop : eq("datetime") ? .datetime : eq("property") ? .property : eq("xml:lang") ? .lang : .other
        case 11: return eq("aria-hidden") ? .ariaHidden : .other
        default: return .other
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
        if hidden { return true }
        guard let st = styleP else { return false }
        var style: [UInt8] = []
        Self.appendLowercased(st, to: &style)
        return Bytes.contains(style, "display:none") || Bytes.contains(style, "display: none")
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

    /// For each byte, the needles (by index) that start with it.
    private static let startingWith: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 256)
        for (i, (needle, _)) in needles.enumerated() { t[Int(needle.utf8Start[0])] |= 1 << i }
        return t
    }()

    init(scanning c: [UInt8]) {
        var found: UInt16 = 0
        Self.startingWith.withUnsafeBufferPointer { table in
            c.withUnsafeBufferPointer { b in
                guard let base = b.baseAddress else { return }
                for i in 0..<b.count {
                    var candidates = table[Int(b[i])]
                    while candidates != 0 {
                        let n = candidates.trailingZeroBitCount
                        candidates &= candidates - 1
                        let (needle, bit) = Self.needles[n]
                        let k = needle.utf8CodeUnitCount
                        if i + k <= b.count, memcmp(base + i, needle.utf8Start, k) == 0 { found |= bit.rawValue }
                    }
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
        // memchr to each candidate first byte, then memcmp (memmem is not in Glibc's module).
        return hay.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            var i = 0
            let last = b.count - n
            while i <= last, let p = memchr(base + i, Int32(needle.utf8Start[0]), last - i + 1) {
                let at = base.distance(to: p.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, needle.utf8Start, n) == 0 { return true }
                i = at + 1
            }
            return false
        }
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

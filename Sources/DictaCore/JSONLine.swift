/// Writes an ``AttributedArticle`` as one line of the JSON contract, byte for byte what
/// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` writes for its `Codable` form.
///
/// Written by hand for speed: `JSONEncoder` builds a tree of boxed values and sorts every
/// object's keys before it writes a byte, which was a sixth of `dicta extract`'s time on news
/// articles with their statements. The keys here are in sorted order already. A test checks
/// this writer against `JSONEncoder` on articles that set every field, so the two cannot drift.
struct JSONLineWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func article(_ doc: AttributedArticle) {
        let a = doc.article
        raw("{\"authors\":"); strings(a.authors)
        raw(",\"body\":"); string(a.body)
        if !a.captions.isEmpty { raw(",\"captions\":"); strings(a.captions) }
        raw(",\"dateline\":"); string(a.dateline)
        raw(",\"entities\":"); list(doc.entities) { w, e in w.entity(e) }
        raw(",\"id\":"); string(a.id)
        raw(",\"keywords\":"); strings(a.keywords)
        raw(",\"language\":"); string(a.language)
        if let m = a.modified { raw(",\"modified\":"); string(m) }
        raw(",\"outlet\":"); string(a.outlet)
        raw(",\"published\":"); string(a.published)
        raw(",\"quotes\":"); list(doc.quotes) { w, q in w.quote(q) }
        raw(",\"schema\":"); int(AttributedArticle.schemaVersion)
        raw(",\"source\":"); string(a.source)
        raw(",\"title\":"); string(a.title)
        raw(",\"url\":"); string(a.url)
        raw("}")
    }

    private mutating func quote(_ q: Quote) {
        raw("{\"confidence\":"); double((q.confidence * 100).rounded() / 100)
        raw(",\"content\":"); list(q.content) { w, s in w.span(s) }
        raw(",\"cue\":")
        if let c = q.cue {
            raw("{\"span\":"); span(c.span)
            raw(",\"text\":"); string(c.text)
            raw("}")
        } else { raw("null") }
        raw(",\"kind\":"); string(q.kind.rawValue)
        if !q.quoted.isEmpty { raw(",\"quoted\":"); list(q.quoted) { w, s in w.span(s) } }
        raw(",\"speaker\":")
        if let s = q.speaker {
            raw("{\"mention\":"); string(s.mention)
            raw(",\"name\":"); string(s.name)
            raw(",\"span\":")
            if let sp = s.span { span(sp) } else { raw("null") }
            if let why = s.why { raw(",\"why\":"); string(why) }
            raw("}")
        } else { raw("null") }
        raw(",\"text\":"); string(q.text)
        raw("}")
    }

    private mutating func entity(_ e: Entity) {
        raw("{")
        if !e.aliases.isEmpty { raw("\"aliases\":"); strings(e.aliases); raw(",") }
        raw("\"mentions\":"); list(e.mentions) { w, s in w.span(s) }
        raw(",\"name\":"); string(e.name)
        raw(",\"type\":"); string(e.type.rawValue)
        raw("}")
    }

    private mutating func span(_ s: Span) {
        raw("["); int(s.start); raw(","); int(s.end); raw("]")
    }

    private mutating func list<T>(_ items: [T], _ each: (inout JSONLineWriter, T) -> Void) {
        raw("[")
        for (i, item) in items.enumerated() {
            if i > 0 { raw(",") }
            each(&self, item)
        }
        raw("]")
    }

    private mutating func strings(_ items: [String]) { list(items) { w, s in w.string(s) } }

    private mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func int(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

    /// As `JSONEncoder` prints a finite `Double`: its shortest description, "1.0" as "1".
    private mutating func double(_ d: Double) {
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        bytes.append(contentsOf: s.utf8)
    }

    private mutating func string(_ s: String?) {
        guard var s else { raw("null"); return }
        bytes.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape are copied whole: per-byte appends cost a
        // uniqueness and capacity check each.
        s.withUTF8 { u in
            var plain = 0  // start of the run not yet copied
            for (i, b) in u.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<i]))
                plain = i + 1
                switch b {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                default:
                    raw("\\u00")
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 15)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hex = Array("0123456789abcdef".utf8)
}

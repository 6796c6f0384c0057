/// HTML built as text, every page string escaped on the way in.
///
/// Pages are small and their structure fixed, so a template engine would add a dependency
/// and a second syntax for little; what matters is that no string from a page (titles, quotes,
/// names, query text) reaches the output unescaped. `HTML` values are trusted markup; `String`
/// arguments are always escaped by ``escape(_:)``.
struct HTML: Sendable, ExpressibleByStringInterpolation {
    private(set) var markup: String

    init(trusted markup: String) { self.markup = markup }
    init(stringLiteral value: String) { markup = value }
    init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    struct Interpolation: StringInterpolationProtocol {
        var markup = ""
        init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }
        mutating func appendLiteral(_ literal: String) { markup += literal }
        /// Text: escaped for element content and for quoted attribute values alike.
        mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }
        mutating func appendInterpolation(_ text: String?) { markup += HTML.escape(text ?? "") }
        mutating func appendInterpolation(_ n: Int) { markup += String(n) }
        mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        mutating func appendInterpolation(_ parts: [HTML]) { for p in parts { markup += p.markup } }
    }

    static func + (a: HTML, b: HTML) -> HTML { HTML(trusted: a.markup + b.markup) }

    /// Escapes `& < > " '`: safe in element content and in attribute values in either quote.
    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

extension Array where Element == HTML {
    func joined() -> HTML { HTML(trusted: map(\.markup).joined()) }
}

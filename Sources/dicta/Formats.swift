import DictaCore
import DictaStore
import Foundation

/// RFC 4180 CSV: fields with commas, quotes or newlines are quoted, quotes doubled.
enum CSV {
    static func row(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\r\n"
    }
}

/// One stored statement as a JSON line: the quote with its speaker's corpus-level name and
/// its article's metadata.
enum JSONLines {
    struct Row: Encodable {
        let speaker: String?
        let quote: Quote
        let article: ArticleRef
    }
    struct ArticleRef: Encodable {
        let id: String, title: String?, outlet: String?, published: String?, source: String, url: String?
    }

    static func quote(_ r: StoredQuote) throws -> String {
        let row = Row(speaker: r.personName, quote: r.quote, article: ArticleRef(
            id: r.articleID, title: r.title, outlet: r.outlet, published: r.published, source: r.source, url: r.url))
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try e.encode(row), as: UTF8.self)
    }
}

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

extension CSV {
    /// The columns of every statement CSV (`quotes` and `export`): who (the corpus-level person
    /// and their id, the words at the statement), what (kind, text, cue, confidence, offsets
    /// into the article body), where (article id, url, outlet, date, title, input) and in how
    /// many articles it ran.
    static let statementHeader = row(["speaker", "speaker_id", "mention", "kind", "text", "cue", "confidence", "start", "end",
                                      "article_id", "url", "outlet", "published", "title", "source", "source_count"])

    static func statementRow(_ r: StoredQuote, sourceCount: Int) -> String {
        let q = r.quote
        return row([r.personName ?? q.speaker?.name ?? "", r.personID.map { "\($0)" } ?? "", q.speaker?.mention ?? "",
                    q.kind.rawValue, q.text, q.cue?.text ?? "", String(format: "%.3f", q.confidence),
                    q.content.first.map { "\($0.start)" } ?? "", q.content.last.map { "\($0.end)" } ?? "",
                    r.articleID, r.url ?? "", r.outlet ?? "", r.published ?? "", r.title ?? "", r.source, String(sourceCount)])
    }
}

/// One stored statement as a JSON line: the quote with its speaker's corpus-level name, its
/// article's metadata, and every article that carried it.
enum JSONLines {
    struct ArticleRef: Encodable {
        let id: String, title: String?, outlet: String?, published: String?, source: String, url: String?
    }

    /// A statement with every article that carried it: `quote` and `article` are its first
    /// publication; `sources` lists each copy, earliest first, with the text as that article
    /// printed it; `source_count` counts the articles.
    struct Statement: Encodable {
        let speaker: String?
        let quote: Quote
        let article: ArticleRef
        let sources: [Source]
        let sourceCount: Int

        enum CodingKeys: String, CodingKey {
            case speaker, quote, article, sources
            case sourceCount = "source_count"
        }
    }
    struct Source: Encodable {
        let article: ArticleRef
        let text: String
        let speaker: String?
    }

    static func ref(_ r: StoredQuote) -> ArticleRef {
        ArticleRef(id: r.articleID, title: r.title, outlet: r.outlet, published: r.published, source: r.source, url: r.url)
    }

    static func statement(_ g: StatementGroup) throws -> String {
        let r = g.statement
        return try encode(Statement(
            speaker: r.personName, quote: r.quote, article: ref(r),
            sources: g.sources.map { Source(article: ref($0), text: $0.quote.text, speaker: $0.personName ?? $0.quote.speaker?.name) },
            sourceCount: g.sourceCount))
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try e.encode(value), as: UTF8.self)
    }
}

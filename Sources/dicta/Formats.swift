import DictaCore
import DictaStore
import Foundation

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

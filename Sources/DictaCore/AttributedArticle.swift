import Foundation

/// An article with its statements and entities: what `dicta extract` prints, one per line,
/// and what the store keeps. Its `Codable` form is the JSON contract (schema 1).
public struct AttributedArticle: Sendable, Equatable, Codable {
    public static let schemaVersion = 1

    public var article: Article
    public var quotes: [Quote]
    public var entities: [Entity]
    /// What extraction noticed that the user should hear, one line each ("body cut to its
    /// first 1 MB …"). Printed on stderr by the commands; not part of the JSON contract.
    public var notes: [String] = []

    public init(article: Article, quotes: [Quote] = [], entities: [Entity] = [], notes: [String] = []) {
        self.article = article
        self.quotes = quotes
        self.entities = entities
        self.notes = notes
    }

    enum CodingKeys: String, CodingKey {
        case schema, id, source, url, title, published, modified, authors, outlet, language,
             dateline, keywords, body, captions, quotes, entities
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try c.decodeIfPresent(Int.self, forKey: .schema) ?? Self.schemaVersion
        guard schema == Self.schemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: c, debugDescription: "unsupported schema \(schema)")
        }
        article = Article(
            id: try c.decodeIfPresent(String.self, forKey: .id),
            source: try c.decodeIfPresent(String.self, forKey: .source) ?? "",
            url: try c.decodeIfPresent(String.self, forKey: .url),
            title: try c.decodeIfPresent(String.self, forKey: .title),
            published: try c.decodeIfPresent(String.self, forKey: .published),
            modified: try c.decodeIfPresent(String.self, forKey: .modified),
            authors: try c.decodeIfPresent([String].self, forKey: .authors) ?? [],
            outlet: try c.decodeIfPresent(String.self, forKey: .outlet),
            language: try c.decodeIfPresent(String.self, forKey: .language),
            dateline: try c.decodeIfPresent(String.self, forKey: .dateline),
            keywords: try c.decodeIfPresent([String].self, forKey: .keywords) ?? [],
            body: try c.decode(String.self, forKey: .body),
            captions: try c.decodeIfPresent([String].self, forKey: .captions) ?? [])
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        entities = try c.decodeIfPresent([Entity].self, forKey: .entities) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let a = article
        try c.encode(Self.schemaVersion, forKey: .schema)
        try c.encode(a.id, forKey: .id)
        try c.encode(a.source, forKey: .source)
        try c.encode(a.url, forKey: .url)
        try c.encode(a.title, forKey: .title)
        try c.encode(a.published, forKey: .published)
        if let m = a.modified { try c.encode(m, forKey: .modified) }
        try c.encode(a.authors, forKey: .authors)
        try c.encode(a.outlet, forKey: .outlet)
        try c.encode(a.language, forKey: .language)
        try c.encode(a.dateline, forKey: .dateline)
        try c.encode(a.keywords, forKey: .keywords)
        try c.encode(a.body, forKey: .body)
        if !a.captions.isEmpty { try c.encode(a.captions, forKey: .captions) }
        try c.encode(quotes, forKey: .quotes)
        try c.encode(entities, forKey: .entities)
    }

    /// One line of the JSON contract (no trailing newline), keys sorted so that the same
    /// article always prints the same bytes: what `JSONEncoder` with sorted keys prints for
    /// this value, written directly (see `JSONLineWriter`).
    public func jsonLine() -> String {
        var w = JSONLineWriter(capacity: article.body.utf8.count * 2 + 512)
        w.article(self)
        return String(decoding: w.bytes, as: UTF8.self)
    }
}

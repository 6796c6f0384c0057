import DictaCore
import GRDB

extension SQLiteStore {
    /// The shortest id prefix ``article(id:)`` accepts: shorter ones match too many articles
    /// to be worth guessing.
    public static let minimumIDPrefix = 4

    public func article(id: String) throws -> AttributedArticle? {
        try read("reading article \(id)") { db in
            guard let record = try Self.articleRecord(id, in: db) else { return nil }
            return try Self.attributedArticle(record, in: db)
        }
    }

    /// Articles in ingestion order: by `ingestedAt`, then by rowid, which SQLite hands out in
    /// insertion order (several articles are often stored within one millisecond).
    public func forEachArticle(_ body: (AttributedArticle) throws -> Void) throws {
        try read("reading articles") { db in
            let cursor = try ArticleRecord
                .order(ArticleRecord.Columns.ingestedAt, Column.rowID)
                .fetchCursor(db)
            while let record = try cursor.next() {
                try body(try Self.attributedArticle(record, in: db))
            }
        }
    }

    /// The article whose id is `id`, or starts with `id` when that names exactly one.
    private static func articleRecord(_ id: String, in db: Database) throws -> ArticleRecord? {
        if let exact = try ArticleRecord.fetchOne(db, key: id) { return exact }
        guard id.count >= minimumIDPrefix else { return nil }
        let prefixed = ArticleRecord.filter(sql: "substr(id, 1, length(?)) = ?",
                                            arguments: [id, id])
        switch try prefixed.fetchCount(db) {
        case 0: return nil
        case 1: return try prefixed.fetchOne(db)
        case let n: throw StoreError.ambiguousArticleID(id, matches: n)
        }
    }

    /// Rebuilds the extracted article from its rows: statements in position order, entities
    /// in the order they were given.
    static func attributedArticle(_ record: ArticleRecord,
                                  in db: Database) throws -> AttributedArticle {
        let quotes = try QuoteRecord
            .filter(QuoteRecord.Columns.articleId == record.id)
            .order(QuoteRecord.Columns.position)
            .fetchAll(db)
        let entities = try EntityRecord
            .filter(EntityRecord.Columns.articleId == record.id)
            .order(EntityRecord.Columns.id)
            .fetchAll(db)
        return AttributedArticle(article: record.article,
                                 quotes: try quotes.map { try $0.quote() },
                                 entities: try entities.map { try $0.entity() })
    }
}

// MARK: - Rows to values

extension ArticleRecord {
    var article: Article {
        Article(id: id, source: source, url: url, title: title, published: published,
                modified: modified, authors: authors, outlet: outlet, language: language,
                dateline: dateline, keywords: keywords, body: body, captions: captions)
    }
}

extension QuoteRecord {
    func quote() throws -> Quote {
        guard let kind = QuoteKind(rawValue: kind) else {
            throw StoreError.database(operation: "reading statement \(id ?? 0)",
                                      reason: "unknown kind \"\(self.kind)\"")
        }
        var cue: Cue?
        if let cueText, let cueStart, let cueEnd, cueStart <= cueEnd {
            cue = Cue(text: cueText, span: Span(cueStart, cueEnd))
        }
        var speaker: Speaker?
        if hasSpeaker {
            var span: Span?
            if let mentionStart, let mentionEnd, mentionStart <= mentionEnd {
                span = Span(mentionStart, mentionEnd)
            }
            speaker = Speaker(name: speakerName, mention: mention, span: span, why: speakerWhy)
        }
        return Quote(kind: kind, text: text, content: content, quoted: quoted, cue: cue, speaker: speaker,
                     confidence: confidence)
    }
}

extension EntityRecord {
    func entity() throws -> Entity {
        guard let type = EntityType(rawValue: type) else {
            throw StoreError.database(operation: "reading entity \(name)",
                                      reason: "unknown type \"\(self.type)\"")
        }
        return Entity(name: name, type: type, mentions: mentions, aliases: aliases)
    }
}

import DictaCore
import Foundation
import GRDB

// One struct per table, Codable, with a nested `Columns` enum (GRDB's record style).
// These are internal: the public API speaks DictaCore values, so callers never import GRDB.
// Arrays (`authors`, `keywords`, `content`, `mentions`) are Codable values that GRDB stores
// as JSON text; spans keep their contract form `[start, end]`.

/// A row of `article`: the article's metadata and body, keyed by `Article.id`.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "article"

    var id: String
    var source: String
    var url: String?
    var title: String?
    var published: String?
    var modified: String?
    var authors: [String]
    var outlet: String?
    var language: String?
    var dateline: String?
    var keywords: [String]
    var body: String
    var captions: [String]
    /// When this store first saw the article; orders exports.
    var ingestedAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let published = Column(CodingKeys.published)
        static let ingestedAt = Column(CodingKeys.ingestedAt)
    }
}

/// A row of `quote`: one statement, flattened so its parts can be filtered in SQL.
struct QuoteRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "quote"

    var id: Int64?
    var articleId: String
    /// The statement's order in the article (0-based): `Quote`s come back in this order.
    var position: Int
    var kind: String
    var text: String
    var content: [Span]
    var quoted: [Span]
    var cueText: String?
    var cueStart: Int?
    var cueEnd: Int?
    /// Whether the statement had a `speaker` object at all, so an empty `Speaker` (all fields
    /// nil) and no speaker round-trip as they were extracted.
    var hasSpeaker: Bool
    var speakerName: String?
    var mention: String?
    var mentionStart: Int?
    var mentionEnd: Int?
    /// `Speaker.why`: how the name was found.
    var speakerWhy: String?
    /// The corpus-level person `speakerName` was resolved to.
    var personId: Int64?
    var confidence: Double
    /// The office the mention gives the speaker here ("Russian Defense Minister").
    var role: String?
    /// `PersonName.surnameKey` of `speakerName`: the statements a person is formed from.
    var surnameKey: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let articleId = Column(CodingKeys.articleId)
        static let position = Column(CodingKeys.position)
        static let personId = Column(CodingKeys.personId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `person`: one real person across the corpus.
struct PersonRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "person"

    var id: Int64?
    /// The fullest spelling seen so far.
    var name: String
    /// `PersonName.surnameKey` of `name`: people are only ever merged within one surname key.
    var surnameKey: String
    /// `SpeakerType`'s raw value: "person" or "organization".
    var type: String = "person"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
        static let surnameKey = Column(CodingKeys.surnameKey)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `personAlias`: another spelling of a person's name.
struct PersonAliasRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "personAlias"

    var personId: Int64
    var alias: String
    /// Why this spelling is the same person, as `dicta speaker NAME --why` prints it.
    var reason: String?

    enum Columns {
        static let personId = Column(CodingKeys.personId)
        static let alias = Column(CodingKeys.alias)
    }
}

/// A row of `entity`: a person, organisation or place named in an article.
struct EntityRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "entity"

    var id: Int64?
    var articleId: String
    var name: String
    var type: String
    var mentions: [Span]
    var aliases: [String]

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let articleId = Column(CodingKeys.articleId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

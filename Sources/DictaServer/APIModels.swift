import DictaCore
import DictaStore

/// The JSON the API returns. Field names are snake_case on the wire, as in `dicta extract`'s
/// JSON lines; `openapi.json` describes the same shapes.
struct StatementJSON: Codable, Sendable {
    struct SpeakerRef: Codable, Sendable {
        var id: Int64?
        var name: String?
        var mention: String?
    }

    struct Source: Codable, Sendable {
        var articleId: String
        var title: String?
        var outlet: String?
        var published: String?
        var url: String?
        var text: String
    }

    /// The statement's group id: the same for every copy, and the id of its page.
    var id: Int64?
    var kind: String
    var text: String
    var cue: String?
    var confidence: Double
    var speaker: SpeakerRef?
    /// The first publication.
    var source: Source
    var sources: [Source]
    var sourceCount: Int

    init(_ g: StatementGroup) {
        let s = g.statement
        id = s.groupID
        kind = s.quote.kind.rawValue
        text = s.quote.text
        cue = s.quote.cue?.text
        confidence = s.quote.confidence
        if s.personID != nil || s.quote.speaker != nil {
            speaker = SpeakerRef(id: s.personID, name: s.personName ?? s.quote.speaker?.name, mention: s.quote.speaker?.mention)
        }
        func sourceOf(_ q: StoredQuote) -> Source {
            Source(articleId: q.articleID, title: q.title, outlet: q.outlet, published: q.published, url: q.url, text: q.quote.text)
        }
        source = sourceOf(s)
        sources = g.sources.map(sourceOf)
        sourceCount = g.sourceCount
    }
}

struct StatementPageJSON: Codable, Sendable {
    var total: Int
    var offset: Int
    var limit: Int
    var statements: [StatementJSON]
}

struct RoleJSON: Codable, Sendable {
    var role: String
    var firstSeen: String?
    var lastSeen: String?
    var statements: Int

    init(_ r: RoleSeen) {
        role = r.role
        firstSeen = r.firstSeen
        lastSeen = r.lastSeen
        statements = r.statements
    }
}

struct SpeakerJSON: Codable, Sendable {
    var id: Int64
    var name: String
    /// "person" or "organization".
    var type: String
    var aliases: [String]
    var statements: Int
    var articles: Int
    var firstPublished: String?
    var lastPublished: String?
    var roles: [RoleJSON]

    init(_ s: SpeakerSummary) {
        id = s.id
        name = s.name
        type = s.type.rawValue
        aliases = s.aliases
        statements = s.quoteCount
        articles = s.articleCount
        firstPublished = s.firstPublished
        lastPublished = s.lastPublished
        roles = s.roles.map(RoleJSON.init)
    }
}

struct CountJSON: Codable, Sendable {
    var value: String
    var statements: Int
}

struct SpeakerDetailJSON: Codable, Sendable {
    var speaker: SpeakerJSON
    /// Statements per month ("2017-04"), oldest first; undated statements are not counted.
    var months: [CountJSON]
    /// Statements whose articles give no publication date.
    var undated: Int
    var topics: [CountJSON]
    /// One page of the statements, newest first: `offset` and `limit` as asked.
    var offset: Int
    var limit: Int
    var statements: [StatementJSON]

    init(_ d: PersonDetail, limit: Int) {
        speaker = SpeakerJSON(d.summary)
        months = Timeline.months(d.firstPublications).map { CountJSON(value: $0.month, statements: $0.count) }
        undated = Timeline.undated(d.firstPublications)
        offset = d.statementsOffset
        self.limit = limit
        topics = d.topics.map { CountJSON(value: $0.value, statements: $0.statements) }
        statements = d.statements.map(StatementJSON.init)
    }
}

struct ErrorJSON: Codable, Sendable {
    struct Body: Codable, Sendable { var message: String }
    var error: Body
}

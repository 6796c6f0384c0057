import DictaCore
import DictaPeople

/// Which statements ``Store/quotes(_:)`` returns: every non-nil field must hold.
public struct QuoteFilter: Sendable, Hashable {
    /// A person, by canonical name, any alias, or any compatible spelling: "Shoigu",
    /// "sergey shoigu" and "S. Shoigu" all find the quotes of "Sergei Shoigu".
    public var speaker: String?
    /// Words that must all appear in the statement text (full-text match, any order,
    /// case and diacritics ignored). A value with no word in it (blank, punctuation) is no
    /// condition.
    public var about: String?
    /// The outlet, case-insensitive.
    public var outlet: String?
    public var kind: QuoteKind?
    /// Earliest publication date, inclusive, compared as a prefix: "2024", "2024-05" or
    /// "2024-05-17". Articles with no date are left out when this is set.
    public var since: String?
    /// Latest publication date, inclusive, compared as a prefix like ``since``.
    public var until: String?
    /// Words that must all appear in the statement text, its speaker's name or its
    /// article's title (full-text, as ``Store/search(_:limit:)``). With no word in it
    /// (blank, punctuation) no statement passes, as `search` finds nothing.
    public var query: String?
    /// At most this many statements.
    public var limit: Int?
    /// Statements to skip before the first one returned (paging with ``limit``).
    public var offset: Int?
    /// Only this person's statements (a `SpeakerSummary.id`).
    public var personID: Int64?
    /// Only the statements of this article.
    public var articleID: String?
    /// Only this statement and its reprints (a ``StoredQuote/groupID``).
    public var groupID: Int64?
    /// Only statements whose attribution's stated confidence is at least this (0…1).
    public var minConfidence: Double?
    /// The order of ``Store/statements(_:)``: newest first, or best match of ``query`` first.
    public var order: StatementOrder = .date

    public init(personID: Int64) { self.personID = personID }

    public init(speaker: String? = nil, about: String? = nil, outlet: String? = nil,
                kind: QuoteKind? = nil, since: String? = nil, until: String? = nil,
                limit: Int? = nil) {
        self.speaker = speaker
        self.about = about
        self.outlet = outlet
        self.kind = kind
        self.since = since
        self.until = until
        self.limit = limit
    }
}

/// A statement with the article it comes from and the person it was resolved to.
public struct StoredQuote: Sendable, Equatable {
    /// The statement as extracted (offsets into the article body).
    public var quote: Quote
    /// The canonical name of the corpus-level person (the fullest spelling seen), which may
    /// differ from `quote.speaker?.name`; nil when the statement has no named speaker.
    public var personName: String?
    /// That person's id (a ``SpeakerSummary/id``).
    public var personID: Int64?
    public var articleID: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var source: String
    public var url: String?
    /// The statement this one is a copy of, as a group id shared by every article that
    /// carried it (the id of the first one stored); nil only for rows read without it.
    public var groupID: Int64?

    public init(quote: Quote, personName: String?, articleID: String, title: String?,
                outlet: String?, published: String?, source: String, url: String?) {
        self.quote = quote
        self.personName = personName
        self.articleID = articleID
        self.title = title
        self.outlet = outlet
        self.published = published
        self.source = source
        self.url = url
    }
}

/// One statement, however many articles carried it.
public struct StatementGroup: Sendable, Equatable {
    /// The statement as first published (the earliest dated source; undated ones last).
    public var statement: StoredQuote
    /// Every stored copy, earliest first: the statement itself, then its reprints.
    public var sources: [StoredQuote]

    /// How many articles carried the statement (an article repeating it counts once).
    public var sourceCount: Int { Set(sources.map(\.articleID)).count }

    public init(statement: StoredQuote, sources: [StoredQuote]) {
        self.statement = statement
        self.sources = sources
    }
}

/// One person of the corpus and how they were quoted.
public struct SpeakerSummary: Sendable, Equatable {
    public var id: Int64
    /// The fullest spelling seen.
    public var name: String
    /// Every other spelling seen, sorted.
    public var aliases: [String]
    /// Statements, a reprinted one counted once.
    public var quoteCount: Int
    public var articleCount: Int
    /// Earliest and latest `published` of the articles quoting them (nil when none is dated).
    public var firstPublished: String?
    public var lastPublished: String?
    /// The offices the statements' mentions give, in the order they were first seen.
    public var roles: [RoleSeen] = []
    /// A person or an organisation speaking as one ("Senate Democrats", "CNN").
    public var type: SpeakerType = .person

    public init(id: Int64, name: String, aliases: [String], quoteCount: Int, articleCount: Int,
                firstPublished: String?, lastPublished: String?) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.quoteCount = quoteCount
        self.articleCount = articleCount
        self.firstPublished = firstPublished
        self.lastPublished = lastPublished
    }
}

/// One result of ``Store/search(_:limit:)``.
public struct SearchHit: Sendable, Equatable {
    /// What matched: a statement (its text, speaker or its article's title) or the title of
    /// an article on its own (so articles without statements can be found too).
    public enum Kind: String, Sendable, Equatable {
        case quote
        case article
    }

    public var kind: Kind
    public var articleID: String
    public var title: String?
    /// The speaker's name as extracted; nil for article hits and unattributed statements.
    public var speaker: String?
    /// The statement text; nil for article hits.
    public var text: String?
    /// A few words around the match, matched words in `[` `]`.
    public var snippet: String
    /// bm25 relevance, lower is better (SQLite's convention); only the order is meaningful.
    public var score: Double

    public init(kind: Kind, articleID: String, title: String?, speaker: String?, text: String?,
                snippet: String, score: Double) {
        self.kind = kind
        self.articleID = articleID
        self.title = title
        self.speaker = speaker
        self.text = text
        self.snippet = snippet
        self.score = score
    }
}

/// An office a person held at some statements ("Russian Defense Minister"), and when: the
/// publication dates of the first and last articles that gave it (nil when undated).
public struct RoleSeen: Sendable, Equatable {
    public var role: String
    public var firstSeen: String?
    public var lastSeen: String?
    public var statements: Int

    public init(role: String, firstSeen: String?, lastSeen: String?, statements: Int) {
        self.role = role
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.statements = statements
    }
}

/// One person in full, as `dicta speaker NAME` shows them.
public struct PersonDetail: Sendable, Equatable {
    public var summary: SpeakerSummary
    /// Each other spelling, with why it was merged (nil: the same spelling once folded).
    public var aliasReasons: [(alias: String, reason: String?)]
    /// People with the same surname key kept apart from this one, and why.
    public var namesakes: [(name: String, reason: String)]
    /// The person's statements, reprints folded: all of them oldest first publication first
    /// (undated last), or one page of them newest first (`SQLiteStore.person(id:limit:offset:)`).
    public var statements: [StatementGroup]
    /// What the statements name most (entities in their content), most statements first.
    public var topics: [Tally] = []
    /// The first publication date of every statement of the person (nil: undated), whether
    /// or not ``statements`` holds them all: what a timeline counts.
    public var firstPublications: [String?] = []
    /// Where ``statements`` starts among the person's statements when it is one page
    /// (newest first); 0 when it holds them all.
    public var statementsOffset = 0

    public static func == (a: PersonDetail, b: PersonDetail) -> Bool {
        a.summary == b.summary && a.statements == b.statements
            && a.aliasReasons.map(\.alias) == b.aliasReasons.map(\.alias)
            && a.namesakes.map(\.name) == b.namesakes.map(\.name)
    }
}

/// A value and how many statements have it (a reprinted statement counted once).
public struct Tally: Sendable, Equatable {
    public var value: String
    /// The person's id when `value` is a speaker's name.
    public var id: Int64?
    public var statements: Int

    public init(value: String, id: Int64? = nil, statements: Int) {
        self.value = value
        self.id = id
        self.statements = statements
    }
}

/// How the statements passing a filter spread over speakers, outlets, kinds and dates: the
/// facets of a search page.
public struct StatementFacets: Sendable, Equatable {
    /// Statements in all (reprints folded).
    public var total: Int = 0
    /// Most statements first; at most a dozen each.
    public var speakers: [Tally] = []
    public var outlets: [Tally] = []
    public var kinds: [Tally] = []
    /// Earliest and latest publication date among them.
    public var firstPublished: String?
    public var lastPublished: String?

    public init() {}
}

/// What a speaker's name names: the one person it picks, if any, and the other people it can
/// name ("Trump" picks Donald J. Trump and names Eric, Ivanka and Melania Trump as others).
public struct SpeakerChoice: Sendable, Equatable {
    /// The person the name picks; nil when it names several and picks none, or no one.
    public var picked: SpeakerSummary?
    /// The other people the name can mean, most quoted first.
    public var others: [SpeakerSummary]
    public init(picked: SpeakerSummary?, others: [SpeakerSummary]) {
        self.picked = picked
        self.others = others
    }
}

/// How ``Store/statements(_:)`` orders what it lists.
public enum StatementOrder: String, Sendable, Hashable, CaseIterable {
    /// Newest article first, undated last.
    case date
    /// Best match of the filter's `query` first (FTS5's bm25 rank), then newest; without a
    /// query the same as ``date``.
    case relevance
}

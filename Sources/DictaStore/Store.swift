import DictaCore

/// Where attributed articles are kept and queried: one corpus, one set of people.
///
/// A protocol so the CLI and the server depend on what a store does, not on SQLite: a
/// PostgreSQL store can come later behind the same methods. Everything crosses this boundary
/// as `DictaCore` values or the small result types of this module, so callers never import
/// the database library.
///
/// Guarantees every store gives:
/// - ``ingest(_:)`` stores an article whole (article, quotes, entities, people, search rows)
///   or not at all, and ingesting an article whose id is already stored changes nothing.
/// - Speakers are resolved across the corpus: one person per real person, however the
///   articles spell the name (see `DictaPeople.PersonName`).
///
/// ## Topics
/// ### Writing
/// - ``ingest(_:)``
/// - ``settle()``
/// ### Reading
/// - ``quotes(_:)``
/// - ``statements(_:)``
/// - ``facets(_:)``
/// - ``speakers()``
/// - ``person(id:)``
/// - ``search(_:limit:)``
/// - ``article(id:)``
/// - ``forEachArticle(_:)``
/// - ``allArticles()``
/// - ``counts()``
/// - ``generation()``
public protocol Store: Sendable {
    /// Stores `doc` in one transaction, or does nothing when an article with its id is stored.
    @discardableResult
    func ingest(_ doc: AttributedArticle) throws -> IngestOutcome

    /// ``ingest(_:)``, except that an article already stored takes `doc`'s url, title, outlet,
    /// dates and authors when they differ (a metadata table given after a first ingest), in
    /// one transaction with its search rows and the people its speakers belong to. Its text,
    /// statements and id stay as stored.
    @discardableResult
    func ingest(_ doc: AttributedArticle, updatingMetadata: Bool) throws -> IngestOutcome

    /// ``ingest(_:updatingMetadata:)`` for a batch that calls ``settle()`` when it ends: with
    /// `deferringPeople` the people of the article's speakers are formed then, once for the
    /// batch, instead of with every article (a new statement takes at once the person its
    /// spelling already has). Once the batch has settled, the people are the same.
    @discardableResult
    func ingest(_ doc: AttributedArticle, updatingMetadata: Bool, deferringPeople: Bool) throws -> IngestOutcome

    /// Many articles in one transaction, each whole or not at all: the outcome or the error of
    /// each, in order. A crash before the commit loses this batch only.
    func ingest(batch docs: [(doc: AttributedArticle, updatingMetadata: Bool)], deferringPeople: Bool) throws -> [Result<IngestOutcome, any Error>]

    /// Forms the people of prolific speakers again from all their statements. ``ingest(_:)``
    /// does so at once for a speaker with few statements; for one with many it links the new
    /// statements to the person their spelling already has and leaves the rest to this call,
    /// which a batch makes when it ends (`dicta ingest` does). Cheap when nothing is pending.
    func settle() throws

    /// The statements that pass every condition of `filter`, newest article first.
    func quotes(_ filter: QuoteFilter) throws -> [StoredQuote]
    /// ``quotes(_:)`` with reprints folded: one entry per statement with all its sources.
    func statements(_ filter: QuoteFilter) throws -> [StatementGroup]

    /// How the statements passing `filter` spread over speakers, outlets, kinds and dates
    /// (`limit` and `offset` are ignored).
    func facets(_ filter: QuoteFilter) throws -> StatementFacets

    /// Share of voice over the statements passing `filter`: the `top` speakers and outlets
    /// month by month, and statements by the sex given names state.
    func overview(_ filter: QuoteFilter, top: Int) throws -> Overview

    /// Every person of the corpus with how much and when they were quoted, most quoted first.
    func speakers() throws -> [SpeakerSummary]

    /// The person a name picks and the others it can mean (see ``SpeakerChoice``): a
    /// `speaker` filter answers for the picked one, or for all when none is picked.
    func speakerChoice(named name: String) throws -> SpeakerChoice

    /// One person in full (aliases, namesakes, statements, topics), or nil for an unknown id.
    func person(id: Int64) throws -> PersonDetail?

    /// One person with one page of their statements, newest first (the timeline still counts
    /// them all), or nil for an unknown id.
    func person(id: Int64, limit: Int, offset: Int) throws -> PersonDetail?

    /// ``person(id:limit:offset:)`` listing only the statements attributed with at least
    /// `minConfidence` (the counts and the timeline still count them all).
    func person(id: Int64, limit: Int, offset: Int, minConfidence: Double?) throws -> PersonDetail?

    /// Full-text search over statement text, speaker names and article titles, best first.
    /// Any user text is accepted: search syntax characters are taken as plain words.
    func search(_ query: String, limit: Int) throws -> [SearchHit]

    /// The article with this id, or with this unique id prefix of at least four characters,
    /// rebuilt as extracted. Nil when none matches; throws when a prefix matches several.
    func article(id: String) throws -> AttributedArticle?

    /// Calls `body` with every article in ingestion order, one at a time, so an export does
    /// not hold the corpus in memory.
    func forEachArticle(_ body: (AttributedArticle) throws -> Void) throws

    /// How many articles, statements and people the store holds.
    func counts() throws -> StoreCounts

    /// A number that grows with every change to the store (each stored article, from any
    /// process): what was computed at one generation holds until the generation moves.
    func generation() throws -> Int64
}

extension Store {
    /// Every article in ingestion order (see ``forEachArticle(_:)`` for large corpora).
    public func allArticles() throws -> [AttributedArticle] {
        var all: [AttributedArticle] = []
        try forEachArticle { all.append($0) }
        return all
    }
}

/// What ``Store/ingest(_:)`` did.
public enum IngestOutcome: Sendable, Equatable {
    /// The article was new and is now stored.
    case stored
    /// An article with the same id was already stored; nothing changed.
    case unchanged
    /// The article was stored; its metadata (url, title, outlet, date, authors) is now the
    /// given article's (``Store/ingest(_:updatingMetadata:)``).
    case updated
}

/// The size of a store, as `dicta stats` prints it.
public struct StoreCounts: Sendable, Equatable, Codable {
    public var articles: Int
    public var quotes: Int
    public var people: Int

    public init(articles: Int, quotes: Int, people: Int) {
        self.articles = articles
        self.quotes = quotes
        self.people = people
    }
}

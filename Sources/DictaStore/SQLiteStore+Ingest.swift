import DictaCore
import Foundation
import DictaPeople
import GRDB

extension SQLiteStore {
    /// Stores `doc` whole in one write transaction: the article row, its statements in order,
    /// its entities, its search rows, and the people of its speakers' surnames formed again.
    ///
    /// The id check happens inside the transaction, so two processes ingesting the same
    /// article cannot both store it. Anything that throws (a value the schema rejects, such
    /// as a confidence outside 0…1) rolls the whole article back, people included.
    @discardableResult
    public func ingest(_ doc: AttributedArticle) throws -> IngestOutcome {
        try ingest(doc, beforeCommit: {})
    }

    @discardableResult
    public func ingest(_ doc: AttributedArticle, updatingMetadata: Bool) throws -> IngestOutcome {
        try ingest(doc, updatingMetadata: updatingMetadata, beforeCommit: {})
    }

    @discardableResult
    public func ingest(_ doc: AttributedArticle, updatingMetadata: Bool, deferringPeople: Bool) throws -> IngestOutcome {
        try ingest(doc, updatingMetadata: updatingMetadata, deferringPeople: deferringPeople, beforeCommit: {})
    }

    /// ``ingest(_:)`` with a hook that runs after every row is written and before the commit,
    /// so tests can make an ingest fail at its last step.
    func ingest(_ doc: AttributedArticle, updatingMetadata: Bool = false, deferringPeople: Bool = false,
                beforeCommit: () throws -> Void) throws -> IngestOutcome {
        try write("storing article \(doc.article.id)") { db in
            let outcome = try Self.store(doc, updatingMetadata: updatingMetadata, deferringPeople: deferringPeople, in: db)
            try beforeCommit()
            return outcome
        }
    }

    /// Stores many articles in one write transaction, each inside a savepoint of its own: an
    /// article that fails is rolled back alone, whole, and its error stands in its place; the
    /// others are stored. Committing once for many articles is what makes a batch fast (the
    /// search index's pages are written once per batch, not once per article). A crash before
    /// the commit loses the open batch only, and a second run stores it (ingest is idempotent).
    public func ingest(batch docs: [(doc: AttributedArticle, updatingMetadata: Bool)],
                       deferringPeople: Bool) throws -> [Result<IngestOutcome, any Error>] {
        try write("storing \(docs.count) articles") { db in
            var out: [Result<IngestOutcome, any Error>] = []
            for (doc, updating) in docs {
                do {
                    var outcome = IngestOutcome.unchanged
                    try db.inSavepoint {
                        outcome = try Self.store(doc, updatingMetadata: updating, deferringPeople: deferringPeople, in: db)
                        return .commit
                    }
                    out.append(.success(outcome))
                } catch let error as DatabaseError {
                    out.append(.failure(StoreError.database(operation: "storing article \(doc.article.id)", reason: Self.reason(error))))
                } catch {
                    out.append(.failure(error))
                }
            }
            return out
        }
    }

    /// The rows of one article, inside the caller's transaction.
    private static func store(_ doc: AttributedArticle, updatingMetadata: Bool, deferringPeople: Bool,
                              in db: Database) throws -> IngestOutcome {
        if var stored = try ArticleRecord.fetchOne(db, key: doc.article.id) {
            guard updatingMetadata, try updateMetadata(&stored, to: doc.article, in: db) else { return .unchanged }
            try db.execute(sql: "UPDATE storeGeneration SET n = n + 1")
            return .updated
        }
        try insert(doc, ingestedAt: Date(), deferringPeople: deferringPeople, in: db)
        try db.execute(sql: "UPDATE storeGeneration SET n = n + 1")
        return .stored
    }

    private static func insert(_ doc: AttributedArticle, ingestedAt: Date, deferringPeople: Bool,
                               in db: Database) throws {
        let a = doc.article
        try ArticleRecord(a, ingestedAt: ingestedAt).insert(db)
        if let title = a.title, !title.isEmpty {
            // A title row's rowid is the negated article rowid: statement ids keep the positive ones.
            try insertSearchRow(rowid: -db.lastInsertedRowID, quoteText: nil, speaker: nil, title: title,
                                articleId: a.id, quoteId: nil, in: db)
        }
        for (position, quote) in doc.quotes.enumerated() {
            let role = Roles.stated(mention: quote.speaker?.mention, name: quote.speaker?.name)
            var record = QuoteRecord(quote, articleId: a.id, position: position, role: role)
            try record.insert(db)
            guard let quoteId = record.id else { continue }
            try insertSearchRow(rowid: quoteId, quoteText: quote.text, speaker: quote.speaker?.name,
                                title: a.title, articleId: a.id, quoteId: quoteId, in: db)
            try Reprints.group(quoteId: quoteId, text: quote.text, speaker: quote.speaker?.name, in: db)
            // What the statement is about: the entities its content names (not its speaker).
            for e in doc.entities where e.name != quote.speaker?.name
                && e.mentions.contains(where: { m in quote.content.contains { $0.overlaps(m) } }) {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO quoteAbout (quoteId, name, type) VALUES (?, ?, ?)")
                    .execute(arguments: [quoteId, e.name, e.type.rawValue])
            }
        }
        for entity in doc.entities {
            var record = EntityRecord(entity, articleId: a.id)
            try record.insert(db)
        }
        // The people of every surname this article's speakers bear, formed again with it.
        try PersonResolver.resolve(keys: doc.quotes.compactMap { $0.speaker?.name.flatMap(PersonName.init)?.surnameKey },
                                   article: a.id, deferring: deferringPeople, in: db)
    }

    /// Gives a stored article `a`'s metadata; false when it already had it. The title lives in
    /// the search rows too, and outlet and date are evidence for people, so both follow.
    private static func updateMetadata(_ stored: inout ArticleRecord, to a: Article, in db: Database) throws -> Bool {
        guard (stored.url, stored.title, stored.outlet, stored.published, stored.modified, stored.authors)
                != (a.url, a.title, a.outlet, a.published, a.modified, a.authors) else { return false }
        let titleChanged = stored.title != a.title
        (stored.url, stored.title, stored.outlet, stored.published, stored.modified, stored.authors)
            = (a.url, a.title, a.outlet, a.published, a.modified, a.authors)
        try stored.update(db)
        if titleChanged {
            let rowid = try Int64.fetchOne(db, sql: "SELECT rowid FROM article WHERE id = ?", arguments: [a.id])!
            try db.execute(sql: "DELETE FROM searchIndex WHERE rowid = ?", arguments: [-rowid])
            if let title = a.title, !title.isEmpty {
                try insertSearchRow(rowid: -rowid, quoteText: nil, speaker: nil, title: title,
                                    articleId: a.id, quoteId: nil, in: db)
            }
            try db.execute(sql: "UPDATE searchIndex SET title = ? WHERE rowid IN (SELECT id FROM quote WHERE articleId = ?)",
                           arguments: [a.title, a.id])
        }
        let keys = try String.fetchAll(db, sql: "SELECT DISTINCT surnameKey FROM quote WHERE articleId = ? AND surnameKey IS NOT NULL",
                                       arguments: [a.id])
        try PersonResolver.resolve(keys: keys, article: a.id, in: db)
        return true
    }

    /// Forms again, from all their statements, the people of every surname key that an ingest
    /// left unsettled (see ``Store/settle()``), a few hundred keys per transaction: a batch
    /// that deferred its people settles thousands of keys, and a commit each was most of its
    /// time.
    public func settle() throws {
        let keys = try read("listing unsettled people") { db in try PersonResolver.unsettled(in: db) }
        for start in stride(from: 0, to: keys.count, by: 256) {
            let group = keys[start..<min(start + 256, keys.count)]
            try write("forming the people named \(group.first!)…") { db in
                for key in group { try PersonResolver.settle(key, in: db) }
            }
        }
    }

    private static func insertSearchRow(rowid: Int64, quoteText: String?, speaker: String?, title: String?,
                                        articleId: String, quoteId: Int64?,
                                        in db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO searchIndex (rowid, quoteText, speaker, title, articleId, quoteId)
            VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [rowid, quoteText, speaker, title, articleId, quoteId])
    }
}

// MARK: - Values to rows

extension ArticleRecord {
    init(_ a: Article, ingestedAt: Date) {
        self.init(id: a.id, source: a.source, url: a.url, title: a.title,
                  published: a.published, modified: a.modified, authors: a.authors,
                  outlet: a.outlet, language: a.language, dateline: a.dateline,
                  keywords: a.keywords, body: a.body, captions: a.captions, ingestedAt: ingestedAt)
    }
}

extension QuoteRecord {
    /// A new statement, its person not yet resolved (``PersonResolver`` sets `personId`).
    init(_ q: Quote, articleId: String, position: Int, role: String?) {
        self.init(id: nil, articleId: articleId, position: position, kind: q.kind.rawValue,
                  text: q.text, content: q.content, quoted: q.quoted,
                  cueText: q.cue?.text, cueStart: q.cue?.span.start, cueEnd: q.cue?.span.end,
                  hasSpeaker: q.speaker != nil, speakerName: q.speaker?.name,
                  mention: q.speaker?.mention,
                  mentionStart: q.speaker?.span?.start, mentionEnd: q.speaker?.span?.end, speakerWhy: q.speaker?.why,
                  personId: nil, confidence: q.confidence,
                  role: role, surnameKey: q.speaker?.name.flatMap(PersonName.init)?.surnameKey)
    }
}

extension EntityRecord {
    init(_ e: Entity, articleId: String) {
        self.init(id: nil, articleId: articleId, name: e.name, type: e.type.rawValue,
                  mentions: e.mentions, aliases: e.aliases)
    }
}

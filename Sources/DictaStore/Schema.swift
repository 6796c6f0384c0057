import DictaPeople
import GRDB

/// The database schema, as a list of named migrations.
///
/// A migration that has shipped is never edited: a store created by an older Dicta is brought
/// up to date by running the migrations it lacks, in order. To change the schema, append
/// "v2", "v3", … here. Integrity lives in the schema itself: `NOT NULL`, `CHECK`s on the
/// values the contract bounds, and foreign keys that delete an article's statements, entities
/// and search rows with it.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2", migrate: v2)
        migrator.registerMigration("v3", migrate: v3)
        migrator.registerMigration("v4", migrate: v4)
        migrator.registerMigration("v5", migrate: v5)
        migrator.registerMigration("v6", migrate: v6)
        migrator.registerMigration("v7", migrate: v7)
        migrator.registerMigration("v8", migrate: v8)
        migrator.registerMigration("v9", migrate: v9)
        migrator.registerMigration("v10", migrate: v10)
        return migrator
    }

    /// Articles, statements, people and their aliases, entities, and the full-text index.
    private static func v1(_ db: Database) throws {
        try db.create(table: "article") { t in
            t.primaryKey("id", .text)
            t.column("source", .text).notNull()
            t.column("url", .text)
            t.column("title", .text)
            t.column("published", .text).indexed()
            t.column("modified", .text)
            t.column("authors", .text).notNull()       // JSON array of strings
            t.column("outlet", .text)
            t.column("language", .text)
            t.column("dateline", .text)
            t.column("keywords", .text).notNull()      // JSON array of strings
            t.column("body", .text).notNull()
            t.column("ingestedAt", .datetime).notNull()
        }

        try db.create(table: "person") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("surnameKey", .text).notNull().indexed()
        }

        try db.create(table: "personAlias") { t in
            t.column("personId", .integer).notNull()
                .references("person", onDelete: .cascade)
            t.column("alias", .text).notNull()
            t.primaryKey(["personId", "alias"])
        }

        try db.create(table: "quote") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("articleId", .text).notNull().indexed()
                .references("article", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("kind", .text).notNull()
                .check(sql: "kind IN ('direct', 'indirect', 'mixed')")
            t.column("text", .text).notNull()
            t.column("content", .text).notNull()       // JSON array of [start, end] spans
            t.column("cueText", .text)
            t.column("cueStart", .integer)
            t.column("cueEnd", .integer)
            t.column("hasSpeaker", .boolean).notNull()
            t.column("speakerName", .text)
            t.column("mention", .text)
            t.column("mentionStart", .integer)
            t.column("mentionEnd", .integer)
            t.column("personId", .integer).indexed()
                .references("person", onDelete: .setNull)
            t.column("confidence", .double).notNull()
                .check(sql: "confidence BETWEEN 0 AND 1")
            t.uniqueKey(["articleId", "position"])
        }

        try db.create(table: "entity") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("articleId", .text).notNull().indexed()
                .references("article", onDelete: .cascade)
            t.column("name", .text).notNull()
            t.column("type", .text).notNull()
            t.column("mentions", .text).notNull()      // JSON array of [start, end] spans
        }

        // One row per statement (its text, speaker and article title) and one title-only row
        // per titled article. A standalone table rather than external content: the indexed
        // text spans two tables, and rows are only ever added with their article.
        try createSearchIndex(db)
    }

    /// The full-text index and the trigger that deletes an article's rows with it (v1's
    /// columns; v9 rebuilt it with new rowids).
    private static func createSearchIndex(_ db: Database) throws {
        try db.create(virtualTable: "searchIndex", using: FTS5()) { t in
            t.tokenizer = .unicode61(diacritics: .remove)   // remove_diacritics 2
            t.column("quoteText")
            t.column("speaker")
            t.column("title")
            t.column("articleId").notIndexed()
            t.column("quoteId").notIndexed()                // NULL on title-only rows
        }
        // A virtual table cannot take part in foreign keys: delete its rows by trigger.
        try db.execute(sql: """
            CREATE TRIGGER article_delete_search AFTER DELETE ON article BEGIN
                DELETE FROM searchIndex WHERE articleId = old.id;
            END
            """)
    }

    /// Captions, entity aliases, the role stated at each statement, why an alias was merged,
    /// and what each statement is about (the entities its content names).
    private static func v2(_ db: Database) throws {
        try db.alter(table: "article") { t in t.add(column: "captions", .text).notNull().defaults(to: "[]") }
        try db.alter(table: "entity") { t in t.add(column: "aliases", .text).notNull().defaults(to: "[]") }
        try db.alter(table: "quote") { t in t.add(column: "role", .text) }
        try db.alter(table: "personAlias") { t in t.add(column: "reason", .text) }
        try db.create(table: "quoteAbout") { t in
            t.column("quoteId", .integer).notNull().references("quote", onDelete: .cascade)
            t.column("name", .text).notNull().indexed()
            t.column("type", .text).notNull()
            t.primaryKey(["quoteId", "name", "type"])
        }
    }

    /// Reprints: each statement's print key and the group of statements it belongs to (the id
    /// of the group's first statement), with the MinHash bands that find near-copies; and the
    /// roles, outlets and days each person was quoted with, the evidence for merging a surname.
    /// The statements of an older store are grouped and indexed here, in the order stored.
    private static func v3(_ db: Database) throws {
        try db.alter(table: "quote") { t in
            t.add(column: "printKey", .integer)
            t.add(column: "groupId", .integer)
        }
        try db.create(index: "quote_on_printKey", on: "quote", columns: ["printKey"])
        try db.create(index: "quote_on_groupId", on: "quote", columns: ["groupId"])
        try db.create(table: "quoteBand") { t in
            t.column("key", .integer).notNull().indexed()
            t.column("quoteId", .integer).notNull().indexed().references("quote", onDelete: .cascade)
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, text, speakerName FROM quote ORDER BY id") {
            try Reprints.group(quoteId: row["id"], text: row["text"], speaker: row["speakerName"], in: db)
        }
        // The evidence a surname-only mention is weighed against, one row per person and role,
        // and per person, outlet and day: looked up by key instead of scanning a person's
        // statements, which grow with the corpus.
        try db.create(table: "personRole") { t in
            t.column("personId", .integer).notNull().references("person", onDelete: .cascade)
            t.column("roleKey", .text).notNull()
            t.column("role", .text).notNull()
            t.column("articleId", .text).notNull()
            t.primaryKey(["personId", "roleKey"])
        }
        try db.create(table: "personOutletDay") { t in
            t.column("personId", .integer).notNull().references("person", onDelete: .cascade)
            t.column("outlet", .text).notNull()
            t.column("day", .text).notNull()
            t.column("articleId", .text).notNull()
            t.primaryKey(["personId", "outlet", "day"])
        }
        try db.execute(sql: """
            INSERT OR IGNORE INTO personRole (personId, roleKey, role, articleId)
            SELECT personId, lower(role), role, articleId FROM quote
            WHERE personId IS NOT NULL AND role IS NOT NULL ORDER BY id;
            INSERT OR IGNORE INTO personOutletDay (personId, outlet, day, articleId)
            SELECT quote.personId, article.outlet, substr(article.published, 1, 10), article.id
            FROM quote JOIN article ON article.id = quote.articleId
            WHERE quote.personId IS NOT NULL AND article.outlet IS NOT NULL AND article.published IS NOT NULL
            ORDER BY quote.id
            """)
    }

    /// The quoted words of each statement (`Quote.quoted`), a JSON array of spans. Statements
    /// stored before v4 had no such field: a direct quote's words are its content.
    private static func v4(_ db: Database) throws {
        try db.alter(table: "quote") { t in t.add(column: "quoted", .text).notNull().defaults(to: "[]") }
        try db.execute(sql: "UPDATE quote SET quoted = content WHERE kind = 'direct'")
    }

    /// Surname particles ("de Blasio", "bin Salman") became part of the surname key: every
    /// person's key is computed again.
    private static func v5(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM person") {
            let name: String = row["name"]
            guard let parsed = PersonName(name) else { continue }
            try db.execute(sql: "UPDATE person SET surnameKey = ? WHERE id = ?", arguments: [parsed.surnameKey, row["id"] as Int64])
        }
    }

    /// The founders of reprint groups by print key: the same words are looked up among the
    /// groups' first statements only (``Reprints``), not among every copy.
    private static func v7(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX quote_founder_on_printKey ON quote(printKey) WHERE id = groupId")
    }

    /// How each statement's speaker was found (`Speaker.why`), for `dicta show`.
    private static func v6(_ db: Database) throws {
        try db.alter(table: "quote") { t in t.add(column: "speakerWhy", .text) }
    }

    /// People became a function of the stored statements (``PersonResolver``): each statement
    /// carries its speaker's surname key, and the evidence tables of v3 give way to the
    /// statements themselves (v10 forms every person again).
    private static func v8(_ db: Database) throws {
        try db.alter(table: "quote") { t in t.add(column: "surnameKey", .text) }
        for row in try Row.fetchAll(db, sql: "SELECT id, speakerName FROM quote WHERE speakerName IS NOT NULL") {
            guard let key = PersonName(row["speakerName"] as String)?.surnameKey else { continue }
            try db.execute(sql: "UPDATE quote SET surnameKey = ? WHERE id = ?", arguments: [key, row["id"] as Int64])
        }
        try db.create(index: "quote_on_surnameKey", on: "quote", columns: ["surnameKey"])
        try db.drop(table: "personRole")
        try db.drop(table: "personOutletDay")
        // The people are formed again by v10, with the columns the resolver now writes.
    }

    /// Listing pages read in the order they show: articles newest first (undated last, then by
    /// id) from an index, each article's statements by position, so a page stops after its
    /// rows instead of sorting the store. A statement's search row takes the statement's id as
    /// its rowid (a title row the negated article rowid), so a word filter reads only FTS5's
    /// lists of rowids, not a stored column per match. And a generation that every ingest
    /// bumps, so that what is computed over the whole store (facet counts) can be kept until
    /// the store changes. And the surname keys whose people are to be formed again at the end
    /// of a batch (``PersonResolver``).
    private static func v9(_ db: Database) throws {
        try db.execute(sql: "DROP TRIGGER article_delete_search")
        try db.execute(sql: "ALTER TABLE searchIndex RENAME TO searchIndexV1")
        try createSearchIndex(db)
        try db.execute(sql: """
            INSERT INTO searchIndex (rowid, quoteText, speaker, title, articleId, quoteId)
            SELECT COALESCE(quoteId, -(SELECT rowid FROM article WHERE article.id = searchIndexV1.articleId)),
                   quoteText, speaker, title, articleId, quoteId
            FROM searchIndexV1 ORDER BY rowid;
            DROP TABLE searchIndexV1;
            """)
        try db.execute(sql: """
            CREATE INDEX article_on_listingOrder ON article((published IS NULL), published DESC, id);
            CREATE INDEX quote_on_articleId_position ON quote(articleId, position);
            CREATE TABLE storeGeneration (n INTEGER NOT NULL);
            INSERT INTO storeGeneration (n) VALUES (0);
            CREATE TABLE unsettledKey (key TEXT PRIMARY KEY NOT NULL);
            CREATE INDEX quote_on_surnameKey_speakerName ON quote(surnameKey, speakerName);
            """)
    }

    /// Speakers are typed (person or organisation) and names that are no source are no one's
    /// (issue 16): every person is formed again under the new rules.
    private static func v10(_ db: Database) throws {
        try db.alter(table: "person") { t in t.add(column: "type", .text).notNull().defaults(to: "person") }
        // Roles are noun phrases of the title lexicon now, never clause fragments.
        for row in try Row.fetchAll(db, sql: "SELECT id, mention, speakerName FROM quote WHERE role IS NOT NULL AND mention IS NOT NULL") {
            let role = Roles.stated(mention: row["mention"], name: row["speakerName"])
            try db.execute(sql: "UPDATE quote SET role = ? WHERE id = ?", arguments: [role, row["id"] as Int64])
        }
        let keys = try String.fetchAll(db, sql: "SELECT DISTINCT surnameKey FROM quote WHERE surnameKey IS NOT NULL")
        try PersonResolver.regroup(keys: Set(keys), in: db)
    }
}

import GRDB

extension SQLiteStore {
    /// Column weights for bm25, in the index's column order: a word in what was said counts
    /// most, in who said it less, in the headline least (every statement row carries its
    /// article's title, so a title word alone should not lift a statement above one that
    /// says it).
    static let searchWeights = (quoteText: 10.0, speaker: 4.0, title: 1.0)

    /// Full-text search: every word of `query` must appear in a row (statement text, speaker
    /// or title), best bm25 first. Words are quoted before they reach FTS5, so `NATO"` or
    /// `AND (` are searched as plain words, never parsed as syntax. An empty query, or one
    /// with no word, finds nothing.
    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        guard limit > 0, let pattern = SearchPattern.allTerms(in: query) else { return [] }
        let w = Self.searchWeights
        return try read("searching for \(query)") { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT searchIndex.articleId, searchIndex.quoteId,
                       snippet(searchIndex, -1, '[', ']', '…', 12) AS snippet,
                       bm25(searchIndex, ?, ?, ?) AS score,
                       article.title, quote.speakerName, quote.text
                FROM searchIndex
                JOIN article ON article.id = searchIndex.articleId
                LEFT JOIN quote ON quote.id = searchIndex.quoteId
                WHERE searchIndex MATCH ?
                ORDER BY score, searchIndex.rowid
                LIMIT ?
                """, arguments: [w.quoteText, w.speaker, w.title, pattern, limit])
            return rows.map { row in
                let isQuote = row["quoteId"] as Int64? != nil
                return SearchHit(kind: isQuote ? .quote : .article,
                                 articleID: row["articleId"],
                                 title: row["title"],
                                 speaker: isQuote ? row["speakerName"] : nil,
                                 text: isQuote ? row["text"] : nil,
                                 snippet: row["snippet"] ?? "",
                                 score: row["score"])
            }
        }
    }
}

/// Turns what a person typed into an FTS5 query that cannot be a syntax error.
enum SearchPattern {
    /// `"word1" "word2"`: each whitespace-separated word with a letter or digit, as an FTS5
    /// string (inner `"` doubled), all required. Nil when no such word is left.
    ///
    /// Inside a string FTS5 applies the table's tokenizer, so `NATO-Russia` becomes the
    /// phrase "nato russia" and punctuation alone is never a term.
    ///
    /// Control characters separate words too: a NUL inside an FTS5 string ends it early for
    /// SQLite's parser ("unterminated string"), which made `NATO%00said` a server error.
    static func allTerms(in query: String) -> String? {
        let words = query.split(whereSeparator: { c in
            c.isWhitespace || c.unicodeScalars.contains { $0.properties.generalCategory == .control }
        }).filter { word in
            word.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
    }
}

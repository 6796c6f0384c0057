import DictaPeople
import GRDB

/// Groups each new statement with an earlier one it reprints (``StatementPrint``), so a
/// statement carried by several articles or outlets is listed once, with its sources.
///
/// A statement joins the group of the most similar earlier statement that is a reprint of it
/// (same words first, then highest similarity, then the oldest group) and whose speaker is
/// compatible: the same name, or one a spelling of the other ("Shoigu", "Sergey Shoigu"), or
/// either unknown. Otherwise it starts a group of its own, whose id is its own id. Near-copies
/// are compared with each group's first statement only (only those are banded), so the work
/// per statement does not grow with how often a statement was reprinted.
enum Reprints {
    /// Candidates read per print key and per band: enough for the groups a statement really
    /// has (a few outlets' copies), few enough that templated text stays linear.
    static let perKey = 8

    static func group(quoteId: Int64, text: String, speaker: String?, in db: Database) throws {
        let print = StatementPrint(text)
        guard !print.words.isEmpty else {
            try db.cachedStatement(sql: "UPDATE quote SET groupId = ? WHERE id = ?").execute(arguments: [quoteId, quoteId])
            return
        }
        // Same words: the groups a statement with these words founded (founders only, from a
        // partial index, so that a statement copied 20,000 times is not read 20,000 times).
        var rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, groupId, text, speakerName FROM quote
            WHERE printKey = ? AND id = groupId AND id != ? LIMIT \(Self.perKey)
            """), arguments: [print.key, quoteId])
        // Near-copies: the first statements stored under each band. A band that templated
        // statements share ("the health minister said", a number apart) holds thousands;
        // reading a bounded few of each keeps a statement's cost independent of the corpus.
        let bands = print.bands
        var candidates = Set<Int64>()
        for band in bands {
            let ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT quoteId FROM quoteBand WHERE key = ? LIMIT \(Self.perKey)"),
                                         arguments: [band])
            candidates.formUnion(ids)
        }
        candidates.remove(quoteId)
        if !candidates.isEmpty {
            rows += try Row.fetchAll(db, sql: "SELECT id, groupId, text, speakerName FROM quote WHERE id IN (\(databaseQuestionMarks(count: candidates.count)))",
                                     arguments: StatementArguments(candidates.sorted()))
        }
        let speakerName = speaker.flatMap(PersonName.init)
        var best: (groupId: Int64, exact: Bool, similarity: Double)?
        for row in rows {
            guard let groupId: Int64 = row["groupId"] else { continue }
            if let a = speakerName, let other: String = row["speakerName"], let b = PersonName(other),
               !a.isCompatible(with: b) { continue }
            let candidate = StatementPrint(row["text"])
            guard let similarity = print.reprintSimilarity(candidate) else { continue }
            let exact = candidate.key == print.key
            if let b = best, !(exact && !b.exact),
               exact != b.exact || similarity < b.similarity || (similarity == b.similarity && groupId >= b.groupId) { continue }
            best = (groupId, exact, similarity)
        }
        try db.cachedStatement(sql: "UPDATE quote SET printKey = ?, groupId = ? WHERE id = ?")
            .execute(arguments: [print.key, best?.groupId ?? quoteId, quoteId])
        // Only a group's first statement is banded: a statement reprinted a thousand times
        // is then compared once, not a thousand times.
        guard best == nil else { return }
        for band in bands {
            try db.cachedStatement(sql: "INSERT INTO quoteBand (key, quoteId) VALUES (?, ?)").execute(arguments: [band, quoteId])
        }
    }
}

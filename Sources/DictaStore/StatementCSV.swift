import Foundation

/// Statements as CSV (RFC 4180), in the one column set that `dicta quotes`, `dicta export` and
/// the web's downloads share: who (the corpus-level person and their id, the words at the
/// statement), what (kind, text, cue, confidence, offsets into the article body), where
/// (article id, url, outlet, date, title, input) and in how many articles it ran.
public enum StatementCSV {
    public static func row(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\r\n"
    }

    public static let header = row(["speaker", "speaker_id", "mention", "kind", "text", "cue", "confidence", "start", "end",
                                    "article_id", "url", "outlet", "published", "title", "source", "source_count"])

    public static func row(_ r: StoredQuote, sourceCount: Int) -> String {
        let q = r.quote
        return row([r.personName ?? q.speaker?.name ?? "", r.personID.map { "\($0)" } ?? "", q.speaker?.mention ?? "",
                    q.kind.rawValue, q.text, q.cue?.text ?? "", String(format: "%.3f", q.confidence),
                    q.content.first.map { "\($0.start)" } ?? "", q.content.last.map { "\($0.end)" } ?? "",
                    r.articleID, r.url ?? "", r.outlet ?? "", r.published ?? "", r.title ?? "", r.source, String(sourceCount)])
    }
}

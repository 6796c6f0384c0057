/// An article as extracted from a page: metadata and the body text every span points into.
public struct Article: Sendable, Equatable, Codable {
    /// Stable id: see ``ArticleID``.
    public var id: String
    /// The input path or URL as given.
    public var source: String
    public var url: String?
    public var title: String?
    /// `YYYY-MM-DD` or full ISO 8601, only when the page states it (never a page clock).
    public var published: String?
    public var modified: String?
    public var authors: [String]
    public var outlet: String?
    public var language: String?
    /// The place line that opened the article ("MOSCOW"), taken out of the body.
    public var dateline: String?
    public var keywords: [String]
    /// Paragraphs separated by a blank line. All ``Span``s index this string's scalars.
    public var body: String
    /// Photo captions and other short prose the page shows outside the body. Never searched
    /// for statements; the names in them are other spellings of the article's people
    /// ("Sergey Shoigu" under a photo of the article's "Sergei Shoigu").
    public var captions: [String]

    public init(id: String? = nil, source: String, url: String? = nil, title: String? = nil,
                published: String? = nil, modified: String? = nil, authors: [String] = [],
                outlet: String? = nil, language: String? = nil, dateline: String? = nil,
                keywords: [String] = [], body: String, captions: [String] = []) {
        self.source = source
        self.url = url
        self.title = title
        self.published = published
        self.modified = modified
        self.authors = authors
        self.outlet = outlet
        self.language = language
        self.dateline = dateline
        self.keywords = keywords
        self.body = body
        self.captions = captions
        self.id = id ?? ArticleID.make(outlet: outlet, url: url, title: title, body: body)
    }
}

/// The stable article id: 16 hex digits of a 64-bit FNV-1a hash over outlet, URL, title and body.
///
/// The same page ingested twice gets the same id, which is what makes ingestion idempotent.
/// The source path is left out on purpose: the same article copied elsewhere is the same article.
public enum ArticleID {
    public static func make(outlet: String?, url: String?, title: String?, body: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [outlet ?? "", url ?? "", title ?? "", body] {
            for b in part.utf8 {
                h ^= UInt64(b)
                h = h &* 0x0000_0100_0000_01b3
            }
            h ^= 0x1f  // field separator, so ("ab","c") and ("a","bc") differ
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

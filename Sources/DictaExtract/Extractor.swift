import DictaCore
import Foundation

/// Turns the bytes of one input into an ``DictaCore/Article``.
///
/// 1. Decompress gzip (by magic number, whatever the name says).
/// 2. Decide the kind: the caller's, else the file extension, else sniff the bytes.
/// 3. Decode and read: scraped text through ``ScrapedTextCleaner``, raw text as is.
public struct Extractor: Sendable {
    public struct Options: Sendable {
        /// Take the whole input as the article body, byte for byte (no cleaning).
        public var raw = false
        public init(raw: Bool = false) { self.raw = raw }
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Extracts the article from `data`. `source` is kept as given and also names the input
    /// kind through its extension; `url` is the page's address when known.
    public func extract(_ data: Data, source: String, url: String? = nil) throws -> Article {
        try extractNoting(data, source: source, url: url).article
    }

    /// ``extract(_:source:url:)``, with what the user should hear about it: a body cut to its
    /// cap, one line each.
    public func extractNoting(_ data: Data, source: String, url: String? = nil, kind stated: InputKind? = nil) throws -> (article: Article, notes: [String]) {
        var bytes = data
        if Gzip.isGzip(bytes) { bytes = try Gzip.decompress(bytes) }
        // What the input states (a JSON line's "html" or "text") decides; else the extension,
        // except that markup is HTML whatever the name says (a page saved as .txt); text named
        // .html is still given to the HTML reader, which copes.
        let named = InputKind.fromExtension(source)
        let kind: InputKind = options.raw ? .raw : stated ?? (named == .html ? .html : InputKind.sniff(bytes))
        switch kind {
        case .html:
            return try html(bytes, source: source, url: url)
        case .raw:
            let text = try TextDecoding.utf8(bytes)
            return (Article(source: source, url: url, language: LanguageGuess.shared.guess(text), body: text), [])
        case .text:
            let r = ScrapedTextCleaner().clean(try TextDecoding.utf8(bytes))
            guard !r.body.isEmpty || r.title != nil else { throw ExtractError.noText }
            return (Article(source: source, url: url, title: r.title, published: r.published,
                            modified: r.modified, outlet: r.outlet,
                            language: LanguageGuess.shared.guess(r.body), dateline: r.dateline,
                            keywords: r.keywords, body: r.body, captions: r.captions), [])
        }
    }

    /// HTML: the reader's body and metadata; a dateline opening the body moves to `dateline`.
    func html(_ bytes: Data, source: String, url: String?) throws -> (Article, [String]) {
        guard !bytes.isEmpty else { throw ExtractError.empty }
        let head = bytes.prefix(8192).withUnsafeBytes { b in b.baseAddress.map { memchr($0, 0, b.count) != nil } ?? false }
        if head && !bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFE, 0xFF]) {
            throw ExtractError.binary
        }
        let r: HTMLReader.Result
        do { r = try HTMLReader().read(bytes, url: url) } catch { throw ExtractError.unparseableHTML }
        var body = r.body
        var dateline: String?
        if let d = Dateline(paragraph: body) {
            dateline = d.place
            body = String(body.dropFirst(d.length))
        }
        let m = r.metadata
        let notes = r.cutFrom.map { ["body cut to its first \(HTMLReader.maxBodyBytes >> 20) MB (the page holds \(String(format: "%.1f", Double($0) / 1_048_576)) MB of text)"] } ?? []
        return (Article(source: source, url: url, title: m.title, published: m.published, modified: m.modified,
                        authors: m.authors, outlet: m.outlet, language: m.language ?? LanguageGuess.shared.guess(body),
                        dateline: dateline, keywords: m.keywords, body: body, captions: r.captions), notes)
    }
}

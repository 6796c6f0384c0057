import DictaCore
import DictaExtract
import Foundation

/// One page to extract, as an input gave it: a file, or a line of a JSON-lines file.
public struct Page: Sendable {
    /// The source name: the path, or `FILE:LINE` for a line of a JSON-lines file.
    public let name: String
    public let data: Data
    /// What the bytes are when the input says so (a JSON line's `html` or `text`); nil lets
    /// the extractor decide by name and content.
    public let kind: InputKind?
    public let url: String?
    /// What the crawler knew of the page; it fills what the page does not say.
    public let hints: MetadataTable.Entry?

    public init(name: String, data: Data, kind: InputKind? = nil, url: String? = nil, hints: MetadataTable.Entry? = nil) {
        self.name = name
        self.data = data
        self.kind = kind
        self.url = url
        self.hints = hints
    }
}

/// How standard input is read: one page, or JSON lines of pages.
public enum InputFormat: String, Sendable, CaseIterable {
    /// The whole input is one page (HTML or text).
    case page
    /// One page a line, as crawlers write them: `{"url", "html"}` or `{"url", "text"}`.
    case jsonl
}

/// Reads the pages of a batch's inputs in order, one at a time, so that a JSON-lines file of
/// any size is read in bounded memory: a plain file is one page, a `.jsonl` file (or standard
/// input with ``InputFormat/jsonl``) one page a line. Not thread-safe: one reader at a time.
public final class PageReader {
    private var items: IndexingIterator<[Result<InputItem, InputFailure>]>
    private let stdinFormat: InputFormat
    private var lines: LineReader?
    private var linesName = ""

    public init(_ items: [Result<InputItem, InputFailure>], stdinFormat: InputFormat = .page) {
        self.items = items.makeIterator()
        self.stdinFormat = stdinFormat
    }

    /// Whether `item` is read as JSON lines of pages.
    public static func isJSONLines(_ item: InputItem, stdinFormat: InputFormat) -> Bool {
        if item.isStdin { return stdinFormat == .jsonl }
        var name = item.name.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        return name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson")
    }

    /// The next page, a failure to report (the reader goes on after it), or nil at the end.
    public func next() -> Result<Page, InputFailure>? {
        while true {
            if let reader = lines {
                do {
                    if let (number, line) = try reader.next() {
                        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
                        return Result { () throws(InputFailure) in try Self.page(line, name: "\(linesName):\(number)") }
                    }
                } catch {
                    lines = nil
                    return .failure(error)
                }
                lines = nil
            }
            guard let entry = items.next() else { return nil }
            switch entry {
            case .failure(let f): return .failure(f)
            case .success(let item):
                if Self.isJSONLines(item, stdinFormat: stdinFormat) {
                    do {
                        lines = try LineReader(item)
                        linesName = item.name
                    } catch {
                        return .failure(error)
                    }
                    continue
                }
                return Result { () throws(InputFailure) in Page(name: item.name, data: try Inputs.read(item)) }
            }
        }
    }

    /// A JSON line as crawlers write a page: `url`, `html` or `text`, and optionally
    /// `published`, `title`, `outlet` and `authors` (a list or one string).
    struct Line: Decodable {
        var url: String?
        var html: String?
        var text: String?
        var published: String?
        var title: String?
        var outlet: String?
        var authors: [String]?

        enum CodingKeys: String, CodingKey { case url, html, text, published, title, outlet, authors }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            url = try c.decodeIfPresent(String.self, forKey: .url)
            html = try c.decodeIfPresent(String.self, forKey: .html)
            text = try c.decodeIfPresent(String.self, forKey: .text)
            published = try c.decodeIfPresent(String.self, forKey: .published)
            title = try c.decodeIfPresent(String.self, forKey: .title)
            outlet = try c.decodeIfPresent(String.self, forKey: .outlet)
            if let list = try? c.decodeIfPresent([String].self, forKey: .authors) {
                authors = list
            } else {
                authors = try c.decodeIfPresent(String.self, forKey: .authors).map { [$0] }
            }
        }
    }

    static func page(_ line: Data, name: String) throws(InputFailure) -> Page {
        let d: Line
        do {
            d = try JSONDecoder().decode(Line.self, from: line)
        } catch {
            throw InputFailure(name: name, reason: "not a page: \(InputFailure.describe(error))")
        }
        let body: String, kind: InputKind
        switch (d.html, d.text) {
        case (let html?, nil): body = html; kind = .html
        case (nil, let text?): body = text; kind = .text
        case (.some, .some): throw InputFailure(name: name, reason: "not a page: both \"html\" and \"text\"; give one")
        case (nil, nil): throw InputFailure(name: name, reason: "not a page: no \"html\" or \"text\"")
        }
        // A date that is no real date is left out, as the metadata table leaves it out.
        let published = d.published.flatMap { AttributedArticle.isDate($0) ? $0 : nil }
        let hints = MetadataTable.Entry(url: nil, title: d.title, outlet: d.outlet, published: published,
                                        authors: d.authors?.filter { !$0.isEmpty })
        return Page(name: name, data: Data(body.utf8), kind: kind, url: d.url, hints: hints)
    }
}

extension Article {
    /// This article with `hints` where it says nothing itself: a crawler's title, date,
    /// outlet or authors never replace what the page states. The id stays the page's.
    public func filling(_ hints: MetadataTable.Entry) -> Article {
        var a = self
        if a.title?.isEmpty ?? true, let v = hints.title, !v.isEmpty { a.title = v }
        if a.outlet?.isEmpty ?? true, let v = hints.outlet, !v.isEmpty { a.outlet = v }
        if a.published == nil, let v = hints.published { a.published = v }
        if a.authors.isEmpty, let v = hints.authors, !v.isEmpty { a.authors = v }
        return a
    }
}

/// The lines of one input, a megabyte read at a time; each line without its line end, with
/// its 1-based number.
final class LineReader {
    private let handle: FileHandle
    private let name: String
    private let closes: Bool
    private var pending = Data()
    private var start = 0
    private var number = 0
    private var ended = false
    /// For a `.gz` file: its bytes decompressed as they are read.
    private let gzip: GzipStream?

    init(_ item: InputItem) throws(InputFailure) {
        handle = item.isStdin ? FileHandle.standardInput : try Inputs.openForReading(item)
        name = item.name
        closes = !item.isStdin
        do {
            gzip = !item.isStdin && item.name.lowercased().hasSuffix(".gz") ? try GzipStream() : nil
        } catch {
            throw InputFailure(name: item.name, reason: error.description)
        }
    }

    deinit { if closes { try? handle.close() } }

    func next() throws(InputFailure) -> (Int, Data)? {
        while true {
            if let nl = pending[start...].firstIndex(of: 0x0A) {
                let line = pending[start..<nl]
                start = nl + 1
                number += 1
                return (number, line.last == 0x0D ? Data(line.dropLast()) : Data(line))
            }
            if ended {
                guard start < pending.endIndex else { return nil }
                let line = Data(pending[start...])
                start = pending.endIndex
                number += 1
                return (number, line)
            }
            pending = Data(pending[start...])
            start = pending.startIndex
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw InputFailure(name: name, reason: "cannot read: \(error.localizedDescription)")
            }
            do {
                if let chunk, !chunk.isEmpty {
                    pending.append(try gzip?.feed(chunk) ?? chunk)
                } else {
                    ended = true
                    try gzip?.finish()
                }
            } catch {
                // The lines decompressed before the bad bytes are read; the file ends here.
                ended = true
                throw InputFailure(name: "\(name):\(number + 1)", reason: error.description)
            }
        }
    }
}

extension InputFailure {
    /// A decoding error in a line's terms: which field, and what was wrong.
    public static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let c)?:
            return "missing \((c.codingPath + [key]).map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let c)?, .valueNotFound(_, let c)?:
            return "wrong value at \(c.codingPath.map(\.stringValue).joined(separator: ".")): \(c.debugDescription)"
        case .dataCorrupted(let c)?:
            return c.codingPath.isEmpty ? "not JSON" : "bad value at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        default:
            return "\(error)"
        }
    }
}

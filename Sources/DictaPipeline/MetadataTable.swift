import DictaCore
import Foundation

/// Article metadata that a corpus ships beside its texts (PolNeAR's `metadata.tsv`, a
/// crawler's CSV log): one row per article, keyed by file name or id, filling in or overriding
/// what the page itself does not say.
///
/// Columns are found by their header, in any order and case; unknown columns are ignored:
/// - key: `file`, `filename`, `path` or `id` — matched against the input's path, its file name,
///   or its file name without extensions (`breitbart_2016-03-11_x` names `…/breitbart_2016-03-11_x.txt.gz`);
/// - `url` (or `link`), `title` (or `headline`), `outlet` (or `publisher`, `site`, `source_name`),
///   `published` (or `publication_date`, `date`), `authors` (or `author`, `byline`; several
///   separated by `;` or `|`).
///
/// Empty cells and `None`, `NA`, `null`, `-` say nothing. A `.csv` file is RFC 4180 (quoted
/// fields may hold commas, quotes and line breaks); any other name is read as tab-separated,
/// one row a line. Written by hand: no maintained Swift CSV reader is among this machine's
/// packages, and the format needs forty lines.
public struct MetadataTable: Sendable {
    /// What one row says of its article; nil fields say nothing.
    public struct Entry: Sendable, Equatable {
        public var url: String?
        public var title: String?
        public var outlet: String?
        public var published: String?
        public var authors: [String]?
        public init(url: String? = nil, title: String? = nil, outlet: String? = nil, published: String? = nil, authors: [String]? = nil) {
            self.url = url
            self.title = title
            self.outlet = outlet
            self.published = published
            self.authors = authors
        }
    }

    /// A table that cannot be used at all (no key column, unreadable), naming the file.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Keyed by the key cell as written and by its file name without extensions.
    private var entries: [String: Entry] = [:]
    /// Rows that were read but had a problem, one `FILE:LINE: reason` each; the rest is used.
    public private(set) var warnings: [String] = []
    public var count: Int { rowCount }
    private var rowCount = 0

    static let keyColumns = ["file", "filename", "path", "id"]
    static let aliases: [String: String] = [
        "url": "url", "link": "url",
        "title": "title", "headline": "title",
        "outlet": "outlet", "publisher": "outlet", "site": "outlet", "source_name": "outlet",
        "published": "published", "publication_date": "published", "date": "published",
        "authors": "authors", "author": "authors", "byline": "authors",
    ]
    static let blanks: Set<String> = ["", "none", "na", "n/a", "null", "-"]

    public init(contentsOf path: String) throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw LoadError(description: "cannot read the metadata table \(path): \(error.localizedDescription)")
        }
        try self.init(String(decoding: data, as: UTF8.self), name: path, csv: path.lowercased().hasSuffix(".csv"))
    }

    /// Reads a table from its text; `name` is what diagnostics call it.
    public init(_ text: String, name: String, csv: Bool) throws {
        let rows = csv ? Self.csvRows(text) : Self.tsvRows(text)
        guard let (_, header) = rows.first else { throw LoadError(description: "\(name): the metadata table is empty") }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_") }
        guard let keyAt = Self.keyColumns.lazy.compactMap({ names.firstIndex(of: $0) }).first else {
            throw LoadError(description: "\(name): no key column: the header needs one of \(Self.keyColumns.joined(separator: ", ")) (it has \(names.joined(separator: ", ")))")
        }
        var fieldAt: [String: Int] = [:]
        for (i, n) in names.enumerated() { if let f = Self.aliases[n], fieldAt[f] == nil { fieldAt[f] = i } }
        for (line, cells) in rows.dropFirst() where !(cells.count == 1 && cells[0].isEmpty) {
            func cell(_ f: String) -> String? {
                guard let i = fieldAt[f], i < cells.count else { return nil }
                let v = cells[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return Self.blanks.contains(v.lowercased()) ? nil : v
            }
            guard keyAt < cells.count, case let key = cells[keyAt].trimmingCharacters(in: .whitespaces), !key.isEmpty else {
                warnings.append("\(name):\(line): no \(names[keyAt]); row ignored")
                continue
            }
            var e = Entry(url: cell("url"), title: cell("title"), outlet: cell("outlet"), published: cell("published"))
            if let p = e.published, !DatePrefix.isPublicationDate(p) {
                warnings.append("\(name):\(line): published \"\(p)\" is not a real date as YYYY-MM-DD; left out")
                e.published = nil
            }
            if let a = cell("authors") {
                var v = a
                if v.hasPrefix("By ") || v.hasPrefix("by ") { v.removeFirst(3) }
                e.authors = v.split(whereSeparator: { $0 == ";" || $0 == "|" })
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            if entries[key] != nil {
                warnings.append("\(name):\(line): \(key) is named by an earlier row; the earlier row is used")
                continue
            }
            rowCount += 1
            entries[key] = e
            let stem = Self.stem(key)
            if stem != key, entries[stem] == nil { entries[stem] = e }
        }
    }

    /// The row for an input, by path, file name, or file name without extensions.
    public func entry(forSource source: String) -> Entry? {
        if let e = entries[source] { return e }
        let file = (source as NSString).lastPathComponent
        return entries[file] ?? entries[Self.stem(file)]
    }

    /// The row for an article: by its source, then by its id.
    public func entry(for article: Article) -> Entry? {
        entry(forSource: article.source) ?? entries[article.id]
    }

    /// A file name without its directory and extensions ("a/b.txt.gz" → "b"); a name that is
    /// all extension stays whole.
    static func stem(_ s: String) -> String {
        let file = (s as NSString).lastPathComponent
        guard let dot = file.firstIndex(of: "."), dot > file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// Tab-separated rows with their 1-based line numbers.
    static func tsvRows(_ text: String) -> [(Int, [String])] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .enumerated().compactMap { i, l in
                let line = l.hasSuffix("\r") ? l.dropLast() : l
                return line.isEmpty ? nil : (i + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
            }
    }

    /// RFC 4180 rows with the line each starts on.
    static func csvRows(_ text: String) -> [(Int, [String])] {
        var rows: [(Int, [String])] = [], row: [String] = [], field = ""
        var quoted = false, line = 1, rowLine = 1, fieldStarted = false
        var it = Array(text.unicodeScalars)[...]
        func endRow() {
            row.append(field)
            if !(row.count == 1 && row[0].isEmpty) { rows.append((rowLine, row)) }
            row = []; field = ""; fieldStarted = false
        }
        while let c = it.popFirst() {
            if quoted {
                if c == "\"" {
                    if it.first == "\"" { field.unicodeScalars.append("\""); it.removeFirst() } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where !fieldStarted: quoted = true; fieldStarted = true
            case ",": row.append(field); field = ""; fieldStarted = false
            case "\r" where it.first == "\n": break
            case "\n", "\r": endRow(); line += 1; rowLine = line
            default: field.unicodeScalars.append(c); fieldStarted = true
            }
        }
        if fieldStarted || !row.isEmpty { endRow() }
        return rows
    }
}

extension Article {
    /// This article with what `entry` states in place of its own values. The id stays the
    /// page's: it names the text, so a batch ingested without the table and again with it is
    /// one article, updated.
    public func applying(_ entry: MetadataTable.Entry) -> Article {
        var a = self
        if let v = entry.url { a.url = v }
        if let v = entry.title { a.title = v }
        if let v = entry.outlet { a.outlet = v }
        if let v = entry.published { a.published = v }
        if let v = entry.authors { a.authors = v }
        return a
    }
}

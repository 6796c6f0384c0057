import Foundation

/// Reconciles what a page says about itself into article metadata. Each field takes the most
/// specific statement first: JSON-LD, then OpenGraph and article meta tags, then generic meta
/// tags, then marked-up elements (`<time>`, bylines), then the `<title>`.
struct PageMetadata {
    var title: String?
    var published: String?
    var modified: String?
    var authors: [String] = []
    var outlet: String?
    var language: String?
    var keywords: [String] = []
    /// The article text the page states in JSON-LD, if any.
    var statedBody: String?

    /// `nearTop`: short lines around the start of the article; `shortLines`: every short line of
    /// the page, the last place a date is looked for.
    /// `shortLines` is only built when a late resort needs it.
    init(_ s: PageSignals, nearTop: [String] = [], shortLines makeShortLines: () -> [String] = { [] }) {
        var cachedShortLines: [String]?
        func shortLines() -> [String] {
            if let c = cachedShortLines { return c }
            let made = makeShortLines()
            cachedShortLines = made
            return made
        }
        let ld = JSONLDFacts(scripts: s.jsonLD)
        statedBody = ld.articleBody
        func meta(_ keys: String...) -> String? { meta(keys) }
        func meta(_ keys: [String]) -> String? {
            // Values are trimmed and never empty (the parser sees to it).
            for k in keys { if let v = s.meta[k]?.first { return v } }
            return nil
        }
        outlet = meta("og:site_name", "application-name", "twitter:site").map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 } ?? ld.publisher
        title = Headline(h1: s.h1, h1Bare: s.h1Bare, h2: s.h2, furnitureH1: s.furnitureH1, og: meta("og:title", "twitter:title"),
                         ld: ld.headline, tag: s.titleTag, outlet: outlet,
                         stated: [meta("og:title"), meta("twitter:title"), ld.headline].compactMap { $0 }).best

        let lang = (s.lang ?? "").lowercased()
        let finder = DateFinder(dayFirst: !lang.hasPrefix("en") || lang.hasPrefix("en-gb"))
        let specificKeys = ["article:published_time", "og:published_time", "datepublished", "publishdate", "publish-date",
            "publication_date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
            "cxenseparse:recs:publishtime", "originalpublicationdate"]
        let genericKeys = ["pubdate", "date", "dc.date", "dcterms.date"]
        let modifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified"]
        var stamps = [ld.datePublished, meta(specificKeys)].compactMap { $0.map { PublicationDate.Stamp(raw: $0) } }
        stamps += s.times.filter(\.published).map { PublicationDate.Stamp(raw: $0.value) }
        stamps += [meta(genericKeys)].compactMap { $0.map { PublicationDate.Stamp(raw: $0, generic: true) } }
        stamps += s.times.map { PublicationDate.Stamp(raw: $0.value) }
        let statedRaw = [ld.datePublished, ld.dateModified].compactMap { $0 } + (specificKeys + genericKeys + modifiedKeys).compactMap { meta($0) }
        let near = s.dateTexts + nearTop
        // The date first, the clock labels only on lines that hold one: most lines hold none.
        func shownDay(_ line: String) -> String? { finder.first(in: line).flatMap { Self.isNotClock(line) ? $0 : nil } }
        func firstShown(_ lines: [String]) -> String? { lines.lazy.compactMap(shownDay).first }
        // Stated dates first, checked against the date shown next to the headline or atop the
        // text; the URL's date last, since an archive path can be older than the article.
        published = PublicationDate.choose(
            stamps: stamps,
            stated: Set(statedRaw.compactMap(Self.day)),
            shown: { firstShown(near) },
            shownLate: { firstShown(s.bylines + shortLines()) },
            shownInFurniture: { firstShown(s.furnitureTexts) },
            shownDays: { Set((near + s.bylines).compactMap(shownDay)) }
        ) ?? [s.canonical, meta("og:url")].lazy.compactMap { $0.flatMap(Self.dayInURL) }.first
        modified = ([ld.dateModified] + modifiedKeys.map { meta($0) }).lazy.compactMap { $0.flatMap(Self.day) }.first

        authors = AuthorNames.choose(
            stated: ld.authors,
            meta: meta("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"),
            bylines: s.bylines, postAuthorComment: s.postAuthorComment,
            shortLines: { nearTop + shortLines() }, outlet: outlet)

        language = (s.lang ?? meta("content-language", "og:locale", "language") ?? ld.language).flatMap(Self.languageCode)
        let kw = ld.keywords.isEmpty ? (meta("keywords", "news_keywords").map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? (s.meta["article:tag"] ?? [])) : ld.keywords
        keywords = kw.filter { !$0.isEmpty }
    }

    /// `YYYY-MM-DD` from ISO stamps ("2019-12-15T08:56:00+03:00") or written dates.
    static func day(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        let u = Array(t.utf8)
        if u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
           u[0..<4].allSatisfy({ $0 >= 48 && $0 <= 57 }), let y = Int(t.prefix(4)), (1990...2100).contains(y) {
            return DateParser.isoDay(from: String(t.prefix(10)))
        }
        // Not a loose read: a stamp's scattered numbers ("Tag 28.09.19 12:00") are no date.
        return DateFinder(dayFirst: true).first(in: t)
    }

    /// Labels of a page clock, whose date is today's, not the article's.
    static let clockLabels = ["aktuelle zeit", "current time", "it is currently", "heute ist", "today is", "local time", "ortszeit", "the time now"]

    static func isNotClock(_ line: String) -> Bool {
        let lower = line.lowercased()
        return !clockLabels.contains(where: { lower.contains($0) })
    }

    /// A date in a URL path: /2019/12/15/, /2019-12-15-, or day first: /15-12-2019.
    static func dayInURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." }).map(String.init)
        func ymd(_ y: String, _ m: String, _ d: String) -> String? {
            guard y.count == 4, let yy = Int(y), (1990...2100).contains(yy), m.count == 2, let mm = Int(m), (1...12).contains(mm),
                  d.count == 2, let dd = Int(d), (1...31).contains(dd) else { return nil }
            return DateParser.isoDay(from: "\(y)-\(m)-\(d)")
        }
        for i in 0..<max(0, parts.count - 2) {
            if let day = ymd(parts[i], parts[i + 1], parts[i + 2]) { return day }
        }
        for i in 0..<max(0, parts.count - 2) {
            if let day = ymd(parts[i + 2], parts[i + 1], parts[i]) { return day }
        }
        return nil
    }

    static func languageCode(_ s: String) -> String? {
        let code = s.lowercased().prefix(while: { $0.isLetter })
        return code.count == 2 || code.count == 3 ? String(code) : nil
    }
}

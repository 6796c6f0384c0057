import Foundation

/// The article facts a page states in JSON-LD (`<script type="application/ld+json">`).
struct JSONLDFacts {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var publisher: String?
    var keywords: [String] = []
    var language: String?
    /// The article's text, when the page gives it (`articleBody`, `text`).
    var articleBody: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "scholarlyarticle", "techarticle", "liveblogposting", "backgroundnewsarticle", "report", "posting",
        "socialmediaposting", "webpage", "itempage",
    ]

    init(scripts: [String]) {
        var objects: [[String: Any]] = []
        for s in scripts {
            guard let data = s.data(using: .utf8) else { continue }
            // Raw line breaks and tabs inside strings are invalid JSON that browsers and
            // search engines accept; as spaces they parse.
            guard let json = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
                    ?? (try? JSONSerialization.jsonObject(with: Data(data.map { $0 < 0x20 ? 0x20 : $0 }), options: [.fragmentsAllowed])) else { continue }
            Self.flatten(json, into: &objects)
        }
        // Authors are often references ({"@id": …}) to a Person elsewhere in the graph.
        var byID: [String: [String: Any]] = [:]
        for o in objects { if let id = o["@id"] as? String, o["name"] != nil { byID[id] = o } }
        // Articles first, web pages last: an Article's facts beat a WebPage's.
        let ranked = objects.filter { Self.types($0).contains(where: { Self.articleTypes.contains($0) }) }
            .sorted { Self.types($0).contains("webpage") == false && Self.types($1).contains("webpage") }
        for o in ranked {
            headline = headline ?? Self.string(o["headline"]) ?? (Self.types(o).contains("webpage") ? nil : Self.string(o["name"]))
            datePublished = datePublished ?? Self.string(o["datePublished"]) ?? Self.string(o["dateCreated"])
            dateModified = dateModified ?? Self.string(o["dateModified"])
            if authors.isEmpty { authors = Self.people(o["author"] ?? o["creator"], byID: byID) }
            publisher = publisher ?? Self.name(o["publisher"]) ?? Self.name(o["sourceOrganization"])
            if keywords.isEmpty, let k = o["keywords"] {
                if let s = k as? String { keywords = s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
                else if let a = k as? [String] { keywords = a }
            }
            language = language ?? Self.string(o["inLanguage"])
            if !Self.types(o).contains("webpage") { articleBody = articleBody ?? Self.string(o["articleBody"]) ?? Self.string(o["text"]) }
        }
        // A recipe, forum post or review states its author too; a photo's or video's author
        // is the photographer, not the writer.
        if authors.isEmpty {
            let media: Set<String> = ["imageobject", "videoobject", "audioobject", "mediaobject", "organization", "person", "website", "newsmediaorganization"]
            for o in objects where !Self.types(o).contains(where: { media.contains($0) }) {
                authors = Self.people(o["author"] ?? o["creator"], byID: byID)
                if !authors.isEmpty { break }
            }
        }
        if publisher == nil {
            publisher = objects.first(where: { Self.types($0).contains("organization") || Self.types($0).contains("newsmediaorganization") || Self.types($0).contains("website") })
                .flatMap { Self.string($0["name"]) }
        }
    }

    static func flatten(_ json: Any, into out: inout [[String: Any]]) {
        if let a = json as? [Any] { for x in a { flatten(x, into: &out) } }
        guard let o = json as? [String: Any] else { return }
        out.append(o)
        if let g = o["@graph"] { flatten(g, into: &out) }
        if let m = o["mainEntity"] { flatten(m, into: &out) }
    }

    static func types(_ o: [String: Any]) -> [String] {
        if let t = o["@type"] as? String { return [t.lowercased()] }
        if let t = o["@type"] as? [String] { return t.map { $0.lowercased() } }
        return []
    }

    static func string(_ v: Any?) -> String? {
        if let s = v as? String { let t = s.trimmingCharacters(in: .whitespacesAndNewlines); return t.isEmpty ? nil : t }
        if let a = v as? [Any] { return a.lazy.compactMap { string($0) }.first }
        return nil
    }

    static func name(_ v: Any?) -> String? {
        if let o = v as? [String: Any] { return string(o["name"]) }
        if let a = v as? [Any] { return a.lazy.compactMap { name($0) }.first }
        return string(v)
    }

    /// Person names under `author`: strings or objects with a name; organisations are left out.
    static func people(_ v: Any?, byID: [String: [String: Any]] = [:]) -> [String] {
        var out: [String] = []
        func add(_ x: Any) {
            if let s = x as? String, !s.hasPrefix("http") { out.append(s) }
            else if var o = x as? [String: Any] {
                if o["name"] == nil, let id = o["@id"] as? String, let target = byID[id] { o = target }
                if !types(o).contains("organization"), let n = string(o["name"]) { out.append(n) }
            }
            else if let a = x as? [Any] { a.forEach(add) }
        }
        if let v { add(v) }
        return out.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}

/// Picks the article's headline from the page's headings, OpenGraph, JSON-LD and `<title>`.
///
/// 1. The site's name is known from `og:site_name`, or from an `<h1>` that is the last part of
///    a `<title>` cut by a separator ("Post title | Blog name" with the blog name as `<h1>`),
///    unless OpenGraph says that `<h1>` is the title.
/// 2. A heading that is another part of the `<title>` is the headline (blogs put the post
///    title in an `<h2>` under a site-name `<h1>`); when two are, the first `<h1>` is the site.
/// 3. Else the first `<h1>` that is not the site's name or a navigation label.
/// 4. Else OpenGraph or JSON-LD, else the `<title>`, without the site-name part.
struct Headline {
    let best: String?

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " : "]
    /// Headings that label page parts, never an article.
    static let navigationLabels: Set<String> = [
        "menu", "menü", "navigation", "post navigation", "beitrags-navigation", "beitragsnavigation", "search",
        "suche", "main menu", "hauptmenü", "primary menu", "skip to content", "home", "startseite",
    ]

    init(h1: [String], h2: [String], furnitureH1: [String] = [], og: String?, ld: String?, tag: String?, outlet: String?) {
        let parts = tag.map(Self.segments) ?? []
        var siteNames = Set([outlet].compactMap { $0?.lowercased() })
        if parts.count >= 2, let last = parts.last, let h = (h1 + furnitureH1).first(where: { $0 == last }), og != h {
            siteNames.insert(h.lowercased())
        }
        func usable(_ h: String) -> Bool {
            h.count >= 3 && h.count <= 300 && !siteNames.contains(h.lowercased())
                && !Self.navigationLabels.contains(h.lowercased()) && !Self.looksLikeDomain(h)
        }
        let others = parts.filter { !siteNames.contains($0.lowercased()) }
        let matching = (h1 + h2 + furnitureH1).filter { usable($0) && others.contains($0) }
        if let first = matching.first {
            // Two headings that are both parts of the <title>: the first <h1> is the site's
            // header, the other the post ("Blog name » Post title").
            best = matching.count >= 2 && first == h1.first ? matching[1] : first
        } else if let h = h1.first(where: usable) {
            best = h
        } else if let o = og ?? ld, !o.isEmpty {
            best = Self.strip(o, siteNames: siteNames)
        } else if let t = tag, !t.isEmpty {
            best = Self.strip(t, siteNames: siteNames)
        } else {
            best = nil
        }
    }

    /// "example.de", "www.example.com": a site's name, not a headline.
    static func looksLikeDomain(_ h: String) -> Bool {
        !h.contains(" ") && h.contains(".") && h.last?.isLetter == true && h.count < 40
    }

    static func segments(_ t: String) -> [String] {
        for sep in separators where t.contains(sep) {
            return t.components(separatedBy: sep).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        }
        return [t]
    }

    /// "Headline - Site" / "Site | Headline" → "Headline": drops the parts that name the site;
    /// with no site name known, a short last part is taken to be it.
    static func strip(_ t: String, siteNames: Set<String>) -> String {
        for sep in separators where t.contains(sep) {
            let parts = t.components(separatedBy: sep).map { $0.trimmingSpaces }
            let kept = parts.filter { p in !siteNames.contains(where: { $0 == p.lowercased() || $0.contains(p.lowercased()) && p.count > 3 }) }
            if !kept.isEmpty, kept.count < parts.count { return kept.joined(separator: sep) }
            if parts.count >= 2, let last = parts.last, last.count < 30, parts.dropLast().joined().count > last.count {
                return parts.dropLast().joined(separator: sep)
            }
            // "Site - Headline": a short first part before a longer rest.
            if parts.count >= 2, let first = parts.first, first.count < 30, parts.dropFirst().joined().count > 2 * first.count {
                return parts.dropFirst().joined(separator: sep)
            }
            return t
        }
        return t
    }
}

/// Picks the article's headline from the page's headings, OpenGraph, JSON-LD and `<title>`.
///
/// 0. An `<h1>` led by a kicker element ("<span class=kicker>Climate</span> Drilling stops")
///    loses it when what remains is what OpenGraph, JSON-LD or `<title>` state.
/// 1. The site's name is known from `og:site_name`, or from an `<h1>` that is the last part of
///    a `<title>` cut by a separator ("Post title | Blog name" with the blog name as `<h1>`),
///    unless OpenGraph says that `<h1>` is the title, or that part is longer than the rest
///    ("Site - Section - Long headline").
/// 2. An `<h1>` that OpenGraph, Twitter or JSON-LD repeat is the headline.
/// 3. A heading that is another part of the `<title>` is the headline (blogs put the post
///    title in an `<h2>` under a site-name `<h1>`); when two are, the first `<h1>` is the
///    site's and the longest other one wins.
/// 4. Else the first `<h1>` that is not the site's name or a navigation label.
/// 5. Else OpenGraph or JSON-LD (an `<h2>` repeating it whole is taken as it is), cut only
///    of parts the `<title>` shows to be the site's; else the `<title>` without them.
struct Headline {
    let best: String?

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " : "]
    /// Headings that label page parts, never an article.
    static let navigationLabels: Set<String> = [
        "menu", "menü", "navigation", "post navigation", "beitrags-navigation", "beitragsnavigation", "search",
        "suche", "main menu", "hauptmenü", "primary menu", "skip to content", "home", "startseite",
    ]

    /// Lowercased, typographic quotes and dashes folded, soft hyphens dropped: for containment tests.
    static func fold(_ s: String) -> String {
        var out = ""
        for ch in s.lowercased() {
            switch ch {
            case "\u{00AD}": continue
            case "“", "”", "„", "«", "»": out.append("\"")
            case "’", "‘": out.append("'")
            case "–", "—": out.append("-")
            default: out.append(ch)
            }
        }
        return out
    }

    /// - Parameters:
    ///   - h1Bare: for each `<h1>`, its text without a leading kicker element, if it has one.
    ///   - stated: the headlines the page states in og:title, twitter:title and JSON-LD.
    init(h1 rawH1: [String], h1Bare: [String?] = [], h2: [String], furnitureH1: [String] = [], og: String?, ld: String?, tag: String?, outlet: String?,
         stated: [String] = []) {
        // An <h1> led by a kicker element loses it when the rest is what og/twitter/JSON-LD/<title> say.
        let said = h1Bare.contains { $0 != nil } ? (stated + [tag].compactMap { $0 }).map(Self.fold) : []
        let h1 = rawH1.enumerated().map { i, h -> String in
            guard i < h1Bare.count, let b = h1Bare[i], b != h else { return h }
            let f = Self.fold(b)
            return said.contains(where: { $0.contains(f) }) ? b : h
        }
        let parts = tag.map(Self.segments) ?? []
        var siteNames = Set([outlet].compactMap { $0?.lowercased() })
        if parts.count >= 2, let last = parts.last, let h = (h1 + furnitureH1).first(where: { $0 == last }), og != h {
            // A long last part is the headline ("Site - Section - Headline"), unless another part is a heading.
            let rest = parts.dropLast()
            if last.count <= rest.joined(separator: " ").count || (h1 + h2 + furnitureH1).contains(where: { rest.contains($0) }) {
                siteNames.insert(h.lowercased())
            }
        }
        func usable(_ h: String) -> Bool {
            h.count >= 3 && h.count <= 300 && !siteNames.contains(h.lowercased())
                && !Self.navigationLabels.contains(h.lowercased()) && !Self.looksLikeDomain(h)
        }
        // An <h1> that og:title, twitter:title or JSON-LD repeat (soft hyphens aside) is the headline.
        func noShy(_ s: String) -> String { s.replacingOccurrences(of: "\u{00AD}", with: "") }
        for x in h1 + furnitureH1 where usable(x) {
            if let m = stated.first(where: { noShy($0) == noShy(x) }) { best = m; return }
        }
        let others = parts.filter { !siteNames.contains($0.lowercased()) }
        let matching = (h1 + h2 + furnitureH1).filter { usable($0) && others.contains($0) }
        if let first = matching.first {
            // The first <h1> is the site's header when another heading matches too; then the longest.
            let rest = matching.count >= 2 && first == h1.first ? Array(matching.dropFirst()) : matching
            best = rest.max(by: { $0.count < $1.count }) ?? first
        } else if let h = h1.first(where: usable) {
            best = h
        } else if let o = og ?? ld, !o.isEmpty {
            // An <h2> repeating it whole is taken as it is; else cut only parts the <title> shows as the site's.
            best = h2.contains(o) ? o : Self.stripStated(o, siteNames: siteNames, tag: tag)
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

    /// og:title or a JSON-LD headline without the parts that name the site; with no site name
    /// known, only a last part the `<title>` also ends with, or a short first part it also
    /// starts with (stated headlines rarely carry the site's name).
    static func stripStated(_ o: String, siteNames: Set<String>, tag: String?) -> String {
        for sep in separators where o.contains(sep) {
            let parts = o.components(separatedBy: sep).map { $0.trimmingSpaces }
            let kept = parts.filter { p in !siteNames.contains(where: { $0 == p.lowercased() || $0.contains(p.lowercased()) && p.count > 3 }) }
            if !kept.isEmpty, kept.count < parts.count { return kept.joined(separator: sep) }
            let tp = tag.map(segments) ?? []
            if tp.count >= 2, parts.count >= 2 {
                if parts.last == tp.last { return parts.dropLast().joined(separator: sep) }
                if parts.first == tp.first, let f = parts.first, parts.dropFirst().joined().count > 2 * f.count {
                    return parts.dropFirst().joined(separator: sep)
                }
            }
            return o
        }
        return o
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

    /// What an `<h1>` holds, as the parser saw it: enough to find a leading kicker.
    enum Piece { case open(String), close, text(String) }

    /// Inline elements that are part of the headline's wording, never a kicker.
    static let inlineTags: Set<String> = ["b", "i", "em", "strong", "a", "u", "br", "img"]

    /// The heading's text after its first child element, when that element leads it
    /// ("<span class=kicker>Climate</span>: Drilling stops" → "Drilling stops"); nil when loose
    /// text comes first or the first element is inline wording. Lone wrappers are stepped into.
    static func withoutKicker(_ pieces: [Piece]) -> String? {
        indirect enum Node {
            case text(String), element(String, [Node])
            var allText: String {
                switch self {
                case .text(let t): t
                case .element(let name, let kids): name == "script" || name == "style" ? "" : kids.map(\.allText).joined()
                }
            }
            var isBlank: Bool { PageWalker.collapse(allText).isEmpty }
        }
        // Rebuild the little tree.
        var stack: [(String, [Node])] = [("h1", [])]
        for p in pieces {
            switch p {
            case .open(let name): stack.append((name, []))
            case .text(let t): stack[stack.count - 1].1.append(.text(t))
            case .close:
                guard stack.count > 1, let (name, kids) = stack.popLast() else { continue }
                stack[stack.count - 1].1.append(.element(name, kids))
            }
        }
        while stack.count > 1, let (name, kids) = stack.popLast() { stack[stack.count - 1].1.append(.element(name, kids)) }
        var box = stack[0].1
        while true {
            let elements = box.filter { if case .element = $0 { true } else { false } }
            let loose = box.contains { if case .text(let t) = $0 { !PageWalker.collapse(t).isEmpty } else { false } }
            guard elements.count == 1, !loose, case .element(_, let kids) = elements[0] else { break }
            box = kids
        }
        guard let i = box.firstIndex(where: { !$0.isBlank }), case .element(let name, _) = box[i],
              !inlineTags.contains(name) else { return nil }
        var rest = Substring(PageWalker.collapse(box[(i + 1)...].map(\.allText).joined()))
        while let ch = rest.first, " :-–—|·•/\u{00A0}".contains(ch) { rest = rest.dropFirst() }
        return rest.contains(where: { $0.isLetter || $0.isNumber }) ? String(rest) : nil
    }
}

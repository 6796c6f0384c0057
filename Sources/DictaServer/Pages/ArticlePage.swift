import DictaCore
import DictaStore

/// `/articles/{id}`: the article with each statement highlighted in its speaker's colour;
/// hovering a statement shows its speaker, cue and confidence.
enum ArticlePage {
    /// Distinct speaker colours before they repeat (`sp0` … `sp7` in the style sheet).
    static let palette = 8

    static func render(_ article: Article, statements: [StoredQuote]) -> HTML {
        // One colour per person (or per name when the person is not known), in order of first
        // statement; statements with no speaker share a neutral one.
        var colours: [String: Int] = [:]
        var legend: [(key: String, quote: StoredQuote, count: Int)] = []
        func key(_ q: StoredQuote) -> String? {
            q.personID.map { "#\($0)" } ?? q.personName ?? q.quote.speaker?.name
        }
        for q in statements {
            guard let k = key(q) else { continue }
            if colours[k] == nil {
                colours[k] = colours.count
                legend.append((k, q, 0))
            }
            if let i = legend.firstIndex(where: { $0.key == k }) { legend[i].count += 1 }
        }
        func colourClass(_ q: StoredQuote) -> String {
            key(q).flatMap { colours[$0] }.map { "sp\($0 % palette)" } ?? "sp-none"
        }
        var marks: [Highlight.Mark] = []
        for (i, q) in statements.enumerated() {
            let who = q.personName ?? q.quote.speaker?.name ?? "unknown speaker"
            var tip = "\(who) — \(q.quote.kind.rawValue)"
            if let cue = q.quote.cue?.text { tip += ", cue “\(cue)”" }
            tip += ", confidence \(String(format: "%.2f", q.quote.confidence))"
            let colour = colourClass(q)
            for span in q.quote.content {
                marks.append(.init(span: span, quote: i, cssClass: "q \(colour)", tip: tip))
            }
            if let s = q.quote.speaker?.span { marks.append(.init(span: s, quote: i, cssClass: "who \(colour)", tip: "speaker: \(who)")) }
            if let c = q.quote.cue { marks.append(.init(span: c.span, quote: i, cssClass: "cue", tip: "cue of: \(who)")) }
        }
        let people: [HTML] = legend.map { entry in
            let q = entry.quote
            let name = q.personName ?? q.quote.speaker?.name ?? ""
            let link: HTML = q.personID.map { HTML("<a href=\"/speakers/\(Int($0))\">\(name)</a>") } ?? HTML("\(name)")
            return "<li><span class=\"swatch \(colourClass(q))\"></span>\(link) <span class=\"n\">\(entry.count)</span></li>"
        }
        let list: [HTML] = statements.map { q in
            let more: HTML = q.groupID.map { HTML(" <a class=\"more\" href=\"/statements/\(Int($0))\">statement page</a>") } ?? ""
            return "<li><span class=\"swatch \(colourClass(q))\"></span>\(Layout.speakerLink(q)) <span class=\"kind\">\(q.quote.kind.rawValue)</span>: \(q.quote.text)\(more)</li>"
        }
        let byline = [article.outlet, article.published, article.authors.isEmpty ? nil : article.authors.joined(separator: ", ")]
            .compactMap { $0 }.joined(separator: " · ")
        return Layout.page(title: article.title ?? "Article", """
            <article class="doc">
            <h1>\(article.title ?? "Untitled article")</h1>
            <p class="byline">\(byline)\(article.url.map { HTML(" · <a rel=\"noreferrer noopener\" href=\"\(Self.safeURL($0))\">original</a>") } ?? "")</p>
            <div class="layout">
            <div class="body">\(Highlight.body(article.body, marks))</div>
            <aside><h2>Speakers</h2><ul class="legend">\(people)</ul>
            <h2>Statements</h2><ol class="article-statements">\(list)</ol></aside>
            </div>
            </article>
            """)
    }

    /// Only http(s) addresses become links: a page's `javascript:` URL stays text.
    static func safeURL(_ url: String) -> String {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") ? url : "#"
    }
}

/// Marks spans of a body (Unicode scalar offsets, as every `Span`) in HTML paragraphs.
enum Highlight {
    struct Mark {
        var span: Span
        var quote: Int
        var cssClass: String
        var tip: String
    }

    /// The body as paragraphs (blank lines), each span wrapped in a `<mark>`; where marks
    /// overlap, the shortest wins.
    static func body(_ body: String, _ marks: [Mark]) -> HTML {
        let scalars = Array(body.unicodeScalars)
        let n = scalars.count
        func text(_ a: Int, _ b: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[a..<b])
            return HTML.escape(String(s)).replacingOccurrences(of: "\n", with: "<br>")
        }
        var out = ""
        for (ps, pe) in paragraphs(scalars) {
            let inside = marks.filter { $0.span.start < pe && $0.span.end > ps && $0.span.start < $0.span.end && $0.span.end <= n }
            var cuts = Set([ps, pe])
            for m in inside { cuts.insert(max(ps, m.span.start)); cuts.insert(min(pe, m.span.end)) }
            let points = cuts.sorted()
            out += "<p>"
            for (a, b) in zip(points, points.dropFirst()) {
                let covering = inside.filter { $0.span.start <= a && $0.span.end >= b }
                guard let m = covering.min(by: { $0.span.end - $0.span.start < $1.span.end - $1.span.start }) else {
                    out += text(a, b)
                    continue
                }
                let tip = HTML.escape(m.tip)
                out += "<mark class=\"\(m.cssClass)\" data-quote=\"\(m.quote)\" data-tip=\"\(tip)\" title=\"\(tip)\">\(text(a, b))</mark>"
            }
            out += "</p>\n"
        }
        return HTML(trusted: out)
    }

    /// Paragraph ranges: text between runs of two or more line breaks.
    static func paragraphs(_ s: [Unicode.Scalar]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var start = 0, i = 0
        while i < s.count {
            if s[i] == "\n", i + 1 < s.count, s[i + 1] == "\n" {
                if i > start { out.append((start, i)) }
                while i < s.count, s[i] == "\n" { i += 1 }
                start = i
            } else {
                i += 1
            }
        }
        if start < s.count { out.append((start, s.count)) }
        return out
    }
}

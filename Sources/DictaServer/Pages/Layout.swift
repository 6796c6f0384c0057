import DictaStore

/// The frame of every page: head, the site bar with the search box, the content.
enum Layout {
    static func page(title: String, query: String? = nil, _ content: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · Dicta</title>
        <link rel="stylesheet" href="/assets/dicta.css">
        </head>
        <body>
        <header class="bar">
          <a class="brand" href="/">Dicta</a>
          <form class="quick" action="/" method="get" role="search">
            <input type="search" name="q" value="\(query)" placeholder="Search statements, speakers, titles" aria-label="Search">
            <button type="submit">Search</button>
          </form>
          <nav><a href="/overview">Overview</a> <a href="/speakers">Speakers</a></nav>
        </header>
        <main>
        \(content)
        </main>
        <footer>Dicta · who said what, about whom, and when</footer>
        </body>
        </html>
        """
    }

    /// A date as shown, "undated" for none.
    static func date(_ d: String?) -> String { d ?? "undated" }

    static func speakerLink(_ q: StoredQuote) -> HTML {
        let name = q.personName ?? q.quote.speaker?.name
        if let id = q.personID, let name { return "<a class=\"speaker\" href=\"/speakers/\(Int(id))\">\(name)</a>" }
        if let name { return "<span class=\"speaker\">\(name)</span>" }
        return "<span class=\"speaker unknown\">unknown speaker</span>"
    }

    /// One statement in a list: speaker, text, where and when, and its reprints.
    /// `text` with each whole word that is one of `terms` (case and diacritics ignored, as
    /// the full-text index matches) marked.
    static func marked(_ text: String, _ terms: [String]) -> HTML {
        func fold(_ s: Substring) -> String { s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let wanted = Set(terms.map { fold(Substring($0)) }.filter { !$0.isEmpty })
        guard !wanted.isEmpty else { return "\(text)" }
        var out: HTML = ""
        var i = text.startIndex
        while i < text.endIndex {
            let isWord: (Character) -> Bool = { $0.isLetter || $0.isNumber }
            let j = text[i...].firstIndex { isWord($0) != isWord(text[i]) } ?? text.endIndex
            let part = text[i..<j]
            out = out + (isWord(text[i]) && wanted.contains(fold(part)) ? HTML("<mark class=\"hit\">\(String(part))</mark>") : HTML("\(String(part))"))
            i = j
        }
        return out
    }

    static func statement(_ g: StatementGroup, showSpeaker: Bool = true, highlight: [String] = []) -> HTML {
        let s = g.statement
        let gid = s.groupID.map { Int($0) }
        let sources = g.sourceCount > 1 ? "\(g.sourceCount) sources" : "statement"
        let link: HTML = gid.map { HTML(" · <a href=\"/statements/\($0)\">\(sources)</a>") } ?? ""
        return """
        <li class="statement kind-\(s.quote.kind.rawValue)">
          \(showSpeaker ? speakerLink(s) + " " : "")<span class="kind">\(s.quote.kind.rawValue)</span>
          <blockquote>\(marked(s.quote.text, highlight))</blockquote>
          <div class="meta"><a href="/articles/\(URLQuery.escape(s.articleID))">\(s.title.map { marked($0, highlight) } ?? "untitled article")</a> · \(s.outlet ?? "unknown outlet") · \(date(s.published))\(link)</div>
        </li>
        """
    }
}

import DictaStore

/// `/statements/{id}`: one statement and every article that carried it, first publication first
/// (undated copies last: only a dated copy is called the first publication).
enum StatementPage {
    static func render(_ g: StatementGroup) -> HTML {
        let s = g.statement
        let rows: [HTML] = g.sources.enumerated().map { i, c in
            let same = c.quote.text == s.quote.text
            return """
            <li><a href="/articles/\(URLQuery.escape(c.articleID))">\(c.title ?? "untitled article")</a> · \(c.outlet ?? "unknown outlet") · \(Layout.date(c.published))\
            \(i == 0 && c.published != nil ? HTML(" <span class=\"first\">first publication</span>") : "")\
            \(same ? "" : HTML("<blockquote class=\"variant\">\(c.quote.text)</blockquote>"))</li>
            """
        }
        return Layout.page(title: "Statement by \(s.personName ?? s.quote.speaker?.name ?? "unknown speaker")", """
            <h1>Statement</h1>
            <p>\(Layout.speakerLink(s)) <span class="kind">\(s.quote.kind.rawValue)</span>\(s.quote.cue.map { HTML(", cue “\($0.text)”") } ?? "")</p>
            <blockquote class="statement-text">\(s.quote.text)</blockquote>
            <h2>Carried by \(g.sourceCount) article\(g.sourceCount == 1 ? "" : "s")</h2>
            <ol class="sources">\(rows)</ol>
            """)
    }
}

import DictaStore

/// `/speakers/{id}`: who the person is (aliases, roles over time), when they spoke (a chart
/// of statements per month), what about, and their statements newest first, a page at a time.
enum SpeakerPage {
    static func render(_ d: PersonDetail, limit: Int, minConfidence: Double? = nil) -> HTML {
        let s = d.summary
        let aliases: HTML = s.aliases.isEmpty ? "<p class=\"none\">No other spelling seen.</p>"
            : "<ul class=\"aliases\">\(s.aliases.map { HTML("<li>\($0)</li>") })</ul>"
        let roles: HTML = s.roles.isEmpty ? "<p class=\"none\">No office given in the statements.</p>" : """
            <table class="roles"><thead><tr><th>Role</th><th>First seen</th><th>Last seen</th><th>Statements</th></tr></thead>
            <tbody>\(s.roles.map { r in HTML("<tr><td>\(r.role)</td><td>\(Layout.date(r.firstSeen))</td><td>\(Layout.date(r.lastSeen))</td><td class=\"n\">\(r.statements)</td></tr>") })</tbody></table>
            """
        let name = s.name
        let topics: HTML = d.topics.isEmpty ? "<p class=\"none\">No names in the statements.</p>" : """
            <ul class="topics">\(d.topics.map { t in
                HTML("<li><a href=\"\(StatementQuery.linkFor(speaker: name, about: t.value))\">\(t.value)</a> <span class=\"n\">\(t.statements)</span></li>")
            })</ul>
            """
        let months = Timeline.months(d.firstPublications)
        let offset = d.statementsOffset
        var pager: [HTML] = []
        let confidence = minConfidence.map { "&amp;min_confidence=\($0)" } ?? ""
        if offset > 0 {
            pager.append("<a rel=\"prev\" href=\"/speakers/\(Int(s.id))?offset=\(max(0, offset - limit))&amp;limit=\(limit)\(HTML(trusted: confidence))\">← newer</a>")
        }
        // With a confidence floor the page's own fullness says whether more follow.
        if minConfidence == nil ? offset + d.statements.count < s.quoteCount : d.statements.count == limit {
            pager.append("<a rel=\"next\" href=\"/speakers/\(Int(s.id))?offset=\(offset + limit)&amp;limit=\(limit)\(HTML(trusted: confidence))\">older →</a>")
        }
        let of = minConfidence.map { "attributed with confidence ≥ \($0)" } ?? "of \(s.quoteCount)"
        let shown: HTML = d.statements.isEmpty ? "" : "<p class=\"total\">\(offset + 1)–\(offset + d.statements.count) \(of), newest first</p>"
        let floor: HTML = """
            <form class="filters" action="/speakers/\(Int(s.id))" method="get"><label>Min. confidence \
            <input type="number" name="min_confidence" min="0" max="1" step="0.05" value="\(minConfidence.map { String($0) })"></label> \
            <button type="submit">Filter</button></form>
            """
        return Layout.page(title: s.name, """
            <h1>\(s.name)</h1>
            <p class="summary">\(s.quoteCount) statement\(s.quoteCount == 1 ? "" : "s") in \(s.articleCount) article\(s.articleCount == 1 ? "" : "s"), \
            \(s.firstPublished.map { "\($0) – \(s.lastPublished ?? $0)" } ?? "none of them dated")</p>
            <div class="columns">
            <section><h2>Also written</h2>\(aliases)</section>
            <section><h2>Roles</h2>\(roles)</section>
            <section><h2>About</h2>\(topics)</section>
            </div>
            <section><h2>Statements per month</h2>\(Chart.months(months, undated: Timeline.undated(d.firstPublications), label: s.name))</section>
            <section><h2>Statements</h2>\(floor)\(shown)<ol class="statements" start="\(offset + 1)">\(d.statements.map { Layout.statement($0, showSpeaker: false) })</ol><nav class="pager">\(pager)</nav></section>
            """)
    }
}

extension StatementQuery {
    static func linkFor(speaker: String, about: String) -> String {
        var q = StatementQuery()
        q.filter.speaker = speaker
        q.filter.about = about
        return q.link()
    }
}

import DictaStore

/// `/speakers`: everyone quoted, a page at a time (`?offset=`, `?limit=`), sorted by statements
/// (the default), by name, or by their latest statement (`?sort=statements|name|recent`).
enum SpeakersPage {
    enum Sort: String, CaseIterable {
        case statements, name, recent

        func ordered(_ people: [SpeakerSummary]) -> [SpeakerSummary] {
            switch self {
            case .statements: people   // the store's order: most statements first, then name
            case .name: people.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
            case .recent:
                // Undated last; ties by statements, as the default order has them.
                people.enumerated().sorted { a, b in
                    switch (a.element.lastPublished, b.element.lastPublished) {
                    case let (x?, y?) where x != y: x > y
                    case (_?, nil): true
                    case (nil, _?): false
                    default: a.offset < b.offset
                    }
                }.map(\.element)
            }
        }
    }

    static func render(_ speakers: [SpeakerSummary], sort: Sort, limit: Int, offset: Int) -> HTML {
        let quoted = sort.ordered(speakers.filter { $0.quoteCount > 0 })
        let page = quoted.dropFirst(offset).prefix(limit)
        let rows: [HTML] = page.map { s in
            let roles = s.roles.prefix(2).map(\.role).joined(separator: "; ")
            return """
            <tr><td><a href="/speakers/\(Int(s.id))">\(s.name)</a></td><td>\(roles)</td>\
            <td class="n">\(s.quoteCount)</td><td class="n">\(s.articleCount)</td>\
            <td>\(Layout.date(s.firstPublished))</td><td>\(Layout.date(s.lastPublished))</td></tr>
            """
        }
        func link(sort s: Sort, offset o: Int) -> String { "/speakers?sort=\(s.rawValue)&amp;offset=\(o)&amp;limit=\(limit)" }
        let sorts: [HTML] = Sort.allCases.map { s in
            s == sort ? HTML("<b>\(s.rawValue)</b>") : HTML(trusted: "<a href=\"\(link(sort: s, offset: 0))\">\(s.rawValue)</a>")
        }
        var pager: [HTML] = []
        if offset > 0 { pager.append(HTML(trusted: "<a rel=\"prev\" href=\"\(link(sort: sort, offset: max(0, offset - limit)))\">← previous</a>")) }
        if offset + page.count < quoted.count { pager.append(HTML(trusted: "<a rel=\"next\" href=\"\(link(sort: sort, offset: offset + limit))\">next →</a>")) }
        let shown = page.isEmpty ? "none" : "\(offset + 1)–\(offset + page.count)"
        return Layout.page(title: "Speakers", """
            <h1>Speakers</h1>
            <p class="total">\(shown) of \(quoted.count) · sort by \(sorts.joined(separator: " · "))</p>
            <table class="speakers"><thead><tr><th>Name</th><th>Role</th><th>Statements</th><th>Articles</th>\
            <th>First</th><th>Last</th></tr></thead><tbody>\(rows)</tbody></table>
            <nav class="pager">\(pager)</nav>
            """)
    }
}

extension Array where Element == HTML {
    func joined(separator: String) -> HTML {
        HTML(trusted: map(\.markup).joined(separator: HTML.escape(separator)))
    }
}

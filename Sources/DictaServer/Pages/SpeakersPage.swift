import DictaStore

/// `/speakers`: everyone quoted, most statements first.
enum SpeakersPage {
    static func render(_ speakers: [SpeakerSummary]) -> HTML {
        let rows: [HTML] = speakers.filter { $0.quoteCount > 0 }.map { s in
            let roles = s.roles.prefix(2).map(\.role).joined(separator: "; ")
            return """
            <tr><td><a href="/speakers/\(Int(s.id))">\(s.name)</a></td><td>\(roles)</td>\
            <td class="n">\(s.quoteCount)</td><td class="n">\(s.articleCount)</td>\
            <td>\(Layout.date(s.firstPublished))</td><td>\(Layout.date(s.lastPublished))</td></tr>
            """
        }
        return Layout.page(title: "Speakers", """
            <h1>Speakers</h1>
            <table class="speakers"><thead><tr><th>Name</th><th>Role</th><th>Statements</th><th>Articles</th>\
            <th>First</th><th>Last</th></tr></thead><tbody>\(rows)</tbody></table>
            """)
    }
}

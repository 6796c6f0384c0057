import DictaStore

/// `/`: the search form, facets that narrow the search, and the statements found.
enum SearchPage {
    static func render(_ q: StatementQuery, facets: StatementFacets, groups: [StatementGroup]) -> HTML {
        let f = q.filter
        func facet(_ title: String, _ field: String, _ tallies: [Tally]) -> HTML {
            guard !tallies.isEmpty else { return "" }
            let current: String? = switch field {
            case "speaker": f.speaker
            case "outlet": f.outlet
            default: f.kind?.rawValue
            }
            let items: [HTML] = tallies.map { t in
                let on = current?.caseInsensitiveCompare(t.value) == .orderedSame
                let href = q.link("/", [field: on ? nil : t.value, "offset": nil])
                return "<li><a class=\"\(on ? "on" : "")\" href=\"\(href)\">\(t.value)</a> <span class=\"n\">\(t.statements)</span></li>"
            }
            return "<section class=\"facet\"><h3>\(title)</h3><ul>\(items)</ul></section>"
        }
        let fields: [HTML] = [
            field("q", "Words", f.query), field("speaker", "Speaker", f.speaker), field("about", "About", f.about),
            field("outlet", "Outlet", f.outlet),
        ]
        let kinds: [HTML] = ["", "direct", "indirect", "mixed"].map { k in
            "<option value=\"\(k)\"\(f.kind?.rawValue == k ? " selected" : "")>\(k.isEmpty ? "any kind" : k)</option>"
        }
        let range: HTML = facets.firstPublished.map { first in
            "<p class=\"range\">\(first) – \(facets.lastPublished ?? first)</p>"
        } ?? ""
        let results: HTML = groups.isEmpty
            ? "<p class=\"empty\">No statements match.</p>"
            : "<ol class=\"statements\" start=\"\(q.offset + 1)\">\(groups.map { Layout.statement($0) })</ol>"
        var pager: [HTML] = []
        if q.offset > 0 {
            pager.append("<a rel=\"prev\" href=\"\(q.link("/", ["offset": String(max(0, q.offset - q.limit))]))\">← newer</a>")
        }
        if q.offset + groups.count < facets.total {
            pager.append("<a rel=\"next\" href=\"\(q.link("/", ["offset": String(q.offset + q.limit)]))\">older →</a>")
        }
        let shown = groups.isEmpty ? "" : "\(q.offset + 1)–\(q.offset + groups.count) of "
        return Layout.page(title: f.query ?? "Statements", query: f.query, """
            <div class="search">
            <form class="filters" action="/" method="get">
              \(fields)
              <label>Kind <select name="kind">\(kinds)</select></label>
              <label>Since <input type="date" name="since" value="\(f.since)"></label>
              <label>Until <input type="date" name="until" value="\(f.until)"></label>
              <label>Min. confidence <input type="number" name="min_confidence" min="0" max="1" step="0.05" value="\(f.minConfidence.map { String($0) })"></label>
              <button type="submit">Filter</button> <a href="/">clear</a>
            </form>
            <aside class="facets">
              <p class="total">\(shown)\(facets.total) statement\(facets.total == 1 ? "" : "s")</p>
              \(range)
              \(facet("Speaker", "speaker", facets.speakers))
              \(facet("Outlet", "outlet", facets.outlets))
              \(facet("Kind", "kind", facets.kinds))
            </aside>
            <section class="results">\(results)<nav class="pager">\(pager)</nav></section>
            </div>
            """)
    }

    static func field(_ name: String, _ label: String, _ value: String?) -> HTML {
        "<label>\(label) <input type=\"text\" name=\"\(name)\" value=\"\(value)\"></label>"
    }
}

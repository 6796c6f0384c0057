import DictaStore

/// `/`: the search form, facets that narrow the search, and the statements found.
enum SearchPage {
    static func render(_ q: StatementQuery, facets: StatementFacets, groups: [StatementGroup], choice: SpeakerChoice? = nil) -> HTML {
        let f = q.filter
        let terms = (f.query ?? "").split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
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
            : "<ol class=\"statements\" start=\"\(q.offset + 1)\">\(groups.map { Layout.statement($0, highlight: terms) })</ol>"
        var pager: [HTML] = []
        let byDate = f.order == .date || f.query == nil
        if q.offset > 0 {
            pager.append("<a rel=\"prev\" href=\"\(q.link("/", ["offset": String(max(0, q.offset - q.limit))]))\">\(byDate ? "← newer" : "← better matches")</a>")
        }
        if q.offset + groups.count < facets.total {
            pager.append("<a rel=\"next\" href=\"\(q.link("/", ["offset": String(q.offset + q.limit)]))\">\(byDate ? "older →" : "more →")</a>")
        }
        let orders: [HTML] = StatementOrder.allCases.map { o in
            "<option value=\"\(o.rawValue)\"\(f.order == o ? " selected" : "")>\(o == .date ? "newest first" : "best match first")</option>"
        }
        let downloads: HTML = facets.total == 0 ? "" : """
            <p class="downloads">Download \(min(facets.total, StatementQuery.maxDownload)) statement\(facets.total == 1 ? "" : "s"): \
            <a href="\(q.link("/api/quotes.csv"))" download>CSV</a> · <a href="\(q.link("/api/quotes.jsonl"))" download>JSON lines</a></p>
            """
        var chooser: HTML = ""
        if let choice, let name = f.speaker, !choice.others.isEmpty {
            let others: [HTML] = choice.others.prefix(10).map { p in
                "<li><a href=\"/speakers/\(Int(p.id))\">\(p.name)</a> <span class=\"n\">\(p.quoteCount)</span></li>"
            }
            chooser = choice.picked.map { p in
                "<div class=\"candidates\"><p>Showing <a href=\"/speakers/\(Int(p.id))\">\(p.name)</a> for “\(name)”. Also named so:</p><ul>\(others)</ul></div>"
            } ?? "<div class=\"candidates\"><p>“\(name)” names \(choice.others.count) speakers; showing them all. Choose one:</p><ul>\(others)</ul></div>"
        }
        let shown = groups.isEmpty ? "" : "\(q.offset + 1)–\(q.offset + groups.count) of "
        return Layout.page(title: f.query ?? "Statements", query: f.query, """
            <div class="search">
            <form class="filters" action="/" method="get">
              \(fields)
              <label>Kind <select name="kind">\(kinds)</select></label>
              <label>Since <input type="date" name="since" value="\(f.since)"></label>
              <label>Until <input type="date" name="until" value="\(f.until)"></label>
              <label>Order <select name="order">\(orders)</select></label>
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
            <section class="results">\(chooser)\(downloads)\(results)<nav class="pager">\(pager)</nav></section>
            </div>
            """)
    }

    static func field(_ name: String, _ label: String, _ value: String?) -> HTML {
        "<label>\(label) <input type=\"text\" name=\"\(name)\" value=\"\(value)\"></label>"
    }
}

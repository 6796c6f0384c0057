import DictaStore
import Foundation

/// `/overview`: share of voice over the statements a filter passes — per month, by the most
/// quoted speakers and outlets, and by the gender given names state.
enum OverviewPage {
    static func render(_ q: StatementQuery, _ o: Overview) -> HTML {
        let f = q.filter
        func share(_ n: Int, _ total: Int) -> String { total == 0 ? "0%" : String(format: "%.0f%%", 100 * Double(n) / Double(total)) }
        func table(_ title: String, _ rows: [Overview.Series], link: (Overview.Series) -> HTML) -> HTML {
            guard !rows.isEmpty else { return "" }
            let peak = rows.flatMap { $0.perMonth.values }.max() ?? 1
            let body: [HTML] = rows.map { s in
                """
                <tr><td class="name">\(link(s))\(s.type == .organization ? HTML(" <span class=\"type\">organization</span>") : "")</td>\
                <td class="n">\(s.total)</td><td class="n">\(share(s.total, o.total))</td>\
                <td>\(Chart.sparkline(o.months.map { s.perMonth[$0] ?? 0 }, months: o.months, peak: peak, label: s.name))</td></tr>
                """
            }
            return """
                <section class="share"><h2>\(title)</h2>
                <table class="overview"><thead><tr><th>Name</th><th>Statements</th><th>Share</th><th>Per month, \(o.months.first) – \(o.months.last)</th></tr></thead>
                <tbody>\(body)</tbody></table></section>
                """
        }
        let aboutLink: (Overview.Series) -> HTML = { s in
            s.id.map { HTML("<a href=\"/speakers/\(Int($0))\">\(s.name)</a>") } ?? HTML("\(s.name)")
        }
        let people = o.byGender.values.reduce(0, +)
        let genders: [(String, Int)] = ["female", "male", "unknown"].map { ($0, o.byGender[$0] ?? 0) }
        let legend: [HTML] = genders.map { g, n in
            "<li class=\"g-\(g)\"><span class=\"swatch\"></span>\(g): \(n) (\(share(n, people)))</li>"
        }
        let fields: [HTML] = [SearchPage.field("about", "About", f.about), SearchPage.field("outlet", "Outlet", f.outlet)]
        let heading = f.about.map { "Who is quoted about \($0)" } ?? "Who is quoted"
        return Layout.page(title: heading, """
            <h1>\(heading)</h1>
            <form class="filters" action="/overview" method="get">
              \(fields)
              <label>Since <input type="date" name="since" value="\(f.since)"></label>
              <label>Until <input type="date" name="until" value="\(f.until)"></label>
              <label>Min. confidence <input type="number" name="min_confidence" min="0" max="1" step="0.05" value="\(f.minConfidence.map { String($0) })"></label>
              <button type="submit">Show</button> <a href="/overview">clear</a>
            </form>
            <p class="total">\(o.total) statement\(o.total == 1 ? "" : "s")\(o.months.isEmpty ? "" : ", \(o.months.first!) – \(o.months.last!)") · <a href="\(q.link("/", [:]))">list them</a></p>
            <section class="share"><h2>Statements per month</h2>
            \(Chart.months(o.months.map { ($0, o.perMonth[$0] ?? 0) }, undated: o.undated, label: "all speakers"))</section>
            \(table("Most quoted", o.speakers, link: aboutLink))
            \(table("Outlets", o.outlets, link: { s in HTML("<a href=\"\(q.link("/", ["outlet": s.name]))\">\(s.name)</a>") }))
            <section class="share"><h2>Share of voice by gender</h2>
            \(Chart.shares(genders, label: "Statements by gender"))
            <ul class="legend">\(legend)</ul>
            <p class="note">Statements by people (\(people)), by the gender their given name usually states, as the Gender Gap Tracker counts it: a surname alone, or a name both sexes bear, is "unknown". Not counted: \(o.byOrganizations) by organizations, \(o.unattributed) with no named speaker.</p>
            </section>
            """)
    }
}

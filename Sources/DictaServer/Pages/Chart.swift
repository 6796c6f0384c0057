/// Bar charts as inline SVG: no script, no external library, readable without styles.
enum Chart {
    /// Statements per month: one bar a month, the count in each bar's tooltip, the first month
    /// of each year labelled; statements without a date in a last bar of their own, apart.
    static func months(_ dated: [(month: String, count: Int)], undated: Int, label: String) -> HTML {
        var months = dated
        if undated > 0 { months.append(("undated", undated)) }
        guard !months.isEmpty else { return "<p class=\"none\">No statements.</p>" }
        let peak = max(1, months.map(\.count).max() ?? 1)
        let barWidth = max(4, min(40, 720 / months.count))
        let gap = barWidth >= 10 ? 2 : 1
        let height = 160, top = 16, bottom = 28
        let width = (months.count + 1) * barWidth + 60
        var bars: [HTML] = []
        for (i, m) in months.enumerated() {
            let h = m.count * (height - top - bottom) / peak
            let x = 32 + i * barWidth + (m.month == "undated" && i > 0 ? barWidth : 0)
            let y = height - bottom - h
            let kind = m.month == "undated" ? "bar undated" : "bar"
            bars.append("""
                <rect class="\(kind)" x="\(x)" y="\(y)" width="\(barWidth - gap)" height="\(h)" data-month="\(m.month)" data-count="\(m.count)">\
                <title>\(m.month): \(m.count) statement\(m.count == 1 ? "" : "s")</title></rect>
                """)
            if m.month == "undated" {
                bars.append("<text class=\"tick\" x=\"\(x)\" y=\"\(height - 10)\">undated</text>")
            } else if i == 0 || m.month.hasSuffix("-01") {
                bars.append("<text class=\"tick\" x=\"\(x)\" y=\"\(height - 10)\">\(i == 0 ? m.month : String(m.month.prefix(4)))</text>")
            }
        }
        return """
            <svg class="timeline" role="img" aria-label="Statements per month by \(label)" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)">
            <line class="axis" x1="30" y1="\(height - bottom)" x2="\(width)" y2="\(height - bottom)"/>
            <text class="tick" x="0" y="\(top + 4)">\(peak)</text>
            \(bars)
            </svg>
            """
    }
}

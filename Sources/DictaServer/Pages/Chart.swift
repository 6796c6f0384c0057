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

    /// One series' months as a small bar chart sharing the table's scale (`peak`), for rows
    /// that are compared with each other.
    static func sparkline(_ values: [Int], months: [String], peak: Int, label: String) -> HTML {
        guard !values.isEmpty else { return "" }
        let w = max(2, min(12, 240 / values.count)), height = 28
        let bars: [HTML] = values.enumerated().compactMap { i, v in
            guard v > 0 else { return nil }
            let h = max(1, v * height / max(1, peak))
            return "<rect class=\"bar\" x=\"\(i * w)\" y=\"\(height - h)\" width=\"\(max(1, w - 1))\" height=\"\(h)\"><title>\(months[i]): \(v)</title></rect>"
        }
        return """
            <svg class="spark" role="img" aria-label="\(label) per month" viewBox="0 0 \(values.count * w) \(height)" width="\(values.count * w)" height="\(height)">\(bars)</svg>
            """
    }

    /// Parts of a whole as one horizontal bar, each part's count in its tooltip.
    static func shares(_ parts: [(String, Int)], label: String) -> HTML {
        let total = parts.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return "<p class=\"none\">No statements by people.</p>" }
        let width = 600
        var x = 0
        var rects: [HTML] = []
        for (name, n) in parts where n > 0 {
            let w = n * width / total
            rects.append("<rect class=\"g-\(name)\" x=\"\(x)\" y=\"0\" width=\"\(w)\" height=\"24\"><title>\(name): \(n)</title></rect>")
            x += w
        }
        return """
            <svg class="shares" role="img" aria-label="\(label)" viewBox="0 0 \(width) 24" width="\(width)" height="24">\(rects)</svg>
            """
    }
}

/// Bar charts as inline SVG: no script, no external library, readable without styles.
enum Chart {
    /// Statements per month: one bar a month, the count in each bar's tooltip, the first month
    /// of each year labelled.
    static func months(_ months: [(month: String, count: Int)], label: String) -> HTML {
        guard !months.isEmpty else { return "<p class=\"none\">No dated statements.</p>" }
        let peak = max(1, months.map(\.count).max() ?? 1)
        let barWidth = max(4, min(40, 720 / months.count))
        let gap = barWidth >= 10 ? 2 : 1
        let height = 160, top = 16, bottom = 28
        let width = months.count * barWidth + 40
        var bars: [HTML] = []
        for (i, m) in months.enumerated() {
            let h = m.count * (height - top - bottom) / peak
            let x = 32 + i * barWidth
            let y = height - bottom - h
            bars.append("""
                <rect class="bar" x="\(x)" y="\(y)" width="\(barWidth - gap)" height="\(h)" data-month="\(m.month)" data-count="\(m.count)">\
                <title>\(m.month): \(m.count) statement\(m.count == 1 ? "" : "s")</title></rect>
                """)
            if i == 0 || m.month.hasSuffix("-01") {
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

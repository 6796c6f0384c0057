import DictaStore

/// Statements per month, for the speaker chart and API.
enum Timeline {
    /// Every month from the first to the last dated statement (months without one count
    /// zero, so the chart's bars are evenly spaced in time), by first publication.
    static func months(_ firstPublications: [String?]) -> [(month: String, count: Int)] {
        var counts: [String: Int] = [:]
        for published in firstPublications {
            guard let p = published, p.utf8.count >= 7 else { continue }
            counts[String(p.prefix(7)), default: 0] += 1
        }
        guard let first = counts.keys.min(), let last = counts.keys.max(),
              var (y, m) = parse(first), let end = parse(last) else { return [] }
        var out: [(String, Int)] = []
        // At most 50 years of months: a stray date cannot make the chart endless.
        while (y, m) <= end, out.count < 600 {
            let key = "\(y)-\(m < 10 ? "0" : "")\(m)"
            out.append((key, counts[key] ?? 0))
            m += 1
            if m > 12 { (y, m) = (y + 1, 1) }
        }
        return out
    }

    /// Statements with no publication date: the chart shows them as a bar of their own.
    static func undated(_ firstPublications: [String?]) -> Int {
        firstPublications.count { p in p.map { $0.utf8.count < 7 } ?? true }
    }

    static func parse(_ month: String) -> (Int, Int)? {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        return (y, m)
    }
}

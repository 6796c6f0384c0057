import Foundation

/// Chooses an article's publication day from what its page states (JSON-LD, meta tags,
/// `<time>`) and what it shows (a date line near the headline).
///
/// Stamps come first, but the page's visible date settles three common disagreements:
/// - a page that shows its updated date states both: the shown one is the article's date;
/// - generic tags (`date`, `dc.date`, `pubdate`) often hold when the page was built, which
///   cannot be before the article appeared, so an earlier shown date wins over them;
/// - a UTC stamp near midnight names the neighbouring local day: when the page shows that day
///   and not the stamp's, the shown day wins.
enum PublicationDate {
    /// A stated stamp, as the page has it.
    struct Stamp {
        var raw: String
        /// From a tag that often holds the page's build date rather than the article's.
        var generic = false
    }

    /// The day, or nil when the page neither states nor shows one.
    /// - Parameters:
    ///   - stamps: stated stamps in order of trust.
    ///   - stated: every day the page states for the article (published or modified).
    ///   - shown: the first date shown near the headline or atop the text; `shownLate` in
    ///     bylines and short lines; `shownInFurniture` in furniture (a post-meta line).
    ///   - shownDays: every day written in the lines around the headline (date lines, bylines).
    static func choose(stamps: [Stamp], stated: Set<String>, shown: () -> String?, shownLate: () -> String?,
                       shownInFurniture: () -> String?, shownDays: () -> Set<String>) -> String? {
        let near = shown()
        guard let (stamp, own) = stamps.lazy.compactMap({ s in PageMetadata.day(s.raw).map { (s, $0) } }).first else {
            return near ?? shownLate() ?? shownInFurniture()
        }
        var d = own
        if stamp.generic, let v = near, v < d { d = v }
        // Only another stated day can win here: without one, the late search is not made.
        if stated.contains(where: { $0 != d }), let v = near ?? shownLate(), v != d, stated.contains(v) { d = v }
        if d == own, let local = neighbourDay(stamp.raw, own: own) {
            let days = shownDays()
            if days.contains(local) && !days.contains(own) { d = local }
        }
        return d
    }

    /// For a UTC stamp ("…T23:10:00Z", "+00:00", "GMT") near midnight, the day on the other
    /// side of it for readers up to eight hours west (the Americas) or two hours east (Europe)
    /// of UTC; nil otherwise. Only a guess: `choose` takes it when the page shows that day.
    static func neighbourDay(_ raw: String, own: String) -> String? {
        let t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let utc = t.hasSuffix("Z") || t.hasSuffix("+00:00") || t.hasSuffix("-00:00") || t.hasSuffix("+0000")
            || t.hasSuffix("GMT") || t.hasSuffix("UTC")
        guard utc, let hour = Self.hour(t) else { return nil }
        guard hour < 8 || hour >= 22 else { return nil }
        return Self.shift(own, days: hour < 8 ? -1 : 1)
    }

    /// The hour of an ISO stamp ("2020-01-02T23:10") or of an RFC 822 one ("02 Jan 2020 23:10").
    static func hour(_ t: String) -> Int? {
        let u = Array(t.utf8)
        func two(_ i: Int) -> Int? {
            guard i + 1 < u.count, (48...57).contains(u[i]), (48...57).contains(u[i + 1]) else { return nil }
            return Int(u[i] - 48) * 10 + Int(u[i + 1] - 48)
        }
        if u.count >= 13, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "), let h = two(11) { return h }
        // RFC 822: the first "HH:MM" in the string.
        for i in 0..<max(0, u.count - 4) where u[i + 2] == UInt8(ascii: ":") {
            if let h = two(i), two(i + 3) != nil, i == 0 || u[i - 1] == 32 { return h }
        }
        return nil
    }

    /// `YYYY-MM-DD` moved by whole days.
    static func shift(_ day: String, days: Int) -> String? {
        let p = day.split(separator: "-").compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard p.count == 3, let date = calendar.date(from: DateComponents(year: p[0], month: p[1], day: p[2])),
              let moved = calendar.date(byAdding: .day, value: days, to: date) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: moved)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}

/// Labelled publication stamps in scraped text: "Published: 14 March 2021", "Updated 2021-03-15".
///
/// Only a labelled stamp counts. An unlabelled date near the top is as likely to be the page's
/// clock as the article's date, and a wrong date is worse than none.
struct Stamps {
    var published: String?
    var modified: String?

    static let publishedLabels = ["published", "posted", "first published", "veröffentlicht", "publié", "publicado"]
    static let modifiedLabels = ["updated", "last updated", "modified", "aktualisiert", "mis à jour", "actualizado"]

    /// Reads a stamp line; true when the line was one (and so is furniture).
    mutating func read(_ line: String) -> Bool {
        let lower = line.lowercased()
        guard line.count <= 80 else { return false }
        for (labels, isModified) in [(Self.publishedLabels, false), (Self.modifiedLabels, true)] {
            guard let label = labels.first(where: { lower.hasPrefix($0) }) else { continue }
            let rest = line.dropFirst(label.count).drop(while: { $0 == ":" || $0 == " " || $0 == "\u{A0}" })
            // The same compact-date reader as for HTML: a loose read of scattered numbers
            // ("Updated 3 times, 12:00 2019") is no date.
            guard let date = DateFinder(dayFirst: false).first(in: String(rest)) else { continue }
            if isModified { modified = modified ?? date } else { published = published ?? date }
            return true
        }
        return false
    }
}

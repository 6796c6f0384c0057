/// Turns a byline as pages print it into the author's name: "Posted by Jane Doe at 18:52",
/// "Von: Jane Doe", "AuthorJane Doe", "8. Januar 2020 · by jane · in Travel" → the name;
/// lines that hold only a label ("Posted on", "Veröffentlicht am") or a comment-form field
/// ("Name (erforderlich)") → nil.
enum Byline {
    /// Labels that open a byline, lowercased, longest first so "posted by" wins over "by".
    static let labels: [String] = [
        "autor/in:", "autor*in:", "ein artikel von", "blog beitrag von", "blogbeitrag von", "autoren", "alle artikel von", "alle beiträge von", "all posts by", "all articles by", "more articles by", "alles von", "mehr von", "more by", "articles by", "text & fotos:", "text und fotos:", "ein beitrag von", "artikel von:", "artikel von", "beitrag von", "beitragvon", "publié par", "publicado por",
        "escrito por", "scritto da", "auteur:", "auteure:",
        "veröffentlicht von", "gespeichert von", "geschrieben von", "eingestellt von", "publiziert von", "erstellt von", "written by",
        "posted by", "published by", "a post by", "article by", "story by", "words by", "autorin:", "autor:", "author:", "interview:", "text:", "text von",
        "autorin", "autor", "author", "von:", "von", "vom", "by:", "by", "par", "por", "di", "door", "av", "~", "-", "—", ":",
    ]
    /// Words after which the name is over: dates, times, places and sections follow them.
    static let stops: Set<String> = [
        "am", "on", "at", "um", "in", "im", "le", "el", "|", "·", "•", "–", "-", "—", "illustration", "illustrationen", "fotos", "foto", "photo", "photos", "bilder", "says:", "says", "sagt:", "sagt", "said", "said:", "wrote:", "schrieb:",
        "schreibt:", "stand:", "stand", "mo", "di", "mi", "do", "fr", "sa", "so", "mo,", "di,", "mi,", "do,", "fr,", "sa,", "so,",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "mon,", "tue,", "wed,", "thu,", "fri,", "sat,", "sun,",
    ]
    /// Lines that are labels or form fields, not names.
    static let notNames: Set<String> = [
        "posted on", "veröffentlicht am", "publiziert am", "by", "von", "author", "autor", "name", "published",
        "posted", "geschrieben am", "erstellt am", "comments", "kommentare", "admin",
        "veröffentlicht", "publiziert", "geschrieben", "erstellt", "aktualisiert", "updated", "gespeichert",
        "follow", "folgen", "share", "teilen", "human",
        // Labels of neighbouring fields and days of a dateline.
        "datum", "date", "quelle", "source", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "zuletzt geändert", "geändert", "last updated", "last modified", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Lowercase words a name of several words may hold.
    static let particles: Set<String> = ["von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "und", "and",
                                         "y", "e", "et", "zu", "bin", "al", "el", "dos", "das", "of", "ter", "ten"]

    /// Labels that make a short line of page text a byline ("Von R. R. am 3. Mai",
    /// "Gespeichert von rasos").
    static let lineLabels = ["ein artikel von ", "ein beitrag von ", "blog beitrag von ", "text von ", "text: ", "texte: ", "autoren ", "auteur: ", "par ", "por ", "by ", "von ", "posted by ", "written by ", "gespeichert von ", "geschrieben von ",
                             "veröffentlicht von ", "eingestellt von ", "autor: ", "autorin: ", "author: "]

    /// Whether a part of the byline opens with a label ("von X", "8. Mai · By X").
    static func isLabelled(_ byline: String) -> Bool {
        byline.lowercased().components(separatedBy: " · ").flatMap { $0.components(separatedBy: " | ") }.contains { part in
            let p = part.trimmingSpaces
            return labels.contains(where: { $0.count >= 2 && p.hasPrefix($0 + " ") })
        }
    }

    /// The first letters of `lineLabels`: most lines start with none of them.
    static let labelInitials = Set(lineLabels.compactMap { $0.utf8.first })

    /// The name in a short line of page text that is a byline, or nil.
    static func fromLine(_ line: String) -> String? {
        guard line.utf8.count < 80, let first = line.utf8.first, labelInitials.contains(first | 0x20) else { return nil }
        // Labels are short: lowercasing the line's start is enough (this runs on every short line).
        let lower = line.prefix(24).lowercased()
        guard let label = lineLabels.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = line.dropFirst(label.count)
        guard rest.first?.isUppercase == true || rest.first?.isLowercase == true && !["by ", "von ", "par ", "por "].contains(label) else { return nil }
        return name(line)
    }

    /// Cuts before the first run of digits that a date or time punctuation follows.
    static func cutAtDate(_ s: String) -> String {
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            guard chars[i].isNumber else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isNumber { j += 1 }
            if j < chars.count, ".:/,-".contains(chars[j]) || (chars[j] == " " && (i == 0 || chars[i - 1] == " ")) {
                return String(chars[..<i])
            }
            if j == chars.count, i > 0, chars[i - 1] == " " { return String(chars[..<i]) }
            i = j
        }
        return s
    }

    static func name(_ raw: String) -> String? {
        var s = raw.trimmingSpaces
        // A lone label ("Autor:", "Datum:") names no one.
        if s.hasSuffix(":"), !s.dropLast().contains(":"), !s.contains(" ") { return nil }
        guard !s.contains("(erforderlich)"), !s.contains("*"), !s.lowercased().contains("required") else { return nil }
        // Leading punctuation (", par Attac France"); a label after a date or a "posted on"
        // ("Posted on September 21, 2020 by Adi Tzlil", "Datum: 19.11.2021 Autor: Fritz Imhof");
        // link texts glued after the name ("Johanna Kropfitsch Alle Artikel").
        while let f = s.first, ",;|·•-–—".contains(f) { s = String(s.dropFirst()).trimmingSpaces }
        let lowered = s.lowercased()
        if !labels.contains(where: { $0.count >= 2 && lowered.hasPrefix($0) }) {
            for l in [" by ", " von ", " par ", " por ", " autor: ", " autorin: ", " author: ", " auteur: "] {
                if let r = lowered.range(of: l) {
                    let before = lowered[..<r.lowerBound]
                    if before.contains(where: \.isNumber) || before.hasPrefix("posted") || before.hasPrefix("veröffentlicht") || before.hasPrefix("publié") {
                        s = String(s[s.index(s.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: r.lowerBound))...]).trimmingSpaces
                        break
                    }
                }
            }
        }
        for tail in [" Alle Artikel", " All posts", " All articles", " View all posts", " Mehr von", " More from", " Follow", "Quelle:",
                     "Published", "PUBLISHED", "Updated", "UPDATED", "Aktualisiert", "Veröffentlicht", "Hace "] {
            if let r = s.range(of: tail), r.lowerBound > s.startIndex { s = String(s[..<r.lowerBound]).trimmingSpaces }
        }
        // "8. Januar 2020 · by Jane · in Travel": the part that a label opens holds the name.
        for sep in [" · ", " | ", " • "] where s.contains(sep) {
            let parts = s.components(separatedBy: sep)
            if let labelled = parts.first(where: { p in labels.contains(where: { l in l.count >= 2 && p.lowercased().trimmingSpaces.hasPrefix(l + " ") }) }) {
                s = labelled
            } else {
                s = parts[0]
            }
        }
        var changed = true
        while changed {
            changed = false
            let lower = s.lowercased()
            for l in labels where lower.hasPrefix(l) {
                let rest = s.dropFirst(l.count)
                // "AuthorJane" (label glued on) or "Author Jane", but not "Bylund" or "Vondra".
                guard let next = rest.first, next == " " || next == ":" || next.isUppercase || l.count == 1 || l.hasSuffix(":") else { continue }
                s = String(rest).trimmingSpaces
                while let f = s.first, f == ":" || f == "-" || f == "~" { s = String(s.dropFirst()).trimmingSpaces }
                changed = true
                break
            }
        }
        s = s.replacingOccurrences(of: "\u{A0}", with: " ")
        // Cut where the name ends: a date or time glued on ("Jane Doe22. Mai", "jane 03:48"), or a
        // stop word. Digits that end a user name ("freeman1984") stay.
        s = Self.cutAtDate(s)
        var words: [Substring] = []
        for w in s.split(separator: " ") {
            let lw = w.lowercased()
            if stops.contains(lw) || (lw.count > 1 && ",:".contains(lw.last!) && stops.contains(String(lw.dropLast()))) { break }
            words.append(w)
        }
        var name = words.joined(separator: " ").trimmingSpaces
        while let l = name.last, ",;:-–—|·»«".contains(l) { name = String(name.dropLast()).trimmingSpaces }
        guard !name.isEmpty, name.count <= 50, words.count <= 5, name.contains(where: \.isLetter),
              !notNames.contains(name.lowercased()) else { return nil }
        // A name of several words has no plain lowercase word but particles ("von", "de", "und");
        // handles and domains ("auto-motor.at") may be lowercase.
        let ws = name.split(separator: " ")
        if ws.count > 1, ws.contains(where: { w in w.count >= 5 && w.allSatisfy(\.isLetter) && w.first?.isLowercase == true && !particles.contains(String(w)) }) { return nil }
        return name
    }
}
